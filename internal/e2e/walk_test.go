//go:build linux

package e2e

import (
	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
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
	shows []string // text that says the step is drawn and settled
	leave func(s *session)
}

// route is a new setup with the --demo server, by the longest path: the
// person says 2-Step Verification is off, so every step is met. A step
// missing here is a choice: its first option.
var route = map[guide.ID]stop{
	guide.Account: {[]string{"Your Gmail address"}, func(s *session) {
		s.send(address)
		s.waitFor("> " + address)
		s.send("\r")
	}},
	guide.SignIn:      {[]string{"Sign in to Google", "Does the page show " + address}, func(s *session) { s.send("1") }},
	guide.TwoSVStatus: {[]string{"Is 2-Step Verification on?", "2. Off"}, func(s *session) { s.send("2") }},
	guide.TwoSVEnable: {[]string{"Turn on 2-Step Verification"}, func(s *session) { s.send("a") }}, // "it's already on"
	guide.AppPassword: {[]string{"Create an app password", "Press enter to paste it"}, func(s *session) { s.send("\r") }},
	guide.Paste: {[]string{"Paste the app password"}, func(s *session) {
		s.paste(demoPassword)
		s.waitFor("16 letters ✓")
		s.send("\r")
	}},
	guide.TestSend: {[]string{"Send a test mail", "It works"}, func(s *session) { s.send("\r") }},
	guide.Save:     {[]string{"Save the setup", "Press enter to save."}, nil},
}

var en = i18n.New(i18n.EN)

// header is the "Step N of M" heading of step id.
func header(id guide.ID) string { return id.Counter().Text(en) }

// stepOn is the step whose heading, counter and title, the screen shows.
func stepOn(scr string) (guide.ID, bool) {
	f := flat(scr)
	for id := guide.Account; id <= guide.Last; id++ {
		if id.Numbered() && strings.Contains(f, header(id)+" ") && strings.Contains(f, en.T(id.Title())) {
			return id, true
		}
	}
	return 0, false
}

// demoArgs runs the wizard on the built-in loopback Gmail, in English.
var demoArgs = []string{"--demo", "--lang", "en"}

// walkTo goes through the route until step id is on screen and settled.
// Each step is left once it shows what route says; then the walk waits for
// another step's heading.
func walkTo(s *session, id guide.ID) {
	s.tb.Helper()
	settled := func(scr string, at guide.ID) bool {
		f := flat(scr)
		for _, w := range route[at].shows {
			if !strings.Contains(f, flat(w)) {
				return false
			}
		}
		return true
	}
	for {
		scr, ok := s.poll(func(scr string) bool { at, ok := stepOn(scr); return ok && settled(scr, at) })
		at, _ := stepOn(scr)
		if !ok {
			s.tb.Fatalf("walking to %v: no step settled within %s:\n%s", id, waitLimit, scr)
		}
		// The demo names its password on the app-password step on
		// purpose; once pasted it stays masked.
		if at > guide.AppPassword && (strings.Contains(scr, demoPassword) || strings.Contains(scr, demoPasswordNoSpaces)) {
			s.tb.Fatalf("%v shows the app password without being asked:\n%s", at, scr)
		}
		if at == id {
			return
		}
		if st, ok := route[at]; ok && st.leave != nil {
			st.leave(s)
		} else {
			s.send("1")
		}
		if scr, ok := s.poll(func(scr string) bool { now, ok := stepOn(scr); return ok && now != at }); !ok {
			s.tb.Fatalf("walking to %v: still on %v:\n%s", id, at, scr)
		}
	}
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
	s.waitFor(header(guide.Save), "Ready: your programs can send through Gmail.", "Username: "+address)
}

func TestDemoWalkInARealTerminal(t *testing.T) {
	s := start(t, gmailsetupBin, options{args: demoArgs})
	walkTo(s, guide.Save)
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
