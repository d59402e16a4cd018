package guide

import (
	"context"
	"errors"
	"time"

	"gmailsetup/internal/gmail"
	"gmailsetup/internal/i18n"
	"gmailsetup/internal/storage"
	"gmailsetup/mailer"
)

// Tasks are the work behind the steps, over the injected Deps. Each one
// takes everything it needs as arguments, so a face can capture them first
// and run the task from a command or in line.
type Tasks struct {
	Deps     Deps
	Timeouts Timeouts
	AppName  string // the label typed on Google's App passwords page
}

// Hosting is what the MX look-up found for an address.
type Hosting struct {
	Kind     AccountKind
	NotFound bool // the domain does not exist: most likely a typo
}

// LookupKind tells what kind of account email is: personal at once, else
// by where its domain's mail goes, within the MX time limit.
func (t Tasks) LookupKind(ctx context.Context, email string) Hosting {
	domain := gmail.Domain(email)
	if gmail.IsPersonalDomain(domain) {
		return Hosting{Kind: KindPersonal}
	}
	if t.Deps.Resolver == nil {
		return Hosting{Kind: KindUnknown}
	}
	switch gmail.LookupHosting(ctx, t.Deps.Resolver, domain, t.Timeouts.orDefault().MX) {
	case gmail.HostedByGoogle:
		return Hosting{Kind: KindWorkspace}
	case gmail.HostedElsewhere:
		return Hosting{Kind: KindNotGoogle}
	case gmail.NoSuchDomain:
		return Hosting{Kind: KindUnknown, NotFound: true}
	}
	return Hosting{Kind: KindUnknown}
}

// ErrOpenTimeout is a browser that did not start in time.
var ErrOpenTimeout = errors.New("the browser did not start in time")

// ErrNoOpener is a run with no browser to open (only the link is shown).
var ErrNoOpener = errors.New("no browser opener")

// Open opens url in the browser, giving up after the open time limit or
// when ctx ends; the launch is given the same context, so it does not
// outlive either.
func (t Tasks) Open(ctx context.Context, url string) error {
	if t.Deps.Opener == nil {
		return ErrNoOpener
	}
	ctx, cancel := context.WithTimeout(ctx, t.Timeouts.orDefault().Open)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- t.Deps.Opener.Open(ctx, url) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return ErrOpenTimeout
		}
		return ctx.Err()
	}
}

// TestMessage is the mail from the address to itself, in the person's
// language, with the short code in the subject and the body to find it.
func TestMessage(cat i18n.Catalog, email string, now time.Time) mailer.Message {
	m := mailer.NewTestMessage(email, cat.T("test.mail.subject", "%s"), "", now)
	m.Body = cat.T("test.mail.body", email, m.Code)
	return m
}

// TestSend sends msg with the answers' address and password.
func (t Tasks) TestSend(ctx context.Context, email, password string, msg mailer.Message, progress func(mailer.Phase)) (mailer.Result, error) {
	if t.Deps.Sender == nil {
		return mailer.Result{}, errNoSender
	}
	return t.Deps.Sender.Send(ctx, mailer.Account{Email: email, Password: password}, msg, progress)
}

var errNoSender = errors.New("no sender")

// ErrNoSender is what a task reports in a build that cannot send mail.
func ErrNoSender() error { return errNoSender }

// SavedAccount is what gets saved, from the answers, at now.
func SavedAccount(a *Answers, appName string, now time.Time) storage.Account {
	acct := storage.Account{
		Email:              a.Email(),
		Name:               SenderName(a),
		Host:               mailer.Gmail().Host,
		Port:               Port(a),
		AppPasswordLabel:   a.labelOr(appName),
		AppPasswordCreated: now,
	}
	if a.Tested() {
		acct.LastVerified = now
	}
	return acct
}

// SenderName keeps the name of the account being rotated or replaced, or
// proposes one from the address.
func SenderName(a *Answers) string {
	if p := a.Replaces(); p != nil && p.Name != "" {
		return p.Name
	}
	return gmail.DisplayName(a.Email())
}

// Port is the port the test used, DefaultPort when there was no test.
func Port(a *Answers) int {
	if a.Tested() && a.TestResult().Port != 0 {
		return a.TestResult().Port
	}
	return DefaultPort
}

// DefaultPort is Gmail's implicit-TLS port, used when nothing else says.
const DefaultPort = 465

// Save writes the setup from the answers: with Store.Replace over a file
// that does not load, when the person chose that, else with Store.Save.
// allowFile permits the secret in the file. The answers are captured.
func (t Tasks) Save(a Answers, allowFile bool) (storage.Where, error) {
	store := t.Deps.Store
	if store == nil {
		return storage.Where{}, errors.New("no store")
	}
	if a.OAuth() {
		where, err := t.saveOAuth(a, allowFile)
		if err == nil && where.ConfigPath == "" {
			where.ConfigPath = store.Path()
		}
		return where, err
	}
	save := store.Save
	if a.ReplaceBroken() {
		save = store.Replace
	}
	where, err := save(SavedAccount(&a, t.AppName, t.Deps.Now()), a.Password(), allowFile)
	if err == nil && where.ConfigPath == "" {
		where.ConfigPath = store.Path()
	}
	return where, err
}

// ErrNotInFile is a saved file that does not hold the account just saved.
var ErrNotInFile = errors.New("the account is not in the saved file")

// VerifySaved reads the setup back as a program would (the file, then the
// secret from wherever it went) and signs in with it, sending nothing.
// readErr is a failure to read it back; err a failed sign-in.
func (t Tasks) VerifySaved(ctx context.Context, email string) (readErr, err error) {
	store, sender := t.Deps.Store, t.Deps.Sender
	if sender == nil {
		return nil, errNoSender
	}
	cfg, err := store.Load()
	if err != nil {
		return err, nil
	}
	acct, ok := cfg.Account(email)
	if !ok {
		return ErrNotInFile, nil
	}
	ma, err := t.savedMailAccount(acct)
	if err != nil {
		return err, nil
	}
	_, err = sender.Verify(ctx, ma, nil)
	return nil, err
}

// SavedState is what reading the saved setup found.
type SavedState int

// What reading the saved setup can find.
const (
	SavedNone    SavedState = iota // nothing saved
	SavedMissing                   // --account names an address not saved
	SavedBroken                    // the file does not load
	SavedFound                     // the account to show
)

// Saved is the saved setup as the summary shows it.
type Saved struct {
	State   SavedState
	Account storage.Account
	Others  int   // how many other accounts are saved
	Err     error // why the file does not load
}

// LoadSaved reads the saved setup and picks the account to open on:
// account when given, the default, or the first of several.
func (t Tasks) LoadSaved(account string) Saved {
	if t.Deps.Store == nil {
		return Saved{State: SavedNone}
	}
	cfg, err := t.Deps.Store.Load()
	switch {
	case errors.Is(err, storage.ErrNotFound):
		return Saved{State: SavedNone}
	case err != nil:
		return Saved{State: SavedBroken, Err: err}
	}
	acct, ok := cfg.Account(account)
	if !ok && account == "" && len(cfg.Accounts) > 0 {
		acct, ok = cfg.Accounts[0], true // several accounts, no default: the first
	}
	if !ok {
		return Saved{State: SavedMissing}
	}
	return Saved{State: SavedFound, Account: acct, Others: len(cfg.Accounts) - 1}
}

// CheckSaved signs in with the saved setup, sending nothing, and records
// when it worked. A *mailer.Error is a failed sign-in; anything else a
// failure to read the secret.
func (t Tasks) CheckSaved(ctx context.Context, email string) (at time.Time, err error) {
	acct := storage.Account{Email: email}
	if cfg, err := t.Deps.Store.Load(); err == nil {
		if saved, ok := cfg.Account(email); ok {
			acct = saved
		}
	}
	ma, err := t.savedMailAccount(acct)
	if err != nil {
		return time.Time{}, err
	}
	// Recording the time is a courtesy; failing to is not a failed check.
	_, at, _, err = t.TrySaved(ctx, ma, nil, nil)
	return at, err
}

// TrySaved signs in with ma, a saved account read back, as a program
// would: it sends msg when there is one (a test mail), nothing otherwise;
// then it records in the setup when it worked. recordErr is a failure to
// record that: the try itself passed. The wizard's check and the test
// command both try a saved setup this way.
func (t Tasks) TrySaved(ctx context.Context, ma mailer.Account, msg *mailer.Message, progress func(mailer.Phase)) (res mailer.Result, at time.Time, recordErr, err error) {
	if t.Deps.Sender == nil {
		return res, at, nil, errNoSender
	}
	if msg != nil {
		res, err = t.Deps.Sender.Send(ctx, ma, *msg, progress)
	} else {
		res, err = t.Deps.Sender.Verify(ctx, ma, progress)
	}
	if err != nil {
		return res, time.Time{}, nil, err
	}
	at = t.Deps.Now()
	return res, at, t.Deps.Store.SetVerified(ma.Email, at), nil
}
