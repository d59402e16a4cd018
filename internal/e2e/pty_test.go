//go:build linux

package e2e

import (
	"bytes"
	"fmt"
	"image/color"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
	"unsafe"

	"github.com/charmbracelet/x/vt"
	"github.com/creack/pty"
)

// Terminal size of every session, the smallest the README promises.
const (
	cols = 80
	rows = 24
)

// waitLimit is how long any one wait for the screen or the exit may take.
// It is a safety net against a hung program, not a speed check.
const waitLimit = 10 * time.Second

// options says how to run a session.
type options struct {
	args []string
	env  []string
	// answer makes the terminal reply to queries (device attributes,
	// background colour) as a real one does. Without it the pty stays
	// silent, like a terminal that knows none of them.
	answer bool
	// mark is text whose first appearance on screen is timed (firstSeen).
	mark string
}

// session is one run of a binary in a pseudo-terminal, with a virtual
// terminal emulator (x/vt) reading what it draws.
type session struct {
	tb   testing.TB
	cmd  *exec.Cmd
	ptmx *os.File // our side: keys go in, the program's output comes out
	tty  *os.File // the program's side, kept open to read its termios

	before syscall.Termios // the tty's settings before the program started

	mu        sync.Mutex
	emu       *vt.Emulator
	raw       bytes.Buffer // every byte the program wrote
	changed   chan struct{}
	started   time.Time
	firstSeen time.Time // when opts.mark first showed on screen
	mark      string

	exited    chan struct{} // closed once the process has been waited for
	state     *os.ProcessState
	drainOnce sync.Once
}

// start runs bin in a fresh 80x24 pty.
func start(tb testing.TB, bin string, opts options) *session {
	tb.Helper()
	master, tty, err := pty.Open()
	if err != nil {
		tb.Fatalf("pty.Open: %v", err)
	}
	// pty.Open leaves the master in blocking mode; a non-blocking copy can
	// be closed under a pending Read, so the reader always ends.
	ptmx, err := nonblocking(master)
	if err != nil {
		tb.Fatal(err)
	}
	if err := pty.Setsize(tty, &pty.Winsize{Rows: rows, Cols: cols}); err != nil {
		tb.Fatalf("pty.Setsize: %v", err)
	}
	before, err := termios(tty)
	if err != nil {
		tb.Fatalf("reading the termios: %v", err)
	}

	home := tb.TempDir()
	cmd := exec.Command(bin, opts.args...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = tty, tty, tty
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
	cmd.Env = append([]string{
		"PATH=" + os.Getenv("PATH"),
		"HOME=" + home,
		"XDG_CONFIG_HOME=" + filepath.Join(home, ".config"),
		"GMAILSETUP_CONFIG=" + filepath.Join(home, "config.toml"),
		"TERM=xterm-256color",
		"LANG=C",
		"TMPDIR=" + os.TempDir(),
	}, opts.env...)

	emu := vt.NewEmulator(cols, rows)
	emu.SetBackgroundColor(color.Black) // what a dark terminal reports
	s := &session{
		tb: tb, cmd: cmd, ptmx: ptmx, tty: tty, before: before,
		emu: emu, changed: make(chan struct{}, 1), mark: opts.mark,
		exited: make(chan struct{}),
	}
	// The emulator writes its replies to queries into a pipe that must be
	// drained, or it blocks: forward them when the terminal answers.
	replies := io.Discard
	if opts.answer {
		replies = ptmx
	}
	go func() { _, _ = io.Copy(replies, emu) }()

	s.started = time.Now()
	if err := cmd.Start(); err != nil {
		tb.Fatalf("starting %s: %v", bin, err)
	}
	go s.read()
	go func() {
		_ = cmd.Wait()
		s.mu.Lock()
		s.state = cmd.ProcessState
		s.mu.Unlock()
		close(s.exited)
	}()
	tb.Cleanup(s.close)
	return s
}

// nonblocking returns a pollable duplicate of f and closes f.
func nonblocking(f *os.File) (*os.File, error) {
	defer f.Close()
	fd, err := syscall.Dup(int(f.Fd()))
	if err != nil {
		return nil, err
	}
	if err := syscall.SetNonblock(fd, true); err != nil {
		syscall.Close(fd)
		return nil, err
	}
	return os.NewFile(uintptr(fd), f.Name()), nil
}

// read feeds everything the program writes to the emulator.
func (s *session) read() {
	buf := make([]byte, 32*1024)
	for {
		n, err := s.ptmx.Read(buf)
		if n > 0 {
			now := time.Now()
			s.mu.Lock()
			s.raw.Write(buf[:n])
			_, _ = s.emu.Write(buf[:n])
			if s.mark != "" && s.firstSeen.IsZero() && strings.Contains(s.emu.String(), s.mark) {
				s.firstSeen = now
			}
			s.mu.Unlock()
			select {
			case s.changed <- struct{}{}:
			default:
			}
		}
		if err != nil {
			return
		}
	}
}

// close kills the program if it still runs and releases the pty.
func (s *session) close() {
	select {
	case <-s.exited:
	default:
		_ = s.cmd.Process.Kill()
		<-s.exited
	}
	s.ptmx.Close()
	s.tty.Close()
	// Ends the reply forwarder: Emulator.Close would race with its Read.
	if pw, ok := s.emu.InputPipe().(*io.PipeWriter); ok {
		pw.Close()
	}
}

// screen is the text on the emulated screen now.
func (s *session) screen() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.emu.String()
}

// output is every byte the program wrote so far, escape sequences and all.
func (s *session) output() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.raw.String()
}

// flat joins a text's words with single spaces, so that a sentence wrapped
// over two lines still matches.
func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

// waitFor waits until the screen shows every one of want and returns it.
func (s *session) waitFor(want ...string) string {
	s.tb.Helper()
	scr, ok := s.poll(func(scr string) bool {
		f := flat(scr)
		for _, w := range want {
			if !strings.Contains(f, flat(w)) {
				return false
			}
		}
		return true
	})
	if !ok {
		s.tb.Fatalf("the screen did not show %q within %s:\n%s", want, waitLimit, scr)
	}
	return scr
}

// poll waits until cond holds for the screen, the program exits, or
// waitLimit passes.
func (s *session) poll(cond func(screen string) bool) (string, bool) {
	deadline := time.NewTimer(waitLimit)
	defer deadline.Stop()
	for {
		scr := s.screen()
		if cond(scr) {
			return scr, true
		}
		select {
		case <-s.changed:
		case <-s.exited:
			// Output written just before the exit may still be in flight.
			s.drain()
			scr = s.screen()
			return scr, cond(scr)
		case <-deadline.C:
			return scr, false
		}
	}
}

// send types raw bytes into the terminal: text, "\r" for enter, "\x03" for
// ctrl+c.
func (s *session) send(keys string) {
	s.tb.Helper()
	if _, err := s.ptmx.Write([]byte(keys)); err != nil {
		s.tb.Fatalf("typing %q: %v", keys, err)
	}
}

// paste sends text as a bracketed paste, the way a terminal delivers
// Ctrl+Shift+V.
func (s *session) paste(text string) {
	s.tb.Helper()
	s.send("\x1b[200~" + text + "\x1b[201~")
}

// wait waits for the program to exit, drains its last output and returns
// the exit code.
func (s *session) wait() int {
	s.tb.Helper()
	select {
	case <-s.exited:
	case <-time.After(waitLimit):
		s.tb.Fatalf("the program did not exit within %s; screen:\n%s", waitLimit, s.screen())
	}
	s.drain()
	return s.state.ExitCode()
}

// drainMark is written to the tty after the program has exited: once it
// comes out of the master, everything the program wrote before it has too.
const drainMark = "\r\n[e2e: program exited]\r\n"

// drain makes sure every byte the exited program wrote has been read.
func (s *session) drain() {
	s.tb.Helper()
	s.drainOnce.Do(s.drainNow)
}

func (s *session) drainNow() {
	if _, err := s.tty.WriteString(drainMark); err != nil {
		s.tb.Fatalf("writing the drain mark: %v", err)
	}
	deadline := time.NewTimer(waitLimit)
	defer deadline.Stop()
	for !strings.Contains(s.output(), strings.TrimSpace(drainMark)) {
		select {
		case <-s.changed:
		case <-deadline.C:
			s.tb.Fatal("the program's last output never came out of the pty")
		}
	}
}

// termios reads a terminal's settings (TCGETS, as tcgetattr does).
func termios(f *os.File) (syscall.Termios, error) {
	var t syscall.Termios
	_, _, errno := syscall.Syscall(syscall.SYS_IOCTL, f.Fd(), syscall.TCGETS, uintptr(unsafe.Pointer(&t)))
	if errno != 0 {
		return t, errno
	}
	return t, nil
}

// termiosAfter is the tty's settings now.
func (s *session) termiosAfter() syscall.Termios {
	s.tb.Helper()
	t, err := termios(s.tty)
	if err != nil {
		s.tb.Fatalf("reading the termios: %v", err)
	}
	return t
}

// expectRestored fails unless the exited program left the terminal as it
// found it.
func (s *session) expectRestored() {
	s.tb.Helper()
	for _, p := range s.restoreProblems() {
		s.tb.Error(p)
	}
}

// restoreProblems lists what the exited program left changed: the termios
// (echo, canonical mode, signals), the alternate screen, a hidden cursor,
// bracketed paste.
func (s *session) restoreProblems() []string {
	s.tb.Helper()
	var problems []string
	after, b := s.termiosAfter(), s.before
	if after != b {
		problems = append(problems, fmt.Sprintf("termios not restored:\n before iflag=%#x oflag=%#x cflag=%#x lflag=%#x cc=%v\n after  iflag=%#x oflag=%#x cflag=%#x lflag=%#x cc=%v",
			b.Iflag, b.Oflag, b.Cflag, b.Lflag, b.Cc, after.Iflag, after.Oflag, after.Cflag, after.Lflag, after.Cc))
	}
	s.mu.Lock()
	alt, hidden := s.emu.IsAltScreen(), s.emu.CursorHidden()
	s.mu.Unlock()
	if alt {
		problems = append(problems, "the program left the terminal on the alternate screen")
	}
	if hidden {
		problems = append(problems, "the program left the cursor hidden")
	}
	if out := s.output(); strings.LastIndex(out, "\x1b[?2004h") > strings.LastIndex(out, "\x1b[?2004l") {
		problems = append(problems, "the program left bracketed paste on")
	}
	return problems
}
