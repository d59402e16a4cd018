//go:build linux

package e2e

import (
	"gmailsetup/internal/guide"
	"strings"
	"testing"
)

// panicHook is the environment variable that makes the binary's first
// command panic, so that this test can see Bubble Tea's recovery from the
// outside. It is a test hook only: it changes nothing when unset.
const panicHook = "GMAILSETUP_TEST_PANIC"

// TestPanicInACommandRestoresTheTerminal: when a command panics, Bubble
// Tea catches it, prints the panic and restores the terminal; main then
// exits 2 (the program could not run). The person's shell still echoes.
func TestPanicInACommandRestoresTheTerminal(t *testing.T) {
	s := start(t, gmailsetupBin, options{args: demoArgs, env: []string{panicHook + "=1"}})
	const caught = "Caught panic"
	s.poll(func(scr string) bool {
		return strings.Contains(scr, caught) || strings.Contains(flat(scr), header(guide.Account))
	})
	if !strings.Contains(s.output(), caught) {
		// Either the hook is missing, or the panic has not happened yet:
		// ctrl+c tells them apart. A binary without the hook runs the
		// wizard normally and exits 130.
		s.send("\x03")
	}
	code := s.wait()
	panicked := strings.Contains(s.output(), caught)
	if code == 130 && !panicked {
		t.Skipf("the binary ignores %s=1 (it ran the wizard and exited 130 on ctrl+c): "+
			"the hook that makes the first command panic is not there yet", panicHook)
	}
	if !panicked {
		t.Fatalf("exit code %d and no %q: want Bubble Tea's recovery; output:\n%s", code, caught, s.output())
	}
	if code != 2 {
		t.Errorf("exit code %d after a panic, want 2", code)
	}
	s.expectRestored()
}
