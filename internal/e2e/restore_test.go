//go:build linux

package e2e

import (
	"strings"
	"testing"
)

// TestRestoreCheckSeesABrokenTerminal proves the restore check can fail: a
// program that leaves raw mode, the alternate screen, a hidden cursor and
// bracketed paste behind is caught on every count.
func TestRestoreCheckSeesABrokenTerminal(t *testing.T) {
	s := start(t, "/bin/sh", options{args: []string{"-c", `stty raw -echo; printf '\033[?1049h\033[?25l\033[?2004h'`}})
	if code := s.wait(); code != 0 {
		t.Fatalf("sh exited %d", code)
	}
	got := strings.Join(s.restoreProblems(), "\n")
	for _, want := range []string{"termios", "alternate screen", "cursor hidden", "bracketed paste"} {
		if !strings.Contains(got, want) {
			t.Errorf("the check missed %q; it said:\n%s", want, got)
		}
	}
}
