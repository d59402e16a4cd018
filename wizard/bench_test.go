package wizard

import (
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"gmailsetup/fakegmail"
	"gmailsetup/i18n"
	"gmailsetup/storage"
)

// BenchmarkView draws each step of a new setup at 120x40, the way the
// program redraws it after every key and tick. The model is the real one,
// walked by the longest path (2-Step Verification off, so step 4 is met)
// against a loopback Gmail. Goal: 200 µs per View.
func BenchmarkView(b *testing.B) {
	fake, err := fakegmail.Start(fakegmail.Options{Address: walkAddress, Password: walkPassword, IMAP: true})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { fake.Close() })
	dir := b.TempDir()
	b.Setenv("HOME", dir)
	r := &rig{
		fake:   fake,
		store:  storage.Open(filepath.Join(dir, "gmailsetup", "config.toml"), storage.WithoutKeyring()),
		opener: &recordingOpener{},
		dir:    dir,
	}
	m := r.wizard(i18n.EN, ModeNew)
	d := &benchDriver{b: b, m: m}
	d.send(tea.WindowSizeMsg{Width: 120, Height: 40})
	d.run(m.Init())

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

// benchDriver is driver (driver_test.go) for a benchmark: it feeds a
// message to Update and every message its commands return, running a
// batch's parts at the same time and dropping animation ticks.
type benchDriver struct {
	b *testing.B
	m *Model
}

func (d *benchDriver) send(msg tea.Msg) {
	d.b.Helper()
	queue := []tea.Msg{msg}
	for n := 0; len(queue) > 0; n++ {
		if n > 500 {
			d.b.Fatalf("the wizard keeps producing messages; last: %T", queue[0])
		}
		msg, queue = queue[0], queue[1:]
		_, cmd := d.m.Update(msg)
		queue = append(queue, d.collect(cmd)...)
	}
}

func (d *benchDriver) run(cmd tea.Cmd) {
	for _, msg := range d.collect(cmd) {
		d.send(msg)
	}
}

func (d *benchDriver) typeText(s string) {
	for _, r := range s {
		d.send(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

func (d *benchDriver) collect(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-done:
	case <-time.After(20 * time.Second):
		d.b.Fatal("a command did not return within 20 s")
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
			wg.Go(func() {
				got := d.collect(c)
				mu.Lock()
				out = append(out, got...)
				mu.Unlock()
			})
		}
		wg.Wait()
		return out
	}
	name := fmt.Sprintf("%T", msg)
	if strings.HasPrefix(name, "spinner.") || strings.HasPrefix(name, "cursor.") || strings.Contains(name, "Blink") {
		return nil
	}
	return []tea.Msg{msg}
}
