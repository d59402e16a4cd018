package cli

import (
	"strings"
	"testing"
	"time"

	"gmailsetup/internal/fake/fakegmail"
)

// shortConfirm makes send's look in Sent Mail give up quickly, for the
// cases where the message is not there.
func shortConfirm(t *testing.T) {
	old := newSender
	t.Cleanup(func() { newSender = old })
	newSender = func(env *Env, written func(int64)) rawSender {
		c := env.client()
		c.BodyProgress = written
		c.ConfirmTimeout, c.ConfirmPoll = 300*time.Millisecond, 20*time.Millisecond
		return c
	}
}

// Gmail took the whole invoice and the answer was lost (it hung up): send
// must not say "not sent … try again", which sends the customer a second
// copy. It looks in Sent Mail by the Message-ID and says what it found.
func TestSendLostReplyMaySendTwice(t *testing.T) {
	tests := []struct {
		name   string
		opts   fakegmail.Options
		code   int
		says   []string
		silent bool
	}{
		{"found in Sent", fakegmail.Options{IMAP: true}, ExitOK, []string{"it was sent, once"}, false},
		{"not in Sent", fakegmail.Options{IMAP: true, LoseMail: true}, ExitMaybeSent,
			[]string{"may have been sent", "Check your Sent folder", "has not found it there yet"}, false},
		{"no IMAP", fakegmail.Options{}, ExitMaybeSent,
			[]string{"may have been sent", "Check your Sent folder", "rfc822msgid:"}, false},
	}
	for _, tt := range tests {
		for _, chunking := range []bool{true, false} {
			t.Run(tt.name, func(t *testing.T) {
				shortConfirm(t)
				tt.opts.AfterData, tt.opts.NoChunking = fakegmail.ReplyHangUp, !chunking
				h, _ := sendHarness(t, tt.opts)
				h.env.Stdin = strings.NewReader("In allegato la fattura.\n")
				h.expect(h.run(NewSendCmd(h.env), "--to", "cliente@example.com", "--subject", "Fattura 12", "--body", "-"), tt.code)
				errText := h.err.String()
				contains(t, "stderr", errText, tt.says...)
				for _, never := range []string{"was not sent", "Try again", "Gmail refused"} {
					if strings.Contains(errText, never) {
						t.Errorf("stderr says %q:\n%s", never, errText)
					}
				}
			})
		}
	}
}

// test --send after a lost reply: gentle, the test did not pass (exit 1).
func TestTestSendLostReply(t *testing.T) {
	h := newHarness(t, fakegmail.Options{AfterData: fakegmail.ReplyHangUp}, false)
	h.save(testEmail, testSecret)
	h.expect(h.run(NewTestCmd(h.env), "--send"), ExitFailed)
	contains(t, "stderr", h.err.String(), "may have arrived anyway", "Trying again is harmless")
	if strings.Contains(h.err.String(), "not sent") {
		t.Errorf("stderr says not sent:\n%s", h.err.String())
	}
}
