package guide

import (
	"strings"
	"testing"

	"gmailsetup/internal/i18n"
	"gmailsetup/internal/storage"
	"gmailsetup/mailer"
)

// TestEnding: after a save the words left on the terminal name the
// settings and where they are kept, never the app password; without a
// save, one line; a path cannot drive the terminal.
func TestEnding(t *testing.T) {
	const pw = "abcdabcdabcdabcd"
	var a Answers
	a.SetEmail("mario.rossi@gmail.com", KindPersonal)
	a.SetPassword(pw)
	if got := Ending(i18n.New(i18n.EN), &a, false); got != "Nothing was saved. Run gmailsetup again to start over.\n" {
		t.Errorf("unsaved: %q", got)
	}
	a.Passed(mailer.Result{Port: 465})
	a.SetSaved(storage.Where{ConfigPath: "/home/m/.config/gmailsetup/config.toml\x1b]52;c;x\a", Keyring: true})
	a.SetReady()
	for _, lang := range i18n.Langs {
		got := Ending(i18n.New(lang), &a, false)
		if strings.Contains(got, pw) || strings.Contains(got, "\x1b") {
			t.Errorf("%s: %q", lang, got)
		}
		for _, want := range []string{"mario.rossi@gmail.com", "smtp.gmail.com", "465", "SSL/TLS", "/home/m/.config/gmailsetup/config.toml", "gmailsetup password"} {
			if !strings.Contains(got, want) {
				t.Errorf("%s: the ending lacks %q:\n%s", lang, want, got)
			}
		}
		if strings.Count(got, "\n") != 7 {
			t.Errorf("%s: want a heading and six rows:\n%s", lang, got)
		}
	}
}

// After a rotation the words left on the terminal keep the reminder the
// Ready screen gave about the old app password, in the same order: the
// invoicing software still holds it (step 9 skipped), or, once step 9
// saw its test mail, revoke it, by name, on Google's page. The full
// screen closed and took the only copy of it with it.
func TestEndingAfterARotationKeepsTheReminder(t *testing.T) {
	for _, lang := range i18n.Langs {
		cat := i18n.New(lang)
		prev := storage.Account{Email: "mario.rossi@gmail.com", AppPasswordLabel: "fatture"}
		a := Rotating(prev)
		a.label, a.labelFor = "gmailsetup 2026-12", a.email
		a.Passed(mailer.Result{Port: 465})
		a.SetSaved(storage.Where{ConfigPath: "/home/m/.config/gmailsetup/config.toml"})
		a.SetReady()
		still := Ending(cat, &a, false)
		if want := RevokeOld(&a).Text(cat); !strings.Contains(still, want) {
			t.Errorf("%s: step 9 skipped, the ending does not say the invoicing software still holds the old password:\n%s", lang, still)
		}
		a.SetInvoicingConfirmed()
		revoke := Ending(cat, &a, false)
		if want := RevokeOld(&a).Text(cat); !strings.Contains(revoke, want) || !strings.Contains(revoke, "apppasswords?authuser=mario.rossi%40gmail.com") {
			t.Errorf("%s: after step 9, the ending does not name the old password to revoke, with Google's page:\n%s", lang, revoke)
		}
	}
}
