package wizard

import (
	"strings"
	"testing"
	"time"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/internal/i18n"
	"gmailsetup/internal/storage"
)

// Rotating tells the new app password from the old one: a new name on
// Google's page, the same password refused before any test, no second
// question about the file, and the old one named in the reminder.
func TestRotateTellsOldFromNew(t *testing.T) {
	const old = "zyxwvutsrqponmlk"
	for _, lang := range i18n.Langs {
		t.Run(string(lang), func(t *testing.T) {
			cat := i18n.New(lang)
			r := newRig(t, fakegmail.Options{})
			created := time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)
			if _, err := r.store.Save(storage.Account{
				Email: walkAddress, Host: "smtp.gmail.com", Port: 465,
				AppPasswordLabel: "gmailsetup 2026-11", AppPasswordCreated: created,
			}, old, true); err != nil {
				t.Fatal(err)
			}
			m := r.wizard(lang, ModeRotate)
			d := newDriver(t, m, 100, 30)
			// Same month as the saved one: a counter tells them apart.
			d.expect(cat.T("apppass.title"), "gmailsetup 2026-11 (2)", cat.T("lastmile.rotate.name", "gmailsetup 2026-11"))

			d.key("enter")
			d.paste(old)
			d.key("enter")
			d.expect(cat.T("lastmile.same.what"))
			if n := len(r.fake.Messages()); n != 0 {
				t.Fatalf("the saved password was tested again: %d mails sent", n)
			}
			if strings.Contains(d.screen(), cat.T("lastmile.test.saveUntested")) {
				t.Fatal("saving untested is offered for the password already saved")
			}

			d.key("1") // paste again
			d.paste(walkPasted)
			d.key("enter")
			d.expect(cat.T("test.next"))
			d.key("enter")
			d.key("enter") // save: no question about the file, it was answered when first saved
			d.expect(cat.T("save.ready"), "“gmailsetup 2026-11”", "“gmailsetup 2026-11 (2)”")

			cfg, err := r.store.Load()
			if err != nil {
				t.Fatal(err)
			}
			acct, _ := cfg.Account(walkAddress)
			if acct.AppPasswordLabel != "gmailsetup 2026-11 (2)" || acct.SecretStore != storage.SecretInFile {
				t.Fatalf("saved %+v", acct)
			}
			if secret, _ := r.store.Secret(walkAddress); secret != walkPassword {
				t.Fatal("the new app password was not saved")
			}
		})
	}
}
