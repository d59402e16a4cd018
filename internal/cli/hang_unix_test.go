//go:build unix

package cli

import (
	"context"
	"io"
	"net"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"gmailsetup/internal/fake/fakegmail"
)

// hangLimit only stops a test that hangs; it is not a speed test.
const hangLimit = 10 * time.Second

// runWithin runs cmd in the harness and fails the test if it has not
// ended within hangLimit.
func runWithin(t *testing.T, h *harness, run func() int) int {
	t.Helper()
	done := make(chan int, 1)
	go func() { done <- run() }()
	select {
	case code := <-done:
		return code
	case <-time.After(hangLimit):
		t.Fatalf("the command is still blocked after %s\nstderr:\n%s", hangLimit, h.err)
	}
	return -1
}

func mkfifo(t *testing.T, path string) string {
	t.Helper()
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestSendRefusesWhatIsNotAFile: a FIFO as an attachment or a body used
// to block for ever in open(); a device could be read for ever. Each is
// refused at once, named, and nothing is sent.
func TestSendRefusesWhatIsNotAFile(t *testing.T) {
	for _, c := range []struct {
		name string
		args func(dir string) []string
	}{
		{"fifo attachment", func(dir string) []string { return []string{"--attach", mkfifo(t, filepath.Join(dir, "fifo"))} }},
		{"device attachment", func(string) []string { return []string{"--attach", "/dev/zero"} }},
		{"fifo body", func(dir string) []string { return []string{"--body", mkfifo(t, filepath.Join(dir, "fifo"))} }},
		{"device body", func(string) []string { return []string{"--body", "/dev/zero"} }},
	} {
		t.Run(c.name, func(t *testing.T) {
			h, dir := sendHarness(t, fakegmail.Options{})
			args := append([]string{"--to", "a@example.com"}, c.args(dir)...)
			code := runWithin(t, h, func() int { return h.run(NewSendCmd(h.env), args...) })
			h.expect(code, ExitBroken)
			contains(t, "stderr", h.err.String(), args[len(args)-1]+": it is not a regular file")
			if st := h.fake.Stats(); st.Implicit+st.StartTLS != 0 {
				t.Error("send connected after refusing a file")
			}
		})
	}
}

// TestAttachmentSwappedForAFIFO: a file checked as regular and then
// replaced by a FIFO before the mail is built is refused, not opened.
func TestAttachmentSwappedForAFIFO(t *testing.T) {
	h, dir := sendHarness(t, fakegmail.Options{})
	path := writeFile(t, filepath.Join(dir, "invoice.pdf"), []byte("%PDF"))
	files, _, ok := checkAttachments(h.env, []string{path})
	if !ok {
		t.Fatal(h.err)
	}
	os.Remove(path)
	mkfifo(t, path)
	done := make(chan error, 1)
	go func() {
		r, err := files[0].Open()
		if err == nil {
			r.Close()
		}
		done <- err
	}()
	select {
	case err := <-done:
		if err == nil {
			t.Fatal("the FIFO put in the file's place was opened")
		}
	case <-time.After(hangLimit):
		t.Fatal("opening the swapped attachment blocked")
	}
}

// TestStdinThatNeverEndsStopsWithCtrlC: `send --body -` and `setup
// --password-stdin` read a stdin that never closes; cancelling the root
// context (what main does on SIGINT) ends them with 130.
func TestStdinThatNeverEndsStopsWithCtrlC(t *testing.T) {
	for _, c := range []struct {
		name string
		args []string
	}{
		{"send --body -", []string{"--to", "a@example.com", "--body", "-"}},
		{"setup --password-stdin", []string{"--email", testEmail, "--password-stdin"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			h, _ := sendHarness(t, fakegmail.Options{})
			r, w := io.Pipe()
			t.Cleanup(func() { w.Close() })
			ctx, cancel := context.WithCancel(t.Context())
			h.env.Ctx, h.env.Stdin = ctx, r
			time.AfterFunc(50*time.Millisecond, cancel)
			cmd := NewSendCmd(h.env)
			if c.args[0] == "--email" {
				cmd = NewSetupCmd(h.env)
			}
			code := runWithin(t, h, func() int { return h.run(cmd, c.args...) })
			h.expect(code, ExitInterrupted)
			contains(t, "stderr", h.err.String(), "ctrl+c")
		})
	}
}

// TestSignInThatNeverAnswersStopsWithCtrlC: a server that accepts and
// then says nothing holds the sign-in until the root context is
// cancelled; the command then ends with the "you stopped it" diagnosis
// and 130.
func TestSignInThatNeverAnswersStopsWithCtrlC(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	accepted := make(chan net.Conn, 4)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			accepted <- c
		}
	}()
	h, _ := sendHarness(t, fakegmail.Options{})
	h.env.Server.ImplicitAddr, h.env.Server.StartTLSAddr = ln.Addr().String(), ln.Addr().String()
	ctx, cancel := context.WithCancel(t.Context())
	h.env.Ctx = ctx
	go func() {
		c := <-accepted
		defer c.Close()
		cancel()
		time.Sleep(hangLimit)
	}()
	code := runWithin(t, h, func() int { return h.run(NewSendCmd(h.env), "--to", "a@example.com") })
	h.expect(code, ExitInterrupted)
}
