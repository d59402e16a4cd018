package wizard

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
	"gmailsetup/steps"
)

// Back from step 9, Ready does not repeat its own last copy notice: step
// 9's c put the app password where Ready's 1 had put the server, so
// "Server: smtp.gmail.com" (copied, or to type as shown) would now be
// about a clipboard that holds something else.
func TestReadyAfterInvoicingDropsItsOldCopyNotice(t *testing.T) {
	for _, lang := range i18n.Langs {
		t.Run(string(lang), func(t *testing.T) {
			cat := i18n.New(lang)
			r := newRig(t, fakegmail.Options{IMAP: true})
			m := r.invoicingWizard(lang, ModeAuto, time.Nanosecond) // the watch gives up at once
			d := newDriver(t, m, 80, 24)
			walkTo(t, d, guide.Save)
			d.key("enter") // save
			d.key("1")     // in the file: there is no keyring here
			d.expect(cat.T("save.ready"))
			d.key("1") // Ready copies the server
			server := cat.T("windows.clip.notLine", cat.T("lastmile.set.server"), "smtp.gmail.com")
			d.expect(server)
			d.key("f")
			d.expect(cat.T("invoicing.nothing"))
			d.key("c") // step 9 copies the app password
			if d.lastClip() != walkPassword {
				t.Fatal("c on step 9 did not copy the app password")
			}
			d.key("esc")
			d.expect(cat.T("save.ready"))
			if flat := strings.Join(strings.Fields(d.screen()), " "); strings.Contains(flat, strings.Join(strings.Fields(server), " ")) {
				t.Fatalf("back on Ready, the server's copy notice is shown though the clipboard now holds the app password:\n%s", d.screen())
			}
		})
	}
}

// On a small window, step 9 opens at its top while it watches: Qui
// Fattura's link and first clicks, or another program's fields, are what
// the person works from (at 60x20 they were scrolled away, the fields
// even after a copy key, with half the screen left blank).
func TestInvoicingOpensAtTheTopOnASmallWindow(t *testing.T) {
	for _, lang := range i18n.Langs {
		t.Run(string(lang), func(t *testing.T) {
			cat := i18n.New(lang)
			r := newRig(t, fakegmail.Options{IMAP: true})
			m := r.invoicingWizard(lang, ModeAuto, time.Minute)
			d := newDriver(t, m, 60, 20)
			var checklist, fields string
			sent := make(chan error, 1)
			d.afterUpdate = func() {
				// Watching, whatever part of the step the window shows.
				if checklist != "" || d.m.Current() != guide.Invoicing || !strings.Contains(ansi.Strip(d.m.step().View()), cat.T("invoicing.watch.watching")[:20]) {
					return
				}
				checklist = d.screen()
				d.m.Update(keyMsg("tab"))
				d.m.Update(keyMsg("2"))
				fields = d.screen()
				go func() {
					sent <- fakegmail.SendAsProgram(t.Context(), r.fake.Endpoints(), walkAddress, walkPassword, fakegmail.QuiFatturaSubject)
				}()
			}
			walkTo(t, d, guide.Invoicing, script{guide.Save: {saveTested, pick(1), toInvoicing}})
			if err := <-sent; err != nil {
				t.Fatal(err)
			}
			d.expect(fakegmail.QuiFatturaSubject)
			if !strings.Contains(checklist, "quifattura.it") || !strings.Contains(checklist, " 1. ") {
				t.Errorf("at 60x20, step 9 hides Qui Fattura's link or its first click:\n%s", checklist)
			}
			if !strings.Contains(fields, "smtp.gmail.com") || !strings.Contains(fields, walkAddress) {
				t.Errorf("at 60x20, another program's fields are scrolled away after a copy key:\n%s", fields)
			}
		})
	}
}

// On Ready, enter ends the wizard (the screen says "or enter to finish"),
// so the help line names it "finish", not "continue": there is nothing
// to continue to.
func TestReadyHelpSaysEnterFinishes(t *testing.T) {
	for _, lang := range i18n.Langs {
		t.Run(string(lang), func(t *testing.T) {
			cat := i18n.New(lang)
			r := newRig(t, fakegmail.Options{})
			m := r.wizard(lang, ModeAuto)
			d := newDriver(t, m, 80, 24)
			walk(t, r, d)
			d.expect(cat.T("save.ready"))
			enter := steps.KeyName(cat, "enter")
			d.expect(enter + " " + cat.T("invoicing.key.finish"))
			if strings.Contains(d.screen(), enter+" "+cat.T("key.continue")) {
				t.Fatalf("Ready's help line says enter continues, yet enter ends the wizard:\n%s", d.screen())
			}
			d.key("enter")
			if !m.quitting {
				t.Fatal("enter on Ready did not end the wizard")
			}
		})
	}
}

// Back on step 9 after its test mail came, its own last copy notice is
// gone too: Ready's 1 has put the server where step 9's c had put the app
// password, so "the app password …" would speak of what is no longer there.
func TestInvoicingAgainDropsItsOldCopyNotice(t *testing.T) {
	for _, lang := range i18n.Langs {
		t.Run(string(lang), func(t *testing.T) {
			cat := i18n.New(lang)
			r := newRig(t, fakegmail.Options{IMAP: true})
			m := r.invoicingWizard(lang, ModeAuto, time.Minute)
			d := newDriver(t, m, 80, 24)
			sent := make(chan error, 1)
			wg := whenWatching(d, cat, func() {
				sent <- fakegmail.SendAsProgram(t.Context(), r.fake.Endpoints(), walkAddress, walkPassword, fakegmail.QuiFatturaSubject)
			})
			walkTo(t, d, guide.Invoicing, script{guide.Save: {saveTested, pick(1), toInvoicing}})
			wg.Wait()
			if err := <-sent; err != nil {
				t.Fatal(err)
			}
			d.expect(fakegmail.QuiFatturaSubject)
			d.key("c") // step 9 copies the app password
			notice := cat.T("windows.clip.notPassword")
			d.expect(notice)
			d.key("esc")
			d.expect(cat.T("save.ready"))
			d.key("1") // Ready copies the server
			if d.lastClip() != "smtp.gmail.com" {
				t.Fatal("1 on Ready did not copy the server")
			}
			d.key("f")
			d.expect(fakegmail.QuiFatturaSubject)
			if flat := strings.Join(strings.Fields(d.screen()), " "); strings.Contains(flat, strings.Join(strings.Fields(notice), " ")) {
				t.Fatalf("back on step 9, its notice about the app password is shown though the clipboard holds the server:\n%s", d.screen())
			}
		})
	}
}
