package wizard

import (
	"bytes"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/vt"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
)

// An input is what a person does at one step: type text, paste, or press
// a key. bytes is how a terminal sends it.
type input struct {
	name  string
	bytes string
}

var (
	inEnter   = input{"enter", "\r"}
	inOne     = input{"1", "1"}
	inTwo     = input{"2", "2"}
	inAddress = input{"type:" + walkAddress, walkAddress}
	inPaste   = input{"paste", "\x1b[200~" + walkPasted + "\x1b[201~"}
	inBadPw   = input{"paste", "\x1b[200~aaaa bbbb cccc dddd\x1b[201~"}
)

// apply gives in to the synchronous driver.
func (in input) apply(d *driver) {
	switch {
	case in == inPaste:
		d.paste(walkPasted)
	case in == inBadPw:
		d.paste("aaaa bbbb cccc dddd")
	case strings.HasPrefix(in.name, "type:"):
		d.typeText(strings.TrimPrefix(in.name, "type:"))
	default:
		d.key(in.name)
	}
}

// lockedBuffer is the program's output, read by a screenReader while the
// program writes it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) Read(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	n, _ := l.b.Read(p)
	return n, nil
}

// liveProgram is the wizard in a real Bubble Tea program, fed through a
// pipe as a terminal feeds it: keys that arrive in one write are decoded
// and delivered one after the other, with no wait in between.
type liveProgram struct {
	in     *io.PipeWriter
	screen *screenReader
	done   chan tea.Model
}

func startLive(t *testing.T, m *Model) *liveProgram {
	t.Helper()
	pr, pw := io.Pipe()
	out := &lockedBuffer{}
	p := tea.NewProgram(m, tea.WithInput(pr), tea.WithOutput(out), tea.WithoutSignals(), tea.WithWindowSize(80, 24))
	lp := &liveProgram{in: pw, screen: &screenReader{emu: vt.NewEmulator(80, 24), src: out}, done: make(chan tea.Model, 1)}
	go func() { _, _ = io.Copy(io.Discard, lp.screen.emu) }()
	go func() {
		final, _ := p.Run() // a killed program (the test's cleanup) is no failure
		lp.done <- final
	}()
	t.Cleanup(func() { p.Kill(); pw.Close() })
	return lp
}

func (lp *liveProgram) write(t *testing.T, s string) {
	t.Helper()
	if _, err := io.WriteString(lp.in, s); err != nil {
		t.Fatal(err)
	}
}

// onScreen is what shows that step id is the one on screen.
func onScreen(m *Model, id guide.ID) []string {
	title := m.shared.T(id.Title())
	if c := id.Counter(); !c.IsZero() {
		return []string{m.shared.Say(c), title}
	}
	return []string{title}
}

// fastCase is a step, reached by prefix, and where it opens.
type fastCase struct {
	name   string
	saved  bool // a setup is saved: the wizard opens on its summary
	prefix []input
}

// Keys sent in one write must land exactly where the same keys, pressed
// one at a time, lead: the second key belongs to the step the first one
// led to, never to the step that was on screen before (issue 11: "1 1" on
// the 2-Step Verification step skipped the app-password step). Each step
// of the guide gets "1 1", "2 2" and "enter enter" in one write to a real
// Bubble Tea program; the reference is the synchronous driver, which
// finishes everything a key starts before the next key.
func TestFastKeysLandWhereSinglePressesDo(t *testing.T) {
	toStatus := []input{inAddress, inEnter, inOne}
	toAppPass := append(toStatus[:3:3], inOne)
	cases := []fastCase{
		{name: "account, empty", prefix: nil},
		{name: "account, typed", prefix: []input{inAddress}},
		{name: "sign-in", prefix: []input{inAddress, inEnter}},
		{name: "2SV status", prefix: toStatus},
		{name: "2SV enable", prefix: append(toStatus[:3:3], inTwo)},
		{name: "app password", prefix: toAppPass},
		{name: "paste", prefix: append(toAppPass[:4:4], inEnter)},
		{name: "test failed", prefix: append(toAppPass[:4:4], inEnter, inBadPw, inEnter)},
		{name: "test passed", prefix: append(toAppPass[:4:4], inEnter, inPaste, inEnter)},
		{name: "summary", saved: true},
	}
	pairs := []input{{"1 1", "11"}, {"2 2", "22"}, {"enter enter", "\r\r"}}
	for _, c := range cases {
		for _, pair := range pairs {
			t.Run(c.name+"/"+pair.name, func(t *testing.T) {
				want, path, ref := referenceWalk(t, c, pair)
				got := liveWalk(t, c, pair, ref, path, want)
				if got != want {
					t.Fatalf("%q in one write on %s led to step %d, one at a time to step %d", pair.name, c.name, got, want)
				}
			})
		}
	}
}

// referenceWalk presses the keys one at a time, each finished before the
// next, and returns where the pair led, the step after each input of the
// prefix, and the model (for the steps' titles).
func referenceWalk(t *testing.T, c fastCase, pair input) (after guide.ID, path []guide.ID, ref *Model) {
	t.Helper()
	r := newRig(t, fakegmail.Options{})
	if c.saved {
		saveSetup(t, r, walkPassword)
	}
	d := newDriver(t, r.wizard(i18n.EN, ModeAuto), 80, 24)
	path = []guide.ID{d.m.Current()}
	for _, in := range c.prefix {
		in.apply(d)
		path = append(path, d.m.Current())
	}
	for _, r := range pair.bytes {
		if r == '\r' {
			d.key("enter")
		} else {
			d.key(string(r))
		}
	}
	return d.m.Current(), path, d.m
}

// liveWalk does the same in a real program, the prefix one input at a
// time, each once its step is on screen, then the pair in one write.
func liveWalk(t *testing.T, c fastCase, pair input, ref *Model, path []guide.ID, want guide.ID) guide.ID {
	t.Helper()
	r := newRig(t, fakegmail.Options{})
	if c.saved {
		saveSetup(t, r, walkPassword)
	}
	lp := startLive(t, r.wizard(i18n.EN, ModeAuto))
	lp.screen.waitScreen(t, onScreen(ref, path[0])...)
	for i, in := range c.prefix {
		lp.write(t, in.bytes)
		lp.screen.waitScreen(t, onScreen(ref, path[i+1])...)
	}
	if c.name == "test failed" {
		lp.screen.waitScreen(t, "Try again")
	}
	if c.name == "test passed" {
		lp.screen.waitScreen(t, "It works")
	}
	lp.write(t, pair.bytes)
	lp.screen.waitScreen(t, onScreen(ref, want)...)
	lp.write(t, "\x03") // ctrl+c: the program ends, with its model as it was
	select {
	case final := <-lp.done:
		return final.(*Model).Current()
	case <-time.After(10 * time.Second):
		t.Fatal("the program did not end on ctrl+c")
	}
	return 0
}
