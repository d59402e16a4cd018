//go:build linux

package e2e

import (
	"testing"
)

// TestCtrlCAtEveryStep presses ctrl+c on each step of the route: the
// program exits 130, as a shell reports an interrupt, and leaves the
// terminal as it found it (cooked mode with echo, main screen, cursor on).
func TestCtrlCAtEveryStep(t *testing.T) {
	for id := range route {
		t.Run(id.String(), func(t *testing.T) {
			t.Parallel()
			s := start(t, gmailsetupBin, options{args: demoArgs})
			walkTo(s, id)
			s.send("\x03")
			if code := s.wait(); code != 130 {
				t.Errorf("exit code %d after ctrl+c on %v, want 130; screen:\n%s", code, id, s.screen())
			}
			s.expectRestored()
		})
	}
}
