package cli

import (
	"strings"
	"testing"

	"gmailsetup/internal/fake/fakegmail"
)

// TestSetupSameMailboxUpdatesTheAccount: MARIO.ROSSI@GMAIL.COM after
// mario.rossi@gmail.com used to save a second account for the same
// mailbox. Now the saved account is updated, keeping its spelling, and
// the person is told, with the address as they typed it.
func TestSetupSameMailboxUpdatesTheAccount(t *testing.T) {
	h := newHarness(t, fakegmail.Options{Address: testEmail}, false)
	h.save(testEmail, testSecret)
	h.env.Stdin = strings.NewReader(testSecret + "\n")
	h.expect(h.run(NewSetupCmd(h.env), "--email", "MARIO.ROSSI@GMAIL.COM", "--password-stdin", "--no-send", "--insecure-storage"), ExitOK)
	cfg, err := h.store().Load()
	if err != nil {
		t.Fatal(err)
	}
	if len(cfg.Accounts) != 1 || cfg.Accounts[0].Email != testEmail || !cfg.Accounts[0].LastVerified.Equal(testNow) {
		t.Errorf("accounts %+v, want the one, updated", cfg.Accounts)
	}
	contains(t, "stderr", h.err.String(), "MARIO.ROSSI@gmail.com is the same Gmail mailbox as the saved "+testEmail)

	// Every command finds it however it is typed.
	h.env.StdoutTTY = false
	h.expect(h.run(NewPasswordCmd(h.env), "--account", "MarioRossi@googlemail.com"), ExitOK)
	if strings.TrimSpace(h.out.String()) == "" {
		t.Error("password printed nothing")
	}
	h.out.b.Reset() // the password itself is the output here
}

// TestSetupRefusesWhatItWouldRewrite: an address with a line break, a
// NUL or a second address around it used to be cleaned into another,
// valid address, and signed in with. It is refused as typed, before any
// sign-in; so is a password with a NUL in it, which used to be dropped.
func TestSetupRefusesWhatItWouldRewrite(t *testing.T) {
	for _, c := range []struct {
		email, stdin, want string
	}{
		{"luigi@gmail.com\n<" + testEmail + ">", testSecret, "An address cannot contain “�”"},
		{"Luigi\x00 <" + testEmail + ">", testSecret, "An address cannot contain “�”"},
		{"luigi@gmail.com <" + testEmail + ">", testSecret, "An address has no spaces"},
		{testEmail, "sentinel\x00qzxjwkvb\n", "a character that does not print"},
		{testEmail, "sent inel qzxj wkvb\u200b", "a character that does not print"},
	} {
		h := newHarness(t, fakegmail.Options{}, false)
		h.env.Stdin = strings.NewReader(c.stdin)
		h.expect(h.run(NewSetupCmd(h.env), "--email", c.email, "--password-stdin", "--insecure-storage"), ExitFailed)
		contains(t, "stderr", h.err.String(), c.want)
		if st := h.fake.Stats(); st.Implicit+st.StartTLS != 0 {
			t.Errorf("%q: signed in with a rewritten input", c.email)
		}
		if fileBytes(t, h.path) != nil {
			t.Errorf("%q: saved", c.email)
		}
	}
}
