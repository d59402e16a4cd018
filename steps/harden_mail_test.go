package steps

import (
	"strings"
	"testing"

	"gmailsetup/internal/i18n"
	"gmailsetup/mailer"
)

// The test mail went out whole and Gmail's answer was lost: the screen
// does not say "not sent"; gently, it may have arrived, and trying again
// is harmless. When the mailbox was searched, it says so.
func TestTestSendLostReplyIsGentle(t *testing.T) {
	for _, lang := range i18n.Langs {
		for _, searched := range []bool{false, true} {
			sender := &fakeSenderB{err: &mailer.Error{Kind: mailer.KindMaybeSent, Port: 465, Searched: searched}}
			s := newTestSendSharedB(lang, sender)
			st := finishSendB(t, NewTestSend(s))
			v := textB(st)
			for _, k := range []i18n.Key{"maybesent.test.headline", "maybesent.test.what", "maybesent.test.todo"} {
				if !strings.Contains(v, flatB(s.T(k))) {
					t.Errorf("%s: %s missing from:\n%s", lang, k, v)
				}
			}
			if strings.Contains(v, flatB(s.T("test.failed"))) {
				t.Errorf("%s: says not sent:\n%s", lang, v)
			}
			if got := strings.Contains(v, flatB(s.T("maybesent.test.notFound"))); got != searched {
				t.Errorf("%s: searched %v, the screen says so: %v", lang, searched, got)
			}
		}
	}
}

func flatB(s string) string { return strings.Join(strings.Fields(s), " ") }
