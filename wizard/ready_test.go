package wizard

import (
	"slices"
	"strings"
	"testing"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/internal/i18n"
)

// The Ready screen copies each setting and the app password for the
// invoicing software (the guide's step 9), and the clipboard is emptied
// when the wizard ends, so the password does not stay there. Here there is
// no system clipboard, only the terminal's (OSC 52), which no terminal
// confirms: the screen says the copy could not be vouched for, and how to
// get the text (ready_x_test.go has a real X clipboard).
func TestReadyCopiesSettingsAndPassword(t *testing.T) {
	for _, lang := range i18n.Langs {
		t.Run(string(lang), func(t *testing.T) {
			cat := i18n.New(lang)
			r := newRig(t, fakegmail.Options{})
			m := r.wizard(lang, ModeAuto)
			d := newDriver(t, m, 80, 24)
			walk(t, r, d)
			d.expect(cat.T("save.ready"))

			for k, want := range map[string]string{"1": "smtp.gmail.com", "2": "465", "3": "SSL/TLS", "4": walkAddress} {
				d.key(k)
				if got := d.lastClip(); got != want {
					t.Fatalf("key %s copied %q, want %q", k, got, want)
				}
				label := map[string]i18n.Key{"1": "lastmile.set.server", "2": "lastmile.set.port", "3": "lastmile.set.security", "4": "lastmile.set.user"}[k]
				d.expect(cat.T("windows.clip.notLine", cat.T(label), want))
				if strings.Contains(d.screen(), strings.Fields(cat.T("lastmile.copied.line", "", ""))[0]+" ") {
					t.Fatalf("the screen says copied, with no clipboard that confirmed it:\n%s", d.screen())
				}
			}
			if m.ClipboardSecret() {
				t.Fatal("only settings were copied, yet the wizard would clear the clipboard")
			}

			d.key("c")
			if got := d.lastClip(); got != walkPassword {
				t.Fatalf("c copied something else than the app password (%d characters)", len(got))
			}
			d.expect(cat.T("windows.clip.notPassword"))
			d.expect("gmailsetup password --force")
			if scr := d.screen(); strings.Contains(scr, walkPassword) || strings.Contains(strings.ToLower(scr), "qwer tyui") {
				t.Fatalf("the app password is on screen after copying it:\n%s", scr)
			}
			n := len(d.clipboard)
			d.key("enter")
			if !m.quitting {
				t.Fatal("enter on Ready did not finish")
			}
			if got := d.clipboard[n:]; !slices.Equal(got, []string{""}) {
				t.Fatalf("after finishing, the clipboard was set to %q, want it emptied once", got)
			}
		})
	}
}

func TestClipboardEmptiedOnCtrlC(t *testing.T) {
	r := newRig(t, fakegmail.Options{})
	m := r.wizard(i18n.EN, ModeAuto)
	d := newDriver(t, m, 80, 24)
	walk(t, r, d)
	d.key("c")
	d.key("ctrl+c")
	if !m.Interrupted() || d.lastClip() != "" {
		t.Fatalf("ctrl+c after copying the password: interrupted=%v, clipboard emptied=%v", m.Interrupted(), d.lastClip() == "")
	}
}

// The help line names the copy keys, and the settings are listed.
func TestReadyShowsTheSettings(t *testing.T) {
	r := newRig(t, fakegmail.Options{})
	m := r.wizard(i18n.IT, ModeAuto)
	d := newDriver(t, m, 80, 24)
	walk(t, r, d)
	d.expect("1 Server: smtp.gmail.com", "2 Porta: 465", "3 Crittografia: SSL/TLS", "4 Nome utente: "+walkAddress,
		"c Password: la password per le app", "c copia password", "1–4 copia riga", "invio finisci")
}

func (d *driver) lastClip() string {
	d.mu.Lock()
	defer d.mu.Unlock()
	if len(d.clipboard) == 0 {
		return "<nothing copied>"
	}
	return d.clipboard[len(d.clipboard)-1]
}
