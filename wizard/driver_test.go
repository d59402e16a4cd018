package wizard

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// driver runs the real wizard model without a terminal: it feeds a message
// to Update, runs the commands that come back (concurrently, as Bubble Tea
// does), and feeds their messages in turn until nothing is left. Animation
// ticks (spinner, cursor blink) are dropped, so every walk ends.
type driver struct {
	t testing.TB
	m *Model

	mu        sync.Mutex
	clipboard []string // what OSC 52 was asked to put in the clipboard, in order
	// afterUpdate, when set, sees the model after every message: a step
	// passed through within one act (a sign-in that a browser allows by
	// itself) is seen too.
	afterUpdate func()
}

func newDriver(t testing.TB, m *Model, width, height int) *driver {
	t.Helper()
	d := &driver{t: t, m: m}
	d.send(tea.WindowSizeMsg{Width: width, Height: height})
	d.run(m.Init())
	return d
}

// send delivers msg and everything it leads to.
func (d *driver) send(msg tea.Msg) {
	d.t.Helper()
	queue := []tea.Msg{msg}
	for steps := 0; len(queue) > 0; steps++ {
		if steps > 500 {
			d.t.Fatalf("the wizard keeps producing messages; last: %T", queue[0])
		}
		msg, queue = queue[0], queue[1:]
		_, cmd := d.m.Update(msg)
		if d.afterUpdate != nil {
			d.afterUpdate()
		}
		queue = append(queue, d.collect(cmd)...)
	}
}

func (d *driver) run(cmd tea.Cmd) {
	d.t.Helper()
	for _, msg := range d.collect(cmd) {
		d.send(msg)
	}
}

// collect runs cmd (a batch runs its parts at the same time, since one may
// wait for another, as a send's progress waits for the send) and returns
// the messages worth delivering.
func (d *driver) collect(cmd tea.Cmd) []tea.Msg {
	d.t.Helper()
	if cmd == nil {
		return nil
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-done:
	case <-time.After(20 * time.Second):
		d.t.Fatal("a command did not return within 20 s")
	}
	switch msg := msg.(type) {
	case nil:
		return nil
	case tea.BatchMsg:
		var (
			mu  sync.Mutex
			out []tea.Msg
			wg  sync.WaitGroup
		)
		for _, c := range msg {
			wg.Add(1)
			go func() {
				defer wg.Done()
				got := d.collect(c)
				mu.Lock()
				out = append(out, got...)
				mu.Unlock()
			}()
		}
		wg.Wait()
		return out
	}
	if v := reflect.ValueOf(msg); v.Type().String() == "tea.sequenceMsg" {
		// tea.Sequence: each command in order, as the runtime runs them.
		var out []tea.Msg
		for i := range v.Len() {
			out = append(out, d.collect(v.Index(i).Interface().(tea.Cmd))...)
		}
		return out
	}
	if fmt.Sprintf("%T", msg) == "tea.setClipboardMsg" {
		d.mu.Lock()
		d.clipboard = append(d.clipboard, fmt.Sprint(msg))
		d.mu.Unlock()
		return nil
	}
	inner := msg
	if r, ok := msg.(resultMsg); ok {
		inner = r.msg
	}
	name := fmt.Sprintf("%T", inner)
	if strings.HasPrefix(name, "spinner.") || strings.HasPrefix(name, "cursor.") || strings.Contains(name, "Blink") {
		return nil
	}
	return []tea.Msg{msg}
}

// key presses a named key ("enter", "esc", "ctrl+c", "down") or types text.
func (d *driver) key(k string) {
	d.t.Helper()
	d.send(keyMsg(k))
}

func keyMsg(k string) tea.KeyPressMsg {
	switch k {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	case "ctrl+r":
		return tea.KeyPressMsg{Code: 'r', Mod: tea.ModCtrl}
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}

// typeText types s one key at a time.
func (d *driver) typeText(s string) {
	d.t.Helper()
	for _, r := range s {
		d.send(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

// paste sends s as a bracketed paste.
func (d *driver) paste(s string) {
	d.t.Helper()
	d.send(tea.PasteMsg{Content: s})
}

// screen is what the person sees now, without colours.
func (d *driver) screen() string {
	return ansi.Strip(d.m.View().Content)
}

// raw is the frame with its escape sequences, for checks on hyperlinks.
func (d *driver) raw() string { return d.m.View().Content }

// expect fails unless the screen shows every one of want. Line breaks do
// not count: a sentence wrapped over two lines still reads as one.
func (d *driver) expect(want ...string) {
	d.t.Helper()
	scr := d.screen()
	flat := strings.Join(strings.Fields(scr), " ")
	for _, w := range want {
		if !strings.Contains(flat, strings.Join(strings.Fields(w), " ")) {
			d.t.Fatalf("screen does not show %q:\n%s", w, scr)
		}
	}
}
