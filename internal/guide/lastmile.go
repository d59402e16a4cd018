package guide

import (
	"context"
	"crypto/subtle"
	"errors"
	"strconv"
	"time"

	"gmailsetup/internal/gmail"
	"gmailsetup/internal/gmail/known"
	"gmailsetup/internal/i18n"
	"gmailsetup/internal/storage"
	"gmailsetup/mailer"
)

// The last mile (issue 12): what the guide knows before the person types,
// how a rotation tells the new app password from the old, when saving an
// untested setup is offered, and the settings a program asks for.

// ExampleAddress is the address the demo is walked with, the one the field
// shows as its placeholder.
const ExampleAddress = "mario.rossi@gmail.com"

// Prefill is the address the field starts with, and where it came from.
type Prefill struct {
	Address string
	Source  known.Source // "" with Demo
	Demo    bool         // the demo's example address
	Kind    AccountKind  // what the look-up found: the field need not ask again
}

// IsZero reports whether there is nothing to fill in.
func (p Prefill) IsZero() bool { return p.Address == "" }

// Hint says where the address came from, for the line under the field.
func (p Prefill) Hint() Message {
	if p.Demo {
		return Msg("lastmile.known.demo")
	}
	return Msg("lastmile.known.hint", p.From())
}

// From is where the address came from, "from your git send-email settings".
func (p Prefill) From() Message { return Msg(sourceNames[p.Source]) }

var sourceNames = map[known.Source]i18n.Key{
	known.GitSendEmail: "lastmile.known.src.sendemail",
	known.GitUser:      "lastmile.known.src.gituser",
	known.EnvEMAIL:     "lastmile.known.src.env",
	known.Msmtp:        "lastmile.known.src.msmtp",
}

// knownLimit bounds the whole look-up (git, the files, the MX checks):
// the field must not wait for it long, and the person may type meanwhile.
const knownLimit = 4 * time.Second

// KnownAddress is the first usable address already written down on this
// computer: a personal Gmail one at once, another domain only once its MX
// records say Google handles its mail. In the demo it is the example
// address, and nothing is read.
func (t Tasks) KnownAddress(ctx context.Context, demo bool) Prefill {
	if demo {
		return Prefill{Address: ExampleAddress, Demo: true, Kind: KindPersonal}
	}
	if t.Deps.Known == nil {
		return Prefill{}
	}
	ctx, cancel := context.WithTimeout(ctx, knownLimit)
	defer cancel()
	for _, f := range known.Lookup(ctx, *t.Deps.Known) {
		if f.Personal {
			return Prefill{Address: f.Address, Source: f.Source, Kind: KindPersonal}
		}
		if t.LookupKind(ctx, f.Address).Kind == KindWorkspace {
			return Prefill{Address: f.Address, Source: f.Source, Kind: KindWorkspace}
		}
		if ctx.Err() != nil {
			break
		}
	}
	return Prefill{}
}

// ChooseLabel fixes the name to give the new app password: the app name,
// or, replacing a saved password of the same mailbox, a name that differs
// from the saved one (gmail.RotationLabel), since Google's page lists them
// by name and date and the reminder at the end names the old one. It is
// chosen once per address, so the name shown is the name saved.
func (t Tasks) ChooseLabel(a *Answers) {
	if a.label != "" && a.labelFor == a.email {
		return
	}
	app := t.AppName
	if app == "" {
		app = "gmailsetup"
	}
	a.label, a.labelFor = app, a.email
	if p := a.previous; p != nil && gmail.SameMailbox(p.Email, a.email) {
		a.label = gmail.RotationLabel(app, p.AppPasswordLabel, t.Deps.Now())
	}
}

// Label is the name chosen for the new app password, "" before
// ChooseLabel.
func (a *Answers) Label() string {
	if a.labelFor != a.email {
		return ""
	}
	return a.label
}

// labelOr is Label, or app when none was chosen.
func (a *Answers) labelOr(app string) string {
	if l := a.Label(); l != "" {
		return l
	}
	return app
}

// Replaces is the saved account this setup replaces with a new app
// password for the same mailbox, nil for a new one: only then is there an
// old password to revoke, a label to tell apart and a choice to remember.
func (a *Answers) Replaces() *storage.Account {
	if p := a.previous; p != nil && gmail.SameMailbox(p.Email, a.email) {
		return p
	}
	return nil
}

// ErrSamePassword is a pasted app password that is the one already saved:
// not a new password, so there is nothing to test.
var ErrSamePassword = errors.New("the pasted app password is the one already saved")

// SameAsSaved reports whether the answers' app password is the one saved
// for the account they replace. A secret that cannot be read is taken as
// different: the test will tell.
func (t Tasks) SameAsSaved(a Answers) bool {
	p := a.Replaces()
	if p == nil || t.Deps.Store == nil || a.password == "" {
		return false
	}
	secret, err := t.Deps.Store.Secret(p.Email)
	if err != nil {
		return false
	}
	pw, _ := gmail.NormalizeAppPassword(secret)
	return subtle.ConstantTimeCompare([]byte(pw), []byte(a.password)) == 1
}

// FileConsentGiven reports whether the person already agreed to keep the
// app password in the file: the account being replaced keeps it there.
// Asking again would be asking twice; a setup in the keyring is saved
// without it, so it stays in the keyring.
func FileConsentGiven(a *Answers) bool {
	p := a.Replaces()
	return p != nil && p.SecretStore == storage.SecretInFile
}

// CanSaveUntested reports whether a failed test still leaves saving the
// setup untested worth offering: only when Gmail could not be reached, or
// answered "try later" (4xx). After a definite no (535, 534, another 5xx),
// or the password already saved, the setup is known not to work.
func CanSaveUntested(err error) bool {
	if errors.Is(err, ErrSamePassword) {
		return false
	}
	var me *mailer.Error
	if errors.As(err, &me) && me.Code != 0 {
		return me.Code >= 400 && me.Code < 500
	}
	switch mailer.KindOf(err) {
	case mailer.KindDNS, mailer.KindPortsBlocked, mailer.KindConnReset, mailer.KindTLS,
		mailer.KindTemporary, mailer.KindTooManyAttempts, mailer.KindCanceled:
		return true
	}
	return false
}

// TestFailedOptions is the menu after a failed test: guide.TestFailedMenu,
// with "save untested" only where CanSaveUntested.
func TestFailedOptions(err error) []Option {
	out := make([]Option, 0, len(TestFailedMenu))
	for _, o := range TestFailedMenu {
		if o.Key == saveAnywayKey {
			if !CanSaveUntested(err) {
				continue
			}
			o.Key = "lastmile.test.saveUntested"
		}
		out = append(out, o)
	}
	return out
}

const saveAnywayKey i18n.Key = "test.choice.saveAnyway"

// UntestedMeans says what saving untested means, under a menu that offers it.
func UntestedMeans(err error) Message {
	if !CanSaveUntested(err) {
		return Message{}
	}
	return Msg("lastmile.untested.means")
}

// Pick is the index of key in menu, -1 when it is not there.
func Pick(menu []Option, key i18n.Key) int {
	for i, o := range menu {
		if o.Key == key {
			return i
		}
	}
	return -1
}

// Setting is one line a program's settings page asks for, and the value to
// type (or copy) there.
type Setting struct {
	Label i18n.Key
	Value string
}

// ProgramSettings are what an invoicing program or a mail client asks for,
// in the order such pages list them: server, port, security, user name.
// The password is not among them: it is copied on purpose, never shown.
func ProgramSettings(a *Answers) []Setting {
	port := Port(a)
	security := "SSL/TLS"
	if port == 587 {
		security = "STARTTLS"
	}
	return []Setting{
		{"lastmile.set.server", mailer.Gmail().Host},
		{"lastmile.set.port", strconv.Itoa(port)},
		{"lastmile.set.security", security},
		{"lastmile.set.user", a.email},
	}
}

// Grouped is an app password as Google shows it, four groups of four, for
// the one place it is printed on purpose (plain mode, after a yes).
func Grouped(pw string) string {
	var out []byte
	for i := 0; i < len(pw); i++ {
		if i > 0 && i%4 == 0 {
			out = append(out, ' ')
		}
		out = append(out, pw[i])
	}
	return string(out)
}
