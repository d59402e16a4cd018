package wizard

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"
	"github.com/charmbracelet/x/vt"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
)

// screenReader feeds a program's output to a terminal emulator, so tests
// read the screen a person would see, not the renderer's diffs.
type screenReader struct {
	mu  sync.Mutex
	emu *vt.Emulator
	src io.Reader
	// wrote, when set, says the program drew something: waits block on it
	// instead of reading again after a pause.
	wrote <-chan struct{}
}

func (s *screenReader) screen() string {
	buf := make([]byte, 64<<10)
	for {
		n, _ := s.src.Read(buf)
		if n == 0 {
			break
		}
		// Without a real terminal nothing turns "\n" into "\r\n" (a tty's
		// ONLCR), so do it here, as the person's terminal would.
		s.mu.Lock()
		_, _ = s.emu.Write(bytes.ReplaceAll(buf[:n], []byte("\n"), []byte("\r\n")))
		s.mu.Unlock()
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.emu.String()
}

// waitScreen reads the program's output until the screen shows every one
// of want.
func (s *screenReader) waitScreen(t *testing.T, want ...string) string {
	t.Helper()
	return s.waitFor(t, fmt.Sprintf("%q", want), func(scr string) bool { return shows(scr, want...) })
}

// waitFor reads the program's output until the screen is what ok wants.
// teatest's output is a buffer that does not block when empty, so there is
// no event to wait on: it is read again every 20 ms (a poll for a
// condition, with a deadline; no step relies on the pause being long).
func (s *screenReader) waitFor(t *testing.T, what string, ok func(scr string) bool) string {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		scr := s.screen()
		if ok(scr) {
			return scr
		}
		if time.Now().After(deadline) {
			t.Fatalf("the screen never showed %s:\n%s", what, scr)
		}
		if s.wrote == nil {
			time.Sleep(20 * time.Millisecond)
			continue
		}
		select {
		case <-s.wrote:
		case <-time.After(time.Until(deadline)):
		}
	}
}

func shows(scr string, want ...string) bool {
	flat := strings.Join(strings.Fields(scr), " ")
	for _, w := range want {
		if !strings.Contains(flat, strings.Join(strings.Fields(w), " ")) {
			return false
		}
	}
	return true
}

// stepOnScreen is the step whose heading, "Step N of M" and title, a
// screen shows.
func stepOnScreen(cat i18n.Catalog, scr string) (guide.ID, bool) {
	for id := guide.Account; id <= guide.Last; id++ {
		if id.Numbered() && shows(scr, id.Counter().Text(cat)+" "+cat.T(id.Title())) {
			return id, true
		}
	}
	return 0, false
}

// programKeys presses keys on a real program.
type programKeys struct{ tm *teatest.TestModel }

func (p programKeys) key(k string)      { p.tm.Send(keyMsg(k)) }
func (p programKeys) typeText(s string) { p.tm.Type(s) }
func (p programKeys) paste(s string)    { p.tm.Send(tea.PasteMsg{Content: s}) }
func (p programKeys) send(m tea.Msg)    { p.tm.Send(m) }

// walkTo answers every step of a real program from the table until step
// id is on screen. A step is answered once its heading and, if given, its
// ready text are on screen; each answer must lead to another step.
func (s *screenReader) walkTo(t *testing.T, keys presser, cat i18n.Catalog, id guide.ID, sc script, ready map[guide.ID][]string) string {
	t.Helper()
	a := newAnswerer(sc)
	prev := guide.ID(-1)
	for {
		scr := s.waitFor(t, "a step's heading", func(scr string) bool {
			at, ok := stepOnScreen(cat, scr)
			return ok && (at == id || shows(scr, ready[at]...))
		})
		at, _ := stepOnScreen(cat, scr)
		if at == id {
			return scr
		}
		next, ok := a.next(at, at != prev)
		prev = at
		if !ok {
			t.Fatalf("walking to %v: no answer left for step %v:\n%s", id, at, scr)
		}
		next.onWizard(keys, func() {})
		s.waitFor(t, "a step other than "+at.String(), func(scr string) bool {
			now, ok := stepOnScreen(cat, scr)
			return ok && now != at
		})
	}
}

// TestProgramWalk runs the whole guide through a real Bubble Tea program
// (teatest), reading what it draws with a terminal emulator, against a
// loopback Gmail: the path a person takes, in Italian.
func TestProgramWalk(t *testing.T) {
	r := newRig(t, fakegmail.Options{IMAP: true})
	m := r.wizard(i18n.IT, ModeAuto)
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(80, 24))
	sr := &screenReader{emu: vt.NewEmulator(80, 24), src: tm.Output()}
	go func() { _, _ = io.Copy(io.Discard, sr.emu) }() // answer the emulator's replies to nobody

	cat := i18n.New(i18n.IT)
	scr := sr.walkTo(t, programKeys{tm}, cat, guide.Save, nil, map[guide.ID][]string{
		guide.SignIn:      {"mario.rossi%40gmail.com"},
		guide.AppPassword: {"apppasswords"},
		guide.TestSend:    {"Funziona", "È arrivata in Posta in arrivo"},
	})
	if strings.Contains(scr, walkPassword) {
		t.Fatalf("the app password is on screen:\n%s", scr)
	}
	sr.waitScreen(t, "•••• •••• •••• ••••")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	sr.waitScreen(t, "non c'è un portachiavi")
	tm.Type("1")
	sr.waitScreen(t, "Tutto pronto")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})

	final := tm.FinalModel(t, teatest.WithFinalTimeout(10*time.Second)).(*Model)
	if final.Interrupted() || !final.Answers().Tested() {
		t.Fatalf("the walk ended interrupted=%v tested=%v", final.Interrupted(), final.Answers().Tested())
	}
	if secret, err := r.store.Secret(walkAddress); err != nil || secret != walkPassword {
		t.Fatalf("the saved secret does not read back: %v", err)
	}
}
