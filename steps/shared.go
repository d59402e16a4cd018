package steps

import (
	tea "charm.land/bubbletea/v2"

	"path/filepath"
	"strings"

	"gmailsetup/i18n"
	"gmailsetup/mailer"
	"gmailsetup/storage"
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

// Answers is what the person has told the wizard so far. Steps write only
// their own fields, and only in Update.
type Answers struct {
	Email    string
	Kind     AccountKind
	TwoSV    TwoSV
	Password string // 16 lowercase letters once Paste accepts it; never rendered unless revealed

	// Tested is set by TestSend when a mail went through with exactly this
	// Email and Password; changing either clears it.
	Tested     bool
	TestResult mailer.Result

	Saved storage.Where

	// Previous is the saved account being rotated or replaced, so the end
	// can remind the person to revoke its old app password by label and date.
	Previous *storage.Account
	// ReplaceBroken is set when the person chose to replace a setup file that
	// does not load; only then may saving overwrite it (a backup is kept).
	ReplaceBroken bool
}

// SetEmail records a new address; a different one invalidates the test.
func (a *Answers) SetEmail(email string) {
	if email != a.Email {
		a.Tested = false
	}
	a.Email = email
}

// SetPassword records a new app password; a different one invalidates the test.
func (a *Answers) SetPassword(pw string) {
	if pw != a.Password {
		a.Tested = false
	}
	a.Password = pw
}

// Options are the choices made on the command line.
type Options struct {
	AppName string // the name to type on Google's App passwords page
	Demo    bool   // talking to the embedded demo server
	// Rotate opens straight on rotating the saved app password.
	Rotate bool
	// Account picks the saved account to open on; empty means the default.
	Account string
	// DemoPassword is the app password the demo server accepts, shown on
	// the app-password step so the demo can be walked to the end.
	DemoPassword string
}

// Shared is what every step sees: the language, the styles, the outside
// world and the answers. The wizard owns it; steps change Answers only in
// their Update.
type Shared struct {
	Cat      i18n.Catalog
	Styles   Styles
	Deps     Deps
	Opts     Options
	Width    int
	Height   int
	Answers  Answers
	wrapMemo map[wrapKey]string // see wrapped
	nav      tea.Msg            // the navigation decided by the Update under way (navigation.go)

	// Home is the person's home folder, for showing paths as ~/…; the
	// wizard reads it once at start, since View does no I/O.
	Home string
}

// ShowPath shortens a path in the home folder to ~/…, the way people read
// their own files. Paths elsewhere are shown whole.
func (s *Shared) ShowPath(p string) string {
	if s.Home != "" && strings.HasPrefix(p, s.Home+string(filepath.Separator)) {
		return "~" + p[len(s.Home):]
	}
	return p
}

// T is shorthand for the catalog lookup.
func (s *Shared) T(key i18n.Key, args ...any) string { return s.Cat.T(key, args...) }
