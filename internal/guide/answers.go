package guide

import (
	"gmailsetup/internal/storage"
	"gmailsetup/mailer"
)

// AccountKind is what the address's domain told us.
type AccountKind int

// Kinds of account.
const (
	KindUnchecked AccountKind = iota
	KindPersonal              // gmail.com, googlemail.com
	KindWorkspace             // another domain whose mail Google hosts
	KindNotGoogle             // another domain whose mail Google does not host
	KindUnknown               // the look-up failed (no network): we could not tell
)

// TwoSV is the person's answer about 2-Step Verification.
type TwoSV int

// Answers about 2-Step Verification.
const (
	TwoSVUnanswered TwoSV = iota
	TwoSVOn
	TwoSVOff
	TwoSVNotFound
)

// Answers is what the person has told the guide so far. They change only
// through its methods, which keep them consistent: a new address or app
// password makes the last test void.
type Answers struct {
	email    string
	kind     AccountKind
	twoSV    TwoSV
	password string // 16 lowercase letters once accepted; never shown unless revealed

	tested     bool
	testResult mailer.Result
	saved      storage.Where

	previous      *storage.Account
	replaceBroken bool
	ready         bool // saved and verified: the guide's end

	// label is the name the new app password is given on Google's page,
	// fixed for labelFor (see Tasks.ChooseLabel).
	label, labelFor string

	google    googleAnswers    // the Google sign-in branch (oauth_answers.go)
	invoicing invoicingAnswers // step 9 (invoicing.go)
}

// Email is the Gmail address.
func (a *Answers) Email() string { return a.email }

// Kind is what the address's domain told us.
func (a *Answers) Kind() AccountKind { return a.kind }

// TwoSV is the answer about 2-Step Verification.
func (a *Answers) TwoSV() TwoSV { return a.twoSV }

// Password is the app password, normalised; never to be rendered unless the
// person asked to reveal it.
func (a *Answers) Password() string { return a.password }

// Tested reports whether a test mail went through with exactly this Email
// and Password.
func (a *Answers) Tested() bool { return a.tested }

// TestResult is how the last passed test went.
func (a *Answers) TestResult() mailer.Result { return a.testResult }

// Saved is where the setup was saved, once it was.
func (a *Answers) Saved() storage.Where { return a.saved }

// Previous is the saved account being rotated or replaced, so the end can
// remind the person to revoke its old app password by label and date.
func (a *Answers) Previous() *storage.Account { return a.previous }

// ReplaceBroken is set when the person chose to replace a setup file that
// does not load; only then may saving overwrite it (a backup is kept).
func (a *Answers) ReplaceBroken() bool { return a.replaceBroken }

// SetEmail records the address and its kind; a different address makes the
// test void.
func (a *Answers) SetEmail(email string, kind AccountKind) {
	if email != a.email {
		a.tested = false
	}
	a.email, a.kind = email, kind
}

// SetKind records what the address's domain told us.
func (a *Answers) SetKind(kind AccountKind) { a.kind = kind }

// SetTwoSV records the answer about 2-Step Verification.
func (a *Answers) SetTwoSV(v TwoSV) { a.twoSV = v }

// SetPassword records a new app password; a different one makes the test void.
func (a *Answers) SetPassword(pw string) {
	if pw != a.password {
		a.tested = false
	}
	a.password = pw
}

// Passed records a test mail that went through.
func (a *Answers) Passed(res mailer.Result) { a.tested, a.testResult = true, res }

// Untested records that the last test failed, was stopped or is running.
func (a *Answers) Untested() { a.tested = false }

// Ready reports whether the setup was saved and then signed in: the end.
func (a *Answers) Ready() bool { return a.ready }

// SetReady records that the saved setup signed in.
func (a *Answers) SetReady() { a.ready = true }

// SetSaved records where the setup was saved.
func (a *Answers) SetSaved(w storage.Where) { a.saved = w }

// Fresh is the answers of a new setup.
func Fresh() Answers { return Answers{} }

// ReplacingBroken is the answers of a new setup that will replace a file
// that does not load.
func ReplacingBroken() Answers { return Answers{replaceBroken: true} }

// Replacing is the answers of a new setup that replaces prev.
func Replacing(prev storage.Account) Answers {
	return Answers{email: prev.Email, previous: &prev}
}

// Rotating is the answers of a new app password for prev: 2-Step
// Verification is on (the saved one could not exist otherwise), and the
// kind follows from the domain, by the same rule as a typed address. The
// saved setup stays as it is until the new password is tested and saved.
func Rotating(prev storage.Account) Answers {
	return Answers{email: prev.Email, kind: KindOfSaved(prev.Email), twoSV: TwoSVOn, previous: &prev,
		google: googleAnswers{on: prev.IsOAuth(), published: prev.AppPublished}}
}
