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
