package guide

import (
	"context"
	"errors"
	"time"

	"gmailsetup/internal/i18n"
	"gmailsetup/mailer"
)

// The guide's step 9 (issue 21): "Utilizzo della password in Qui Fattura".
// The person pastes the app password into their invoicing software, which
// sends its own test mail to their address; the guide watches the inbox
// for it, and only then, after a rotation, asks to revoke the old app
// password.

// QuiFatturaURL is the invoicing software the guide was written for.
const QuiFatturaURL = "https://app.quifattura.it/"

// QuiFatturaChecklist are the seed's nine clicks, in its order.
var QuiFatturaChecklist = []i18n.Key{
	"invoicing.qf.enter", "invoicing.qf.company", "invoicing.qf.advanced", "invoicing.qf.auto",
	"invoicing.qf.field", "invoicing.qf.paste", "invoicing.qf.verify", "invoicing.qf.check", "invoicing.qf.save",
}

func init() {
	Prompts[Invoicing] = Prompt{Kind: PromptChecklist, Options: QuiFatturaChecklist}
}

// Qui Fattura's labels, as its pages show them: in Italian whatever the
// person's language, since that is what they click.
var quiFatturaLabels = map[i18n.Key]string{
	"invoicing.qf.auto":   "Configura automaticamente il tuo indirizzo di posta!",
	"invoicing.qf.verify": "Verifica la correttezza della configurazione, inviando una mail al tuo indirizzo",
}

// QuiFatturaItems are the checklist's lines, Qui Fattura's labels filled in.
func QuiFatturaItems() []Message {
	out := make([]Message, len(QuiFatturaChecklist))
	for i, k := range QuiFatturaChecklist {
		out[i] = Msg(k)
		if l, ok := quiFatturaLabels[k]; ok {
			out[i] = Msg(k, l)
		}
	}
	return out
}

// InvoicingWatch is how long step 9 watches the inbox with nothing
// arriving before it says what to check and closes the connection.
const InvoicingWatch = 3 * time.Minute

// InvoicingOffered reports whether Ready offers step 9: after an app
// password was saved and verified (a new setup or a rotation), and for a
// Google sign-in, which step 9 explains cannot be pasted anywhere.
func InvoicingOffered(a *Answers) bool { return a.Ready() }

// InvoicingField is one line of another invoicing program's mail settings:
// what it is called there, the value, and the other names such programs
// give it ("" when none).
type InvoicingField struct {
	Setting
	Aliases string
}

// InvoicingFields are the settings another invoicing program asks for, in
// the order their pages list them: server, port, encryption (named as
// those programs name it), user. The password is not among them: it is
// copied on purpose, never shown.
func InvoicingFields(a *Answers) []InvoicingField {
	out := make([]InvoicingField, 0, 4)
	for _, s := range ProgramSettings(a) {
		f := InvoicingField{Setting: s}
		if s.Label == "lastmile.set.security" {
			f.Aliases = "SSL, SMTPS"
			if Port(a) == 587 {
				f.Aliases = "TLS"
			}
		}
		out = append(out, f)
	}
	return out
}

// invoicingAnswers are step 9's: whether the invoicing software's own test
// mail was seen arriving.
type invoicingAnswers struct {
	confirmed bool
}

// InvoicingConfirmed reports whether the invoicing software's test mail
// arrived while step 9 watched.
func (a *Answers) InvoicingConfirmed() bool { return a.invoicing.confirmed }

// SetInvoicingConfirmed records that it did.
func (a *Answers) SetInvoicingConfirmed() { a.invoicing.confirmed = true }

// OwnMail are the Message-ID and code of the wizard's own test mail, which
// the watch must never take for the invoicing software's.
func OwnMail(a *Answers) []string {
	r := a.TestResult()
	var out []string
	for _, s := range []string{r.MessageID, r.Code} {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// Watcher waits for a mail in the inbox; mailer.Client is one.
type Watcher interface {
	Watch(ctx context.Context, acct mailer.Account, w mailer.Watch) (mailer.Arrival, error)
}

var _ Watcher = (*mailer.Client)(nil)

// ErrNoWatcher is a sender that cannot watch the inbox.
var ErrNoWatcher = errors.New("this build cannot watch the inbox")

// WatchInvoicing signs in to the inbox with the saved setup for email
// (read-only, once) and waits for a new mail from that address that is
// not one of own, arrived since since: the invoicing software's test. It
// gives up after quiet (InvoicingWatch when zero) with
// mailer.ErrNothingArrived; watching is told when it starts watching.
// readErr is a failure to read the saved setup back.
func (t Tasks) WatchInvoicing(ctx context.Context, email string, own []string, since time.Time, quiet time.Duration, watching func(idle bool)) (a mailer.Arrival, readErr, err error) {
	w, ok := t.Deps.Sender.(Watcher)
	if !ok || t.Deps.Store == nil {
		return mailer.Arrival{}, nil, ErrNoWatcher
	}
	secret, err := t.Deps.Store.Secret(email)
	if err != nil {
		return mailer.Arrival{}, err, nil
	}
	if quiet <= 0 {
		quiet = InvoicingWatch
	}
	a, err = w.Watch(ctx, mailer.Account{Email: email, Password: secret}, mailer.Watch{
		From: email, Since: since, Skip: own, Quiet: quiet, Watching: watching,
	})
	return a, nil, err
}

// NothingArrived reports whether err is the watch giving up: the hints.
func NothingArrived(err error) bool { return errors.Is(err, mailer.ErrNothingArrived) }

// InvoicingHints are what to check when the invoicing software's test mail
// did not come: the password pasted whole, the address, port and
// encryption matching.
func InvoicingHints(a *Answers) []Message {
	port := Port(a)
	enc := "SSL/TLS"
	if port == 587 {
		enc = "STARTTLS"
	}
	return []Message{
		Msg("invoicing.hint.password"),
		Msg("invoicing.hint.address", a.Email()),
		Msg("invoicing.hint.port", port, enc),
	}
}

// Arrived says the invoicing software's test mail came, with its subject
// and time, and what to click next.
func Arrived(a mailer.Arrival) []Message {
	return []Message{
		Msg("invoicing.arrived", Clip(a.Subject, 80), a.At.Local().Format("15:04:05")),
		Msg("invoicing.clickSave"),
	}
}

// RevokeOld is what a rotation says about the old app password, in the
// right order: before step 9 confirmed the invoicing software's test mail,
// that the invoicing software still holds the old password and must be
// updated first; after it, the reminder to revoke the old one, by name.
// Zero when nothing is being rotated.
func RevokeOld(a *Answers) Message {
	p := a.Replaces()
	if p == nil || p.IsOAuth() || a.OAuth() {
		return Message{}
	}
	if !a.InvoicingConfirmed() {
		return Msg("invoicing.rotate.stillOld", PasswordName(*p), a.Label())
	}
	return Msg("invoicing.rotate.revoke", PasswordName(*p), a.Label())
}

// OAuthNoPaste is the one sentence step 9 says for a Google sign-in, and
// whether an app password can be offered instead: a personal Gmail
// account can have one (with 2-Step Verification); a Workspace account
// only if its administrator allows it.
func OAuthNoPaste(a *Answers) (Message, bool) {
	if a.Kind() == KindPersonal {
		return Msg("invoicing.oauth.personal"), true
	}
	return Msg("invoicing.oauth.workspace"), false
}

// AppPasswordInstead switches a saved Google sign-in to creating an app
// password for the same address, for an invoicing program: the sign-in
// stays saved until the new password is tested and saved over it.
func (a *Answers) AppPasswordInstead() {
	a.google = googleAnswers{}
	a.password, a.tested = "", false
	a.twoSV = TwoSVOn // a personal account signed in with Google: the page will tell
}

func init() { eventLabels[UseInInvoicing] = "invoicing software" }
