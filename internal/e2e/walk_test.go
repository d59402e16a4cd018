//go:build linux

package e2e

import (
	"fmt"
	"strings"
	"testing"
)

// The address typed and the app password the demo server accepts.
const (
	address      = "mario.rossi@gmail.com"
	demoPassword = "demo apps pass word"
)

// stop is one step of the wizard as the walk meets it: what the screen
// shows once the step is ready for keys, and the keys that leave it.
type stop struct {
	step  int      // "Step N of 8"
	shows []string // text that says the step is drawn and settled
	leave func(s *session)
}

// route is a new setup with the --demo server, by the longest path: the
// person says 2-Step Verification is off, so all eight steps are met.
var route = []stop{
	{1, []string{"Your Gmail address"}, func(s *session) {
		s.send(address)
		s.waitFor("> " + address)
		s.send("\r")
	}},
	{2, []string{"Sign in to Google", "Does the page show " + address}, func(s *session) { s.send("1") }},
	{3, []string{"Is 2-Step Verification on?", "2. Off"}, func(s *session) { s.send("2") }},
	{4, []string{"Turn on 2-Step Verification"}, func(s *session) { s.send("a") }}, // "it's already on"
	{5, []string{"Create an app password", "Press enter to paste it"}, func(s *session) { s.send("\r") }},
	{6, []string{"Paste the app password"}, func(s *session) {
		s.paste(demoPassword)
		s.waitFor("16 letters ✓")
		s.send("\r")
	}},
	{7, []string{"Send a test mail", "It works"}, func(s *session) { s.send("\r") }},
	{8, []string{"Save the setup", "Press enter to save."}, nil},
}

func header(step int) string { return fmt.Sprintf("Step %d of 8", step) }

// demoArgs runs the wizard on the built-in loopback Gmail, in English.
var demoArgs = []string{"--demo", "--lang", "en"}

// walkTo goes through the route until step n is on screen and settled.
func walkTo(s *session, n int) {
	s.tb.Helper()
	for _, st := range route {
		scr := s.waitFor(append([]string{header(st.step)}, st.shows...)...)
		// The demo names its password at step 5 on purpose; once pasted
		// it stays masked.
		if st.step >= 6 && (strings.Contains(scr, demoPassword) || strings.Contains(scr, demoPasswordNoSpaces)) {
			s.tb.Fatalf("step %d shows the app password without being asked:\n%s", st.step, scr)
		}
		if st.step == n {
			return
		}
		st.leave(s)
	}
	s.tb.Fatalf("the route has no step %d", n)
}

// demoPasswordNoSpaces is how the field would hold the password.
var demoPasswordNoSpaces = strings.ReplaceAll(demoPassword, " ", "")

// finish saves the setup from step 8 and leaves on "Ready".
func finish(s *session) {
	s.tb.Helper()
	toReady(s)
	s.send("\r")
}

// toReady saves the setup from step 8 and waits for "Ready".
func toReady(s *session) {
	s.tb.Helper()
	s.send("\r")
	s.waitFor("Yes, save it in the file")
	s.send("1")
	s.waitFor(header(8), "Ready: your programs can send through Gmail.", "Username: "+address)
}

func TestDemoWalkInARealTerminal(t *testing.T) {
	s := start(t, gmailsetupBin, options{args: demoArgs})
	walkTo(s, 8)
	finish(s)
	if code := s.wait(); code != 0 {
		t.Fatalf("exit code %d after Ready, want 0; screen:\n%s", code, s.screen())
	}
	s.expectRestored()
	// The full-screen view is gone: what was saved, and where, is left on
	// the terminal; the app password is not.
	scr := s.screen()
	for _, want := range []string{"Saved and checked: " + address, "smtp.gmail.com", "465", "SSL/TLS", "Username:", "Saved in:", "config.toml", "This was the demo"} {
		if !strings.Contains(scr, want) {
			t.Errorf("after the wizard the terminal lacks %q:\n%s", want, scr)
		}
	}
	if strings.Contains(scr, demoPassword) || strings.Contains(scr, demoPasswordNoSpaces) {
		t.Errorf("the terminal shows the app password after the wizard:\n%s", scr)
	}
}

// TestQuitLeavesOneLine: q on a screen with no text field ends the
// wizard with exit 1 and one line on the terminal saying nothing was
// saved, instead of no word at all.
func TestQuitLeavesOneLine(t *testing.T) {
	s := start(t, gmailsetupBin, options{args: demoArgs})
	s.waitFor("Your Gmail address")
	s.send(address)
	s.waitFor("> " + address)
	s.send("\r")
	s.waitFor("Sign in to Google", "Does the page show "+address)
	s.send("q")
	if code := s.wait(); code != 1 {
		t.Fatalf("exit code %d after q, want 1; screen:\n%s", code, s.screen())
	}
	s.expectRestored()
	if scr := s.screen(); !strings.Contains(scr, "Nothing was saved.") || strings.Contains(scr, "Saved in") {
		t.Errorf("after q the terminal says:\n%s", scr)
	}
}
