package wizard

import (
	"image/color"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
)

// Every screen of the walk fits a small terminal: nothing wider than the
// window, nothing taller, in both languages (Italian runs longer).
func TestEveryScreenFitsSmallTerminals(t *testing.T) {
	for _, size := range []struct{ w, h int }{{80, 24}, {60, 20}} {
		for _, lang := range i18n.Langs {
			r := newRig(t, fakegmail.Options{})
			d := newDriver(t, r.wizard(lang, ModeAuto), size.w, size.h)
			for name, scr := range walk(t, r, d) {
				lines := strings.Split(strings.TrimRight(scr, "\n"), "\n")
				for i, line := range lines {
					if w := ansi.StringWidth(line); w > size.w {
						t.Errorf("%dx%d %s %s: line %d is %d wide: %q", size.w, size.h, lang, name, i+1, w, line)
					}
				}
				if len(lines) > size.h {
					t.Errorf("%dx%d %s %s: %d lines tall:\n%s", size.w, size.h, lang, name, len(lines), scr)
				}
			}
		}
	}
}

// The colours follow the terminal's background: the same screen, asked of
// a light and of a dark terminal, is drawn with different colours, and both
// are kept as golden screens.
func TestColoursFollowTheBackground(t *testing.T) {
	frames := map[string]string{}
	for name, bg := range map[string]color.Color{
		"light": color.RGBA{0xff, 0xff, 0xff, 0xff},
		"dark":  color.RGBA{0x10, 0x10, 0x10, 0xff},
	} {
		r := newRig(t, fakegmail.Options{})
		d := newDriver(t, r.wizard(i18n.EN, ModeNew), 80, 24)
		d.send(tea.BackgroundColorMsg{Color: bg})
		d.typeText("mario.rossi@gmial.com") // a typo: the suggestion is styled
		d.key("enter")
		frames[name] = d.raw()
		t.Run(name, func(t *testing.T) { requireScreen(t, frames[name]) })
	}
	if frames["light"] == frames["dark"] {
		t.Fatal("light and dark terminals get the same colours")
	}
	if ansi.Strip(frames["light"]) != ansi.Strip(frames["dark"]) {
		t.Fatal("the text differs between light and dark: only colours should")
	}
}

// A step taller than a small window shows its end (the question) and says
// more is above; pgup brings the top into view and pgdown goes back.
func TestTallStepScrolls(t *testing.T) {
	r := newRig(t, fakegmail.Options{})
	d := newDriver(t, r.wizard(i18n.EN, ModeNew), 60, 20)
	walkTo(t, d, guide.AppPassword) // the tallest step
	// It opens at the top: the link to open is what matters first (it
	// opened scrolled to the bottom, the link out of sight).
	d.expect("Open Google's App passwords page", "apppasswords?", "more below", "pgup/pgdn")
	if strings.Contains(d.screen(), "Press enter to paste it") {
		t.Fatalf("the bottom should be hidden at 60x20:\n%s", d.screen())
	}
	for range 5 {
		d.send(tea.KeyPressMsg{Code: tea.KeyPgDown})
	}
	d.expect("Press enter to paste it", "more above")
	for range 5 {
		d.send(tea.KeyPressMsg{Code: tea.KeyPgUp})
	}
	d.expect("Open Google's App passwords page", "more below")

	// The "no App passwords" panel opens on its title and first cause.
	d.key("?")
	d.expect("Why “App passwords” may be missing", "2-Step Verification is off", "more below")
}
