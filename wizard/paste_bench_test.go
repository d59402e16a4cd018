package wizard

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
)

// pasteBytes is a 100 KB paste, the size that froze the wizard (issue 10,
// item 9) when the terminal did not bracket it: each byte is a key.
const pasteBytes = 100 << 10

// pasteKeys is such a paste as the keys a terminal without bracketed paste
// sends: letters, digits, spaces and line ends.
func pasteKeys() []tea.KeyPressMsg {
	keys := make([]tea.KeyPressMsg, pasteBytes)
	const text = "Lorem ipsum dolor sit amet 1234, consectetur adipiscing elit\r"
	for i := range keys {
		c := rune(text[i%len(text)])
		if c == '\r' {
			keys[i] = tea.KeyPressMsg{Code: tea.KeyEnter}
			continue
		}
		keys[i] = tea.KeyPressMsg{Code: c, Text: string(c)}
	}
	return keys
}

// BenchmarkUnbracketedPaste feeds a 100 KB paste, key by key, to the
// wizard on each step that takes text, as Bubble Tea would, and draws a
// frame every 1000 keys (a frame every 16 ms at 60 fps is about that many
// keys). Goal: under 200 ms per paste, so a ctrl+c behind it is seen at
// once.
func BenchmarkUnbracketedPaste(b *testing.B) {
	keys := pasteKeys()
	for _, at := range []guide.ID{guide.Account, guide.Paste} {
		b.Run(at.String(), func(b *testing.B) {
			r := newRig(b, fakegmail.Options{})
			for b.Loop() {
				b.StopTimer()
				m := r.wizard(i18n.EN, ModeNew)
				d := newDriver(b, m, 80, 24)
				walkTo(b, d, at)
				if m.Current() != at {
					b.Fatalf("on step %v, want %v", m.Current(), at)
				}
				b.StartTimer()
				for i, k := range keys {
					m.Update(k)
					if i%1000 == 0 {
						_ = m.View()
					}
				}
			}
		})
	}
}
