//go:build linux

package wizard

import (
	"os"
	"strings"
	"testing"

	"gmailsetup/internal/clipboard"
	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/internal/fake/xvfb"
	"gmailsetup/internal/i18n"
)

// On a Linux desktop (a real X server, Xvfb, and xclip) 1 and c on the
// Ready screen put the server and the app password on the X clipboard,
// where another program reads them, and the screen says so; finishing the
// wizard takes the password off it.
func TestReadyCopiesToTheXClipboard(t *testing.T) {
	xvfb.Start(t, "xclip")
	for _, lang := range i18n.Langs {
		t.Run(string(lang), func(t *testing.T) {
			cat := i18n.New(lang)
			r := newRig(t, fakegmail.Options{})
			m := r.wizard(lang, ModeAuto)
			m.shared.Deps.Clipboard = clipboard.System{Getenv: os.Getenv}
			d := newDriver(t, m, 80, 24)
			walk(t, r, d)
			d.expect(cat.T("save.ready"))

			d.key("1")
			if got := xvfb.Clipboard(t); got != "smtp.gmail.com" {
				t.Fatalf("1 left %q on the X clipboard, want smtp.gmail.com", got)
			}
			d.expect(cat.T("lastmile.copied.line", cat.T("lastmile.set.server"), "smtp.gmail.com"))

			d.key("c")
			if got := xvfb.Clipboard(t); got != walkPassword {
				t.Fatalf("c left something else than the app password on the X clipboard (%d characters)", len(got))
			}
			d.expect(cat.T("lastmile.copied.password"))
			if strings.Contains(d.screen(), walkPassword) {
				t.Fatal("the app password is on screen after copying it")
			}

			d.key("enter")
			if !m.quitting {
				t.Fatal("enter on Ready did not finish")
			}
			if got := xvfb.Clipboard(t); got != "" {
				t.Fatalf("after the wizard ended the X clipboard still holds %d characters", len(got))
			}
		})
	}
}

// The end leaves alone what the person copied after the password.
func TestEndKeepsThePersonsOwnCopy(t *testing.T) {
	xvfb.Start(t, "xclip")
	r := newRig(t, fakegmail.Options{})
	m := r.wizard(i18n.EN, ModeAuto)
	sys := clipboard.System{Getenv: os.Getenv}
	m.shared.Deps.Clipboard = sys
	d := newDriver(t, m, 80, 24)
	walk(t, r, d)
	d.key("c")
	if err := sys.Copy(t.Context(), "an invoice number"); err != nil {
		t.Fatal(err)
	}
	d.key("enter")
	if got := xvfb.Clipboard(t); got != "an invoice number" {
		t.Fatalf("the end replaced the person's own copy with %q", got)
	}
}
