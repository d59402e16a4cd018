//go:build linux

package e2e

import (
	"gmailsetup/internal/guide"
	"os"
	"testing"
)

// TestSIGINTExits130 interrupts the wizard with a signal rather than the
// ctrl+c key: what `kill -INT` does, and what a Windows console's
// ctrl+break or an attached console's ctrl+c event becomes in Go. Bubble
// Tea ends with ErrInterrupted then, and that is still an interrupt: 130,
// the terminal restored, not a usage error.
func TestSIGINTExits130(t *testing.T) {
	s := start(t, gmailsetupBin, options{args: demoArgs})
	walkTo(s, guide.Account)
	if err := s.cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	if code := s.wait(); code != 130 {
		t.Errorf("exit code %d after SIGINT, want 130; output:\n%s", code, s.output())
	}
	s.expectRestored()
}
