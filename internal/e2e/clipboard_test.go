//go:build linux

package e2e

import (
	"encoding/base64"
	"gmailsetup/internal/guide"
	"strings"
	"testing"
)

// On the Ready screen, c puts the app password in the clipboard through
// the terminal (OSC 52) without drawing it, and finishing empties the
// clipboard again (OSC 52 with no content), after the copy. This terminal
// has no display, so no system clipboard: the screen does not claim the
// copy, and says how to get the password (wizard/ready_x_test.go has one).
func TestReadyCopiesThePasswordAndClearsItAtTheEnd(t *testing.T) {
	s := start(t, gmailsetupBin, options{args: demoArgs})
	walkTo(s, guide.Save)
	toReady(s)
	s.send("c")
	scr := s.waitFor("Could not put the app password on this computer's clipboard")
	if strings.Contains(scr, demoPasswordNoSpaces) || strings.Contains(scr, demoPassword) {
		t.Fatalf("the app password is on screen after copying it:\n%s", scr)
	}
	s.send("\r")
	if code := s.wait(); code != 0 {
		t.Fatalf("exit %d after Ready", code)
	}
	out := s.output()
	set := "\x1b]52;c;" + base64.StdEncoding.EncodeToString([]byte(demoPasswordNoSpaces)) + "\a"
	clear := "\x1b]52;c;\a"
	i := strings.Index(out, set)
	if i < 0 {
		t.Fatalf("c did not send the app password to the clipboard (OSC 52)")
	}
	if j := strings.LastIndex(out, clear); j < i {
		t.Fatalf("the clipboard was not emptied after the copy (OSC 52 with no content at %d, copy at %d)", j, i)
	}
	s.expectRestored()
}
