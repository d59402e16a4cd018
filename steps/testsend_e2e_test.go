package steps

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
	"gmailsetup/mailer"
)

// realSendB pastes pasted into the paste step, then runs the test send with
// the real mailer against fakegmail on loopback, and returns the test step.
func realSendB(t *testing.T, lang i18n.Lang, opts fakegmail.Options, pasted string) (Step, *Shared, *fakegmail.Server) {
	t.Helper()
	opts.Address = "mario.rossi@gmail.com"
	opts.Password = sentinelB
	fake, err := fakegmail.Start(opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { fake.Close() })
	s, _ := newTestSharedB(lang)
	s.Deps.Sender = &mailer.Client{
		Server:         mailer.Server(fake.Endpoints()),
		ConnectTimeout: 2 * time.Second,
		ReplyTimeout:   2 * time.Second,
		DataTimeout:    2 * time.Second,
		FallbackDelay:  50 * time.Millisecond,
	}

	paste, _ := enterStepB(t, NewPaste(s))
	paste, _ = paste.Update(tea.PasteMsg{Content: pasted})
	if paste.Update(enterB); navOfB(s) != guide.Done {
		t.Fatalf("the paste step refused %q:\n%s", pasted, view(paste))
	}
	return finishSendB(t, NewTestSend(s)), s, fake
}

func TestTestSendThroughFakeGmail(t *testing.T) {
	for _, lang := range i18n.Langs {
		st, s, fake := realSendB(t, lang, fakegmail.Options{}, "ZQXJ KVBW PFMG YHTU\n")
		if !s.Answers.Tested() {
			t.Fatalf("%s: the send failed:\n%s", lang, view(st))
		}
		msgs := fake.Messages()
		if len(msgs) != 1 {
			t.Fatalf("%s: the fake got %d mails", lang, len(msgs))
		}
		data := string(msgs[0].Data)
		id := s.Answers.TestResult().MessageID
		if id == "" || !strings.Contains(data, id) || !strings.Contains(data, "gmailsetup") {
			t.Errorf("%s: unexpected mail (message id %q):\n%s", lang, id, data)
		}
		if strings.Contains(data, sentinelB) {
			t.Errorf("%s: the password is in the mail", lang)
		}
		v := textB(st)
		if !strings.Contains(v, s.T("test.ok", s.Answers.TestResult().Port)) {
			t.Errorf("%s: no success line:\n%s", lang, v)
		}
		noSecretB(t, "e2e success", view(st))
	}
}

func TestTestSendFakeGmailRefusals(t *testing.T) {
	cases := []struct {
		name   string
		opts   fakegmail.Options
		pasted string
		kind   mailer.Kind
		reply  string
	}{
		{"wrong app password", fakegmail.Options{}, "aaaa bbbb cccc dddd", mailer.KindBadCredentials, "535 5.7.8"},
		{"too many attempts", fakegmail.Options{TooManyAttempts: true}, sentinelB, mailer.KindTooManyAttempts, "454 4.7.0"},
		{"hostile reply", fakegmail.Options{HostileText: fakegmail.Hostile, TooManyAttempts: true}, sentinelB, mailer.KindTooManyAttempts, "454 4.7.0"},
	}
	for _, c := range cases {
		for _, lang := range i18n.Langs {
			st, s, _ := realSendB(t, lang, c.opts, c.pasted)
			if s.Answers.Tested() {
				t.Fatalf("%s %s: passed", c.name, lang)
			}
			v := textB(st)
			what, todo := guide.TestMailFailure(c.kind)
			for _, want := range []string{s.T(what), s.T(todo), c.reply} {
				if !strings.Contains(v, want) {
					t.Errorf("%s %s: want %q in:\n%s", c.name, lang, want, v)
				}
			}
			raw := st.View()
			for _, bad := range []string{"evil.example", "\x1b[31m", "\u009b", "\u202e", "\r", "\x00"} {
				if strings.Contains(raw, bad) {
					t.Errorf("%s %s: %q from the reply reached the screen", c.name, lang, bad)
				}
			}
			noSecretB(t, c.name, view(st))
			checkLayoutB(t, c.name+" "+string(lang), s, raw)
		}
	}
}
