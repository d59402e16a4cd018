package wizard

import (
	"bytes"
	"io"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/vt"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
)

// An input is what a person does at once: a key, or a pair of keys.
// bytes is how a terminal sends it.
type input struct {
	name  string
	bytes string
}

// lockedBuffer is the program's output, read by a screenReader while the
// program writes it.
type lockedBuffer struct {
	mu    sync.Mutex
	b     bytes.Buffer
	wrote chan struct{} // the program drew something
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	select {
	case l.wrote <- struct{}{}:
	default:
	}
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
	t      *testing.T
	in     *io.PipeWriter
	screen *screenReader
	done   chan tea.Model
}

func startLive(t *testing.T, m *Model) *liveProgram {
	t.Helper()
	pr, pw := io.Pipe()
	out := &lockedBuffer{wrote: make(chan struct{}, 1)}
	p := tea.NewProgram(m, tea.WithInput(pr), tea.WithOutput(out), tea.WithoutSignals(), tea.WithWindowSize(80, 24))
	lp := &liveProgram{t: t, in: pw, screen: &screenReader{emu: vt.NewEmulator(80, 24), src: out, wrote: out.wrote},
		done: make(chan tea.Model, 1)}
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

// The keys of a walk, as a terminal sends them.
func (lp *liveProgram) key(k string) {
	lp.write(lp.t, map[string]string{"enter": "\r", "esc": "\x1b", "down": "\x1b[B", "up": "\x1b[A"}[k]+
		map[bool]string{true: k}[len(k) == 1])
}
func (lp *liveProgram) typeText(s string) { lp.write(lp.t, s) }
func (lp *liveProgram) paste(s string)    { lp.write(lp.t, "\x1b[200~"+s+"\x1b[201~") }
func (lp *liveProgram) send(msg tea.Msg) {
	if k, ok := msg.(tea.KeyPressMsg); ok && k.Code == tea.KeySpace {
		lp.write(lp.t, " ")
		return
	}
	lp.t.Fatalf("no bytes for %v", msg)
}

// onScreen is what shows that step id is the one on screen.
func onScreen(m *Model, id guide.ID) []string {
	title := m.shared.T(id.Title())
	if c := id.Counter(); !c.IsZero() {
		return []string{m.shared.Say(c), title}
	}
	return []string{title}
}

// fastCase is a step, reached by its ID, and where it opens.
type fastCase struct {
	name   string
	saved  bool // a setup is saved: the wizard opens on its summary
	at     guide.ID
	script script // how the walk there differs from the answers table
	typed  bool   // the address is typed, not yet sent
	wait   string // what the step shows once it is ready for the keys
}

// Keys sent in one write must land exactly where the same keys, pressed
// one at a time, lead: the second key belongs to the step the first one
// led to, never to the step that was on screen before (issue 11: "1 1" on
// the 2-Step Verification step skipped the app-password step). Each step
// of the guide gets "1 1", "2 2" and "enter enter" in one write to a real
// Bubble Tea program; the reference is the synchronous driver, which
// finishes everything a key starts before the next key.
func TestFastKeysLandWhereSinglePressesDo(t *testing.T) {
	cases := []fastCase{
		{name: "account, empty", at: guide.Account},
		{name: "account, typed", at: guide.Account, typed: true},
		{name: "sign-in", at: guide.SignIn},
		{name: "2SV status", at: guide.TwoSVStatus},
		{name: "2SV enable", at: guide.TwoSVEnable, script: script{guide.TwoSVStatus: {pick(2)}}},
		{name: "app password", at: guide.AppPassword},
		{name: "paste", at: guide.Paste},
		{name: "test failed", at: guide.TestSend, script: script{guide.Paste: {paste("aaaa bbbb cccc dddd")}}, wait: "Try again"},
		{name: "test passed", at: guide.TestSend, wait: "It works"},
		{name: "summary", saved: true, at: guide.Summary},
	}
	pairs := []input{{"1 1", "11"}, {"2 2", "22"}, {"enter enter", "\r\r"}}
	for _, c := range cases {
		for _, pair := range pairs {
			t.Run(c.name+"/"+pair.name, func(t *testing.T) {
				want, ref := referenceWalk(t, c, pair)
				got := liveWalk(t, c, pair, ref, want)
				if got != want {
					t.Fatalf("%q in one write on %s led to step %d, one at a time to step %d", pair.name, c.name, got, want)
				}
			})
		}
	}
}

// referenceWalk presses the keys one at a time, each finished before the
// next, and returns where the pair led and the model (for the steps'
// titles).
func referenceWalk(t *testing.T, c fastCase, pair input) (after guide.ID, ref *Model) {
	t.Helper()
	r := newRig(t, fakegmail.Options{})
	if c.saved {
		saveSetup(t, r, walkPassword)
	}
	d := newDriver(t, r.wizard(i18n.EN, ModeAuto), 80, 24)
	walkTo(t, d, c.at, c.script)
	if c.typed {
		d.typeText(walkAddress)
	}
	for _, r := range pair.bytes {
		if r == '\r' {
			d.key("enter")
		} else {
			d.key(string(r))
		}
	}
	return d.m.Current(), d.m
}

// liveWalk does the same in a real program, the walk one answer at a time,
// each once its step is on screen, then the pair in one write.
func liveWalk(t *testing.T, c fastCase, pair input, ref *Model, want guide.ID) guide.ID {
	t.Helper()
	r := newRig(t, fakegmail.Options{})
	if c.saved {
		saveSetup(t, r, walkPassword)
	}
	lp := startLive(t, r.wizard(i18n.EN, ModeAuto))
	if c.at.Numbered() {
		lp.screen.walkTo(t, lp, i18n.New(i18n.EN), c.at, c.script, map[guide.ID][]string{guide.TestSend: {"It works"}})
	}
	lp.screen.waitScreen(t, onScreen(ref, c.at)...)
	if c.typed {
		lp.typeText(walkAddress)
		lp.screen.waitScreen(t, walkAddress)
	}
	if c.wait != "" {
		lp.screen.waitScreen(t, c.wait)
	}
	lp.write(t, pair.bytes)
	lp.screen.waitScreen(t, onScreen(ref, want)...)
	if c.at == guide.Summary && pair.bytes == "22" {
		// "2" checks the saved setup, which records the check in the
		// setup file: wait for its answer, so that no write is still in
		// flight when the test's folder is removed.
		lp.screen.waitScreen(t, ref.shared.T("summary.checkOK"))
	}
	lp.write(t, "\x03") // ctrl+c: the program ends, with its model as it was
	select {
	case final := <-lp.done:
		return final.(*Model).Current()
	case <-time.After(10 * time.Second):
		t.Fatal("the program did not end on ctrl+c")
	}
	return 0
}
