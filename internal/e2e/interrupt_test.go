//go:build linux

package e2e

import (
	"fmt"
	"testing"
)

// TestCtrlCAtEveryStep presses ctrl+c on each of the eight steps: the
// program exits 130, as a shell reports an interrupt, and leaves the
// terminal as it found it (cooked mode with echo, main screen, cursor on).
func TestCtrlCAtEveryStep(t *testing.T) {
	for _, st := range route {
		t.Run(fmt.Sprintf("step-%d", st.step), func(t *testing.T) {
			t.Parallel()
			s := start(t, gmailsetupBin, options{args: demoArgs})
			walkTo(s, st.step)
			s.send("\x03")
			if code := s.wait(); code != 130 {
				t.Errorf("exit code %d after ctrl+c on step %d, want 130; screen:\n%s", code, st.step, s.screen())
			}
			s.expectRestored()
		})
	}
}
