package cli

import (
	"testing"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/internal/i18n"
)

func TestPasswordPrintsToPipe(t *testing.T) {
	h := newHarness(t, fakegmail.Options{}, false)
	h.save(testEmail, testSecret)
	out := secretOut(h)
	h.expect(h.run(NewPasswordCmd(h.env)), ExitOK)
	if out.String() != testSecret+"\n" {
		t.Errorf("stdout = %q", out)
	}
	out.Reset()
	h.expect(h.run(NewPasswordCmd(h.env), "--account", testEmail), ExitOK)
	if out.String() != testSecret+"\n" {
		t.Errorf("with --account: stdout = %q", out)
	}
}

func TestPasswordFromKeyring(t *testing.T) {
	h := newHarness(t, fakegmail.Options{}, true)
	h.save(testEmail, testSecret)
	out := secretOut(h)
	h.expect(h.run(NewPasswordCmd(h.env)), ExitOK)
	if out.String() != testSecret+"\n" {
		t.Errorf("stdout = %q", out)
	}
}

func TestPasswordRefusesTerminal(t *testing.T) {
	h := newHarness(t, fakegmail.Options{}, false)
	h.save(testEmail, testSecret)
	h.env.StdoutTTY = true
	h.expect(h.run(NewPasswordCmd(h.env)), ExitBroken)
	if h.out.String() != "" {
		t.Errorf("printed to a terminal: %q", h.out)
	}
	contains(t, "stderr", h.err.String(), "--force")

	h.env.Cat = i18n.New(i18n.IT)
	h.expect(h.run(NewPasswordCmd(h.env)), ExitBroken)
	contains(t, "stderr", h.err.String(), "password per le app")

	out := secretOut(h)
	h.expect(h.run(NewPasswordCmd(h.env), "--force"), ExitOK)
	if out.String() != testSecret+"\n" {
		t.Errorf("--force: stdout = %q", out)
	}
}

func TestPasswordNoAccount(t *testing.T) {
	h := newHarness(t, fakegmail.Options{}, false)
	h.expect(h.run(NewPasswordCmd(h.env)), ExitFailed)
	h.save(testEmail, testSecret)
	h.expect(h.run(NewPasswordCmd(h.env), "--account", "luigi@gmail.com"), ExitFailed)
	contains(t, "stderr", h.err.String(), "luigi@gmail.com")
	if code := h.run(NewPasswordCmd(h.env), testSecret); code == ExitOK {
		t.Error("a positional argument was accepted")
	}
	if h.out.String() != "" {
		t.Errorf("stdout = %q", h.out)
	}
}
