package plain

import (
	"strings"
	"testing"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/internal/guide"
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
		code, out := h.walk(script{guide.SignIn: {pasted, pasted, "1"}, guide.TwoSVStatus: {pasted, pasted, endInput}})
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

// Gmail took the whole test mail and its answer was lost. The plain face
// does not say "not sent": gently, it may have arrived, and trying again
// is harmless. When IMAP then finds it, the test passed.
func TestTestMailLostReply(t *testing.T) {
	for _, lang := range i18n.Langs {
		cat := i18n.New(lang)
		h := newHarness(t, fakegmail.Options{AfterData: fakegmail.ReplyHangUp})
		h.lang = lang
		_, out := h.walk(script{guide.TestSend: {endInput}})
		checkClean(t, out)
		mustContain(t, out, cat.T("maybesent.test.headline"), cat.T("maybesent.test.todo"))
		if strings.Contains(out, cat.T("test.failed")) {
			t.Errorf("%s: says the test mail was not sent:\n%s", lang, out)
		}

		h = newHarness(t, fakegmail.Options{AfterData: fakegmail.ReplyHangUp, IMAP: true})
		h.lang = lang
		_, out = h.walk(script{guide.TestSend: {endInput}})
		if strings.Contains(out, cat.T("maybesent.test.headline")) || !strings.Contains(out, cat.T("test.ok", 465)) {
			t.Errorf("%s: found over IMAP, the test mail did not pass:\n%s", lang, out)
		}
	}
}
