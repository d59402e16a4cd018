package wizard

import (
	"strings"
	"testing"

	"gmailsetup/internal/i18n"
)

// A Google sign-in the person leaves before it is saved (q at the test or
// at the save) is revoked at Google once the program ends, as main does;
// a saved one is kept; after ctrl+c nothing is asked of Google at all.
func TestAbandonedSignInIsRevoked(t *testing.T) {
	for _, c := range []struct {
		name string
		// leave is the keys from "It works" on.
		leave       []string
		interrupted bool
		revoked     bool
	}{
		{"quit at the test", []string{"q"}, false, true},
		{"quit at the save", []string{"enter", "q"}, false, true},
		{"decline the file at the save", []string{"enter", "enter", "2", "enter"}, false, true},
		{"saved", []string{"enter", "enter", "1", "enter"}, false, false},
		{"ctrl+c at the save", []string{"enter", "ctrl+c"}, true, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := newOAuthRig(t, i18n.EN)
			r.browser = approvingBrowser{r.env}
			m := r.wizard(i18n.EN, ModeNew)
			l := newLive(t, m, 100, 30)
			toSignIn(t, l)
			l.until("It works")
			for _, k := range c.leave {
				if strings.Contains(l.screen(), "app password") {
					t.Fatalf("a Google sign-in's screen speaks of an app password:\n%s", l.screen())
				}
				l.key(k)
				l.settle()
			}
			if !m.quitting || m.Interrupted() != c.interrupted {
				t.Fatalf("after %v: quitting=%v interrupted=%v:\n%s", c.leave, m.quitting, m.Interrupted(), l.screen())
			}
			if got := r.env.FakeGoogle().LiveGrants(walkAddress); got != 1 {
				t.Fatalf("before the end, Google lists %d grants, want 1", got)
			}
			if m.Unsaved() != c.revoked {
				t.Fatalf("Unsaved() = %v, want %v", m.Unsaved(), c.revoked)
			}
			if err := m.ForgetUnsaved(t.Context()); err != nil {
				t.Fatal(err)
			}
			_, err := r.env.Google.Refresh(t.Context(), m.Answers().Client(), m.Answers().Grant().Refresh)
			if c.revoked {
				if err == nil || !strings.Contains(err.Error(), "invalid_grant") {
					t.Fatalf("the abandoned refresh token still refreshes (err %v)", err)
				}
				if got := r.env.FakeGoogle().LiveGrants(walkAddress); got != 0 {
					t.Fatalf("Google still lists %d grants", got)
				}
				return
			}
			if err != nil {
				t.Fatalf("a refresh token not abandoned was revoked: %v", err)
			}
		})
	}
}
