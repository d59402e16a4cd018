package wizard

import (
	"bytes"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"
	"github.com/charmbracelet/x/vt"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/internal/i18n"
)

// screenReader feeds a program's output to a terminal emulator, so tests
// read the screen a person would see, not the renderer's diffs.
type screenReader struct {
	mu  sync.Mutex
	emu *vt.Emulator
	src io.Reader
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

// waitScreen polls the emulated screen until it shows every one of want.
func (s *screenReader) waitScreen(t *testing.T, want ...string) string {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		scr := s.screen()
		flat := strings.Join(strings.Fields(scr), " ")
		ok := true
		for _, w := range want {
			ok = ok && strings.Contains(flat, strings.Join(strings.Fields(w), " "))
		}
		if ok {
			return scr
		}
		if time.Now().After(deadline) {
			t.Fatalf("the screen never showed %q:\n%s", want, scr)
		}
		time.Sleep(20 * time.Millisecond)
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

	sr.waitScreen(t, "Passo 1 di 8", "Il tuo indirizzo Gmail")
	tm.Type(walkAddress)
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	sr.waitScreen(t, "Passo 2 di 8", "mario.rossi%40gmail.com")
	tm.Type("1")
	sr.waitScreen(t, "Passo 3 di 8")
	tm.Type("1")
	sr.waitScreen(t, "Passo 5 di 8", "apppasswords")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	sr.waitScreen(t, "Passo 6 di 8")
	tm.Send(tea.PasteMsg{Content: walkPasted})
	sr.waitScreen(t, "16 lettere")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	scr := sr.waitScreen(t, "Passo 7 di 8", "Funziona", "È arrivata in Posta in arrivo")
	if strings.Contains(scr, walkPassword) {
		t.Fatalf("the app password is on screen:\n%s", scr)
	}
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	sr.waitScreen(t, "Passo 8 di 8", "•••• •••• •••• ••••")
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
