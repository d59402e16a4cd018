package cli

import (
	"strings"
	"testing"

	"github.com/zalando/go-keyring"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/internal/i18n"
	"gmailsetup/internal/storage"
)

func TestTestSignsIn(t *testing.T) {
	h := newHarness(t, fakegmail.Options{Address: testEmail}, true)
	h.save(testEmail, testSecret)
	h.expect(h.run(NewTestCmd(h.env)), ExitOK)
	contains(t, "stdout", h.out.String(), "OK: signed in to smtp.gmail.com:465 as "+testEmail+" (")
	contains(t, "stderr", h.err.String(), "Signing in with the app password…")
	if n := len(h.fake.Messages()); n != 0 {
		t.Errorf("test without --send sent %d mails", n)
	}
	cfg, err := h.store().Load()
	if err != nil {
		t.Fatal(err)
	}
	if got := cfg.Accounts[0].LastVerified; !got.Equal(testNow) {
		t.Errorf("LastVerified = %v, want %v", got, testNow)
	}
	if !strings.Contains(h.debug.String(), "AUTH") {
		t.Errorf("the --debug transcript has no AUTH line:\n%s", h.debug)
	}
}

func TestTestRevokedPassword(t *testing.T) {
	for _, lang := range i18n.Langs {
		t.Run(string(lang), func(t *testing.T) {
			// Gmail now knows another password: the saved one was revoked.
			h := newHarness(t, fakegmail.Options{Address: testEmail, Password: "anotherpassword"}, false)
			h.env.Cat = i18n.New(lang)
			h.save(testEmail, testSecret)
			before := fileBytes(t, h.path)
			h.expect(h.run(NewTestCmd(h.env)), ExitFailed)
			cat := h.env.Cat
			contains(t, "stderr", h.err.String(),
				cat.T("diag.bad-credentials.what"), cat.T("diag.bad-credentials.todo"),
				"535 5.7.8", "gmailsetup rotate --account "+testEmail)
			if h.out.String() != "" {
				t.Errorf("a failed test printed on stdout: %q", h.out)
			}
			if string(fileBytes(t, h.path)) != string(before) {
				t.Error("a failed test changed the setup file")
			}
		})
	}
}

func TestTestSend(t *testing.T) {
	h := newHarness(t, fakegmail.Options{Address: testEmail, IMAP: true}, false)
	h.save(testEmail, testSecret)
	h.expect(h.run(NewTestCmd(h.env), "--send"), ExitOK)
	msgs := h.fake.Messages()
	if len(msgs) != 1 {
		t.Fatalf("fakegmail got %d mails, want 1", len(msgs))
	}
	m := msgs[0]
	if m.From != testEmail || len(m.To) != 1 || m.To[0] != testEmail {
		t.Errorf("mail from %q to %q, want to and from %s", m.From, m.To, testEmail)
	}
	contains(t, "mail", string(m.Data), "Subject: gmailsetup test, code ")
	contains(t, "stdout", h.out.String(), "OK: signed in", "Gmail accepted the test mail to "+testEmail+", subject “gmailsetup test, code ")
}

func TestTestNotConfigured(t *testing.T) {
	h := newHarness(t, fakegmail.Options{}, false)
	h.expect(h.run(NewTestCmd(h.env)), ExitFailed)
	if st := h.fake.Stats(); st.Implicit+st.StartTLS != 0 {
		t.Error("test connected to Gmail with nothing saved")
	}
}

func TestTestKeyringEntryMissing(t *testing.T) {
	h := newHarness(t, fakegmail.Options{}, true)
	h.save(testEmail, testSecret)
	if err := keyring.Delete(storage.KeyringService, testEmail); err != nil {
		t.Fatal(err)
	}
	h.expect(h.run(NewTestCmd(h.env)), ExitBroken)
	contains(t, "stderr", h.err.String(), "gmailsetup rotate --account "+testEmail)
	if st := h.fake.Stats(); st.Implicit+st.StartTLS != 0 {
		t.Error("test connected without a password")
	}
}
