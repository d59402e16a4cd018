package wizard

import (
	"context"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"gmailsetup/internal/fake/demo"
	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
	"gmailsetup/mailer"
	"gmailsetup/steps"
)

// toInvoicing is f on Ready: on to step 9 (see act.onWizard).
var toInvoicing = act{kind: "invoicing"}

// invoicingWizard is rig.wizard with step 9's quiet time set: how long it
// watches with nothing arriving before the hints.
func (r *rig) invoicingWizard(lang i18n.Lang, mode Mode, quiet time.Duration) *Model {
	m := r.wizard(lang, mode)
	m.shared.Opts.Timeouts.Invoicing = quiet
	return m
}

// whenWatching runs f once, on its own goroutine, as soon as step 9 shows
// that it watches the inbox: the person then clicks "Verifica" in the
// invoicing software. The driver is meanwhile waiting on the watch.
func whenWatching(d *driver, cat i18n.Catalog, f func()) *sync.WaitGroup {
	var wg sync.WaitGroup
	started := false
	d.afterUpdate = func() {
		if started || d.m.Current() != guide.Invoicing || !strings.Contains(d.screen(), cat.T("invoicing.watch.watching")[:20]) {
			return
		}
		started = true
		wg.Add(1)
		go func() { defer wg.Done(); f() }()
	}
	return &wg
}

// resendOwn sends the wizard's own test mail again, with its code and
// Message-ID, without an IMAP check of its own: it lands while step 9
// watches and must not be taken for the invoicing software's.
func resendOwn(ctx context.Context, r *rig, res mailer.Result) error {
	srv := mailer.Server(r.fake.Endpoints())
	srv.IMAPAddr = ""
	c := &mailer.Client{Server: srv}
	msg := mailer.Message{From: walkAddress, To: walkAddress, Subject: "gmailsetup test, code " + res.Code,
		Body: "test", Code: res.Code, MessageID: res.MessageID, Date: time.Now()}
	_, err := c.Send(ctx, mailer.Account{Email: walkAddress, Password: walkPassword}, msg, nil)
	return err
}

var clockRE = regexp.MustCompile(`\b\d\d:\d\d:\d\d\b`)

// snapInvoicing is a screen of step 9 for a golden: the arrival's time
// varies.
func (r *rig) snapInvoicing(d *driver) string {
	return clockRE.ReplaceAllString(r.normalize(d.screen()), "HH:MM:SS")
}

// Step 9 end to end: the wizard's own test mail arrives again while the
// step watches and is not taken for it; then another program (go-smtp's
// client, signed in with the app password, playing Qui Fattura) sends its
// test mail, and the step says it arrived, with its subject, and to click
// "Salva". The watch signed in once, and its connection is closed.
func TestInvoicingSeesTheProgramsTestMail(t *testing.T) {
	for _, lang := range i18n.Langs {
		t.Run(string(lang), func(t *testing.T) {
			cat := i18n.New(lang)
			r := newRig(t, fakegmail.Options{IMAP: true})
			m := r.invoicingWizard(lang, ModeAuto, time.Minute)
			d := newDriver(t, m, 80, 24)
			var logins int
			var sendErr error
			wg := whenWatching(d, cat, func() {
				if sendErr = resendOwn(t.Context(), r, d.m.shared.Answers.TestResult()); sendErr != nil {
					return
				}
				sendErr = fakegmail.SendAsProgram(t.Context(), r.fake.Endpoints(), walkAddress, walkPassword, fakegmail.QuiFatturaSubject)
			})
			d.afterUpdate = chain(d.afterUpdate, func() {
				if d.m.Current() == guide.Save && logins == 0 {
					logins = r.fake.Stats().IMAPLogins
				}
			})
			walkTo(t, d, guide.Invoicing, script{guide.Save: {saveTested, pick(1), toInvoicing}})
			wg.Wait()
			if sendErr != nil {
				t.Fatal(sendErr)
			}
			d.expect(fakegmail.QuiFatturaSubject, "Salva")
			d.expect(strings.SplitN(cat.T("invoicing.arrived"), "%", 2)[0])
			r.fake.WaitIdle() // every connection, the watch's included, is closed
			if got := r.fake.Stats().IMAPLogins - logins; got != 1 {
				t.Fatalf("step 9 signed in to IMAP %d times, want once", got)
			}
			if !d.m.shared.Answers.InvoicingConfirmed() {
				t.Fatal("the arrival was not recorded")
			}
			d.key("enter")
			if !m.quitting || m.ExitCode() != guide.ExitOK {
				t.Fatalf("enter after the arrival: quitting %v, exit %d", m.quitting, m.ExitCode())
			}
		})
	}
}

// chain runs a, then b.
func chain(a, b func()) func() {
	return func() {
		if a != nil {
			a()
		}
		b()
	}
}

// Nothing arrives: after the quiet time the step says what to check (the
// password pasted whole, the address, port and encryption) and its
// connection is closed; w watches again, with one more sign-in.
func TestInvoicingNothingArrivesShowsHints(t *testing.T) {
	for _, lang := range i18n.Langs {
		t.Run(string(lang), func(t *testing.T) {
			cat := i18n.New(lang)
			r := newRig(t, fakegmail.Options{IMAP: true})
			m := r.invoicingWizard(lang, ModeAuto, time.Nanosecond)
			d := newDriver(t, m, 80, 24)
			walkTo(t, d, guide.Invoicing, script{guide.Save: {saveTested, pick(1), toInvoicing}})
			hints := guide.InvoicingHints(&m.shared.Answers)
			d.expect(cat.T("invoicing.nothing"), walkAddress, "465")
			d.expect(strings.SplitN(hints[0].Text(cat), ":", 2)[0])
			r.fake.WaitIdle()
			before := r.fake.Stats().IMAPLogins
			d.key("w")
			d.expect(cat.T("invoicing.nothing"))
			r.fake.WaitIdle()
			if got := r.fake.Stats().IMAPLogins - before; got != 1 {
				t.Fatalf("watching again signed in %d times, want once", got)
			}
			d.key("c")
			if d.lastClip() != walkPassword || !m.ClipboardSecret() {
				t.Fatal("c on step 9 did not copy the app password through the Ready screen's mechanism")
			}
		})
	}
}

// esc while watching goes back to Ready and closes the connection at once.
func TestInvoicingEscClosesTheWatch(t *testing.T) {
	cat := i18n.New(i18n.EN)
	r := newRig(t, fakegmail.Options{IMAP: true})
	m := r.invoicingWizard(i18n.EN, ModeAuto, time.Hour)
	d := newDriver(t, m, 80, 24)
	left := false
	d.afterUpdate = func() {
		if !left && d.m.Current() == guide.Invoicing && strings.Contains(d.screen(), cat.T("invoicing.watch.watching")[:20]) {
			left = true
			d.m.Update(keyMsg("esc")) // the person presses esc while the watch waits
		}
	}
	walkTo(t, d, guide.Save)
	d.key("enter") // save
	d.key("1")     // in the file: there is no keyring here
	d.expect(cat.T("save.ready"))
	d.key("f")
	if !left {
		t.Fatal("step 9 never watched")
	}
	r.fake.WaitIdle() // an hour-long watch would keep it open
	d.expect(cat.T("save.ready"))
}

// A rotation in the right order: Ready says the invoicing software still
// holds the old password; step 9 sees its test mail with the new one, and
// only then names the old one to revoke. Back on Ready, it says so too.
func TestInvoicingRotationOrder(t *testing.T) {
	for _, lang := range i18n.Langs {
		t.Run(string(lang), func(t *testing.T) {
			cat := i18n.New(lang)
			r := newRig(t, fakegmail.Options{IMAP: true})
			saveSetup(t, r, "oldoldoldoldoldo")
			m := r.invoicingWizard(lang, ModeRotate, time.Minute)
			d := newDriver(t, m, 100, 40)
			walkTo(t, d, guide.Save)
			d.key("enter") // save: into the file again, without asking twice
			prefix := func(k i18n.Key) string { return strings.SplitN(cat.T(k), "%", 2)[0] }
			d.expect(cat.T("save.ready"), prefix("invoicing.rotate.stillOld"), "fatture")
			if strings.Contains(d.screen(), prefix("invoicing.rotate.revoke")) {
				t.Fatal("Ready asks to revoke the old password before the invoicing software has the new one")
			}
			var sendErr error
			wg := whenWatching(d, cat, func() {
				sendErr = fakegmail.SendAsProgram(t.Context(), r.fake.Endpoints(), walkAddress, walkPassword, fakegmail.QuiFatturaSubject)
			})
			d.key("f")
			wg.Wait()
			if sendErr != nil {
				t.Fatal(sendErr)
			}
			d.expect(fakegmail.QuiFatturaSubject, prefix("invoicing.rotate.revoke"), "fatture", "apppasswords?authuser=")
			d.key("esc")
			d.expect(cat.T("save.ready"), prefix("invoicing.rotate.revoke"))
			if strings.Contains(d.screen(), prefix("invoicing.rotate.stillOld")) {
				t.Fatal("back on Ready, the invoicing software is still said to hold the old password")
			}
		})
	}
}

// Step 9's screens at 80x24 in both languages, named by its ID: the
// watch, another program's fields, the arrival and the hints.
func TestInvoicingScreens(t *testing.T) {
	for _, lang := range i18n.Langs {
		t.Run(string(lang), func(t *testing.T) {
			cat := i18n.New(lang)
			screens := map[string]string{}
			r := newRig(t, fakegmail.Options{IMAP: true})
			m := r.invoicingWizard(lang, ModeAuto, time.Minute)
			d := newDriver(t, m, 80, 24)
			sent := make(chan error, 1)
			d.afterUpdate = func() {
				name := guide.Invoicing.String()
				if _, done := screens[name+"-watching"]; done || d.m.Current() != guide.Invoicing ||
					!strings.Contains(d.screen(), cat.T("invoicing.watch.watching")[:20]) {
					return
				}
				screens[name+"-watching"] = r.snapInvoicing(d)
				d.m.Update(keyMsg("tab"))
				screens[name+"-other"] = r.snapInvoicing(d)
				d.m.Update(keyMsg("tab"))
				// Qui Fattura sends, while the driver waits on the watch.
				go func() {
					sent <- fakegmail.SendAsProgram(t.Context(), r.fake.Endpoints(), walkAddress, walkPassword, fakegmail.QuiFatturaSubject)
				}()
			}
			walkTo(t, d, guide.Invoicing, script{guide.Save: {saveTested, pick(1), toInvoicing}})
			if err := <-sent; err != nil {
				t.Fatal(err)
			}
			d.expect(fakegmail.QuiFatturaSubject)
			screens[guide.Invoicing.String()+"-arrived"] = r.snapInvoicing(d)

			r2 := newRig(t, fakegmail.Options{IMAP: true})
			d2 := newDriver(t, r2.invoicingWizard(lang, ModeAuto, time.Nanosecond), 80, 24)
			walkTo(t, d2, guide.Invoicing, script{guide.Save: {saveTested, pick(1), toInvoicing}})
			d2.expect(cat.T("invoicing.nothing"))
			screens[guide.Invoicing.String()+"-nothing"] = r2.snapInvoicing(d2)

			for name, scr := range screens {
				t.Run(name, func(t *testing.T) { golden.RequireEqual(t, scr) })
				for i, line := range strings.Split(scr, "\n") {
					if w := len([]rune(line)); w > 80 {
						t.Errorf("%s line %d is %d columns wide: %q", name, i+1, w, line)
					}
				}
				if lines := strings.Count(scr, "\n") + 1; lines > 24 {
					t.Errorf("%s is %d lines tall:\n%s", name, lines, scr)
				}
			}
		})
	}
}

// The demo plays Qui Fattura: d on step 9 has the demo server receive its
// test mail, sent by its own client with the demo's app password, and the
// step shows it arrived: the whole step, offline.
func TestInvoicingDemoPlaysQuiFattura(t *testing.T) {
	cat := i18n.New(i18n.IT)
	r := newOAuthRig(t, i18n.IT) // the demo's world
	m := New(Config{Lang: i18n.IT, Mode: ModeAuto, Deps: r.deps(),
		Opts: steps.Options{AppName: "gmailsetup", Demo: true, DemoPassword: demo.Password, DemoProgram: r.env.SendAsQuiFattura}})
	d := newDriver(t, m, 80, 24)
	pressed := make(chan struct{})
	d.afterUpdate = func() {
		select {
		case <-pressed:
			return
		default:
		}
		if d.m.Current() == guide.Invoicing && strings.Contains(d.screen(), cat.T("invoicing.demo")[:20]) {
			close(pressed)
			_, cmd := d.m.Update(keyMsg("d"))
			go cmd() // Qui Fattura sends, while the driver waits on the watch
		}
	}
	walkTo(t, d, guide.Invoicing, script{guide.Paste: {paste(demo.Password + "\n")}, guide.Save: {saveTested, pick(1), toInvoicing}})
	d.expect(fakegmail.QuiFatturaSubject, "Salva")
}
