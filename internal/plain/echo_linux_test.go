package plain

import (
	"context"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/creack/pty"
	"golang.org/x/sys/unix"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
	"gmailsetup/mailer"
)

// On a real terminal the app password is read with echo off: what the
// terminal echoes back holds the address typed, never the password.
func TestAppPasswordNotEchoed(t *testing.T) {
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	defer ptmx.Close()
	defer tty.Close()
	var echo syncBuffer
	drained := make(chan struct{})
	go func() { io.Copy(&echo, ptmx); close(drained) }()

	h := newHarness(t, fakegmail.Options{})
	out := newWatchedOutput()
	done := make(chan int, 1)
	go func() {
		done <- Run(context.Background(), Config{
			In: tty, Out: out, Cat: i18n.New(i18n.EN),
			Tasks: guide.Tasks{AppName: "gmailsetup", Deps: guide.Deps{
				Sender: &mailer.Client{Server: mailer.Server(h.fake.Endpoints())}, Store: h.store, Opener: h.opener}},
		})
	}()

	// Every step up to the paste is answered from the table as its
	// heading appears: it is echoed, as it should be.
	cat := i18n.New(i18n.EN)
	for seen := 0; ; {
		id, headings := lastStep(cat, out.String())
		if headings == seen {
			out.next(t, done)
			continue
		}
		if seen = headings; id == guide.Paste {
			break
		}
		w := newWalker(t, cat, out, nil)
		line, _ := w.next(id)
		io.WriteString(ptmx, line+"\n")
	}
	// The password only once echo is off: typed earlier, the terminal would
	// echo it before the program could stop it, as it would for a person.
	giveUp := time.After(10 * time.Second) // not a speed check: a bound on a hang
	for !echoOff(t, tty) {
		select {
		case <-giveUp:
			t.Fatalf("echo was never turned off for the password:\n%s", out.String())
		case code := <-done:
			t.Fatalf("Run ended (exit %d) before reading the password:\n%s", code, out.String())
		case <-time.After(time.Millisecond):
		}
	}
	io.WriteString(ptmx, spaced+"\n")
	for !strings.Contains(out.String(), "Press enter to save the setup.") {
		out.next(t, done)
	}
	io.WriteString(ptmx, "\n") // on to saving
	for !strings.Contains(out.String(), "No keyring") {
		out.next(t, done)
	}
	io.WriteString(ptmx, "1\n")
	// Ready: the app password is printed only after a yes; enter is no.
	for !strings.Contains(out.String(), "Print the app password here") {
		out.next(t, done)
	}
	io.WriteString(ptmx, "\n")
	// Then step 9 is offered; enter alone finishes.
	for !strings.Contains(out.String(), "Enter alone finishes.") {
		select {
		case code := <-done:
			t.Fatalf("Run ended (exit %d) before offering step 9:\n%s", code, out.String())
		case <-time.After(time.Millisecond):
		}
	}
	io.WriteString(ptmx, "\n")
	if code := <-done; code != ExitOK {
		t.Fatalf("exit %d\n%s", code, out.String())
	}
	if !echoOn(t, tty) {
		t.Error("echo is still off after the password was read")
	}
	tty.Close()
	ptmx.Close()
	<-drained

	checkClean(t, out.String())
	if !strings.Contains(echo.String(), "mario.rossi@gmail.com") {
		t.Fatalf("the terminal echoed nothing: the test cannot see an echo\n%q", echo.String())
	}
	for _, secret := range []string{sentinel, spaced, "sntl"} {
		if strings.Contains(echo.String(), secret) {
			t.Errorf("the terminal echoed the app password: %q", echo.String())
		}
	}
}

func echoOff(t *testing.T, tty interface{ Fd() uintptr }) bool { return !echoOn(t, tty) }

func echoOn(t *testing.T, tty interface{ Fd() uintptr }) bool {
	t.Helper()
	tio, err := unix.IoctlGetTermios(int(tty.Fd()), unix.TCGETS)
	if err != nil {
		t.Fatal(err)
	}
	return tio.Lflag&unix.ECHO != 0
}
