package wizard

import (
	"strings"
	"testing"
	"time"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
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
