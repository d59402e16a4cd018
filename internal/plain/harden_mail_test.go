package plain

import (
	"strings"
	"testing"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/internal/i18n"
)

// An answer typed at a menu is never read back when it could be a secret:
// a person who pastes the app password at "copied the 16 letters?" (or at
// any other menu) must not hear a screen reader speak it. A short slip
// ("9", "yes") is still quoted, to show what went wrong.
func TestMenuDoesNotEchoASecret(t *testing.T) {
	for _, pasted := range []string{spaced, "Fattura2024!", "hunter2hunter2"} {
		h := newHarness(t, fakegmail.Options{})
		h.opener.fail = true
		code, out := h.run("mario.rossi@gmail.com", pasted, pasted, "1", pasted, pasted)
		if code == ExitOK {
			t.Fatalf("exit %d", code)
		}
		checkClean(t, out)
		first := pasted[:4]
		if strings.Contains(out, first) {
			t.Errorf("the pasted %q is read back:\n%s", pasted, out)
		}
		mustContain(t, out, i18n.New(i18n.EN).T("harden.acc.badChoiceHidden", 3))
	}
}
