package wizard

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/internal/i18n"
)

// BenchmarkView draws each step of a new setup at 120x40, the way the
// program redraws it after every key and tick. The model is the real one,
// walked by the longest path (2-Step Verification off, so step 4 is met)
// against a loopback Gmail. Goal: 200 µs per View.
func BenchmarkView(b *testing.B) {
	r := newRig(b, fakegmail.Options{IMAP: true})
	m := r.wizard(i18n.EN, ModeNew)
	d := newDriver(b, m, 120, 40)

	bench := func(name, header string) {
		b.Helper()
		if scr := ansi.Strip(m.View().Content); !strings.Contains(scr, header) {
			b.Fatalf("%s: the screen is not %q:\n%s", name, header, scr)
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = m.View()
			}
		})
	}
	step := func(n int) string { return fmt.Sprintf("Step %d of 8", n) }

	d.typeText(walkAddress)
	bench("1-account", step(1))
	d.send(keyMsg("enter"))
	bench("2-signin", step(2))
	d.send(keyMsg("1"))
	bench("3-twosv", step(3))
	d.send(keyMsg("2")) // Off: the guide shows how to turn it on
	bench("4-enable", step(4))
	d.send(keyMsg("a")) // it's already on
	bench("5-apppassword", step(5))
	d.send(keyMsg("enter"))
	d.send(tea.PasteMsg{Content: walkPasted})
	bench("6-paste", step(6))
	d.send(keyMsg("enter"))
	bench("7-test", step(7))
	d.send(keyMsg("enter"))
	bench("8-save", step(8))
}
