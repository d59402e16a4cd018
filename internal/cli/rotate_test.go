package cli

import (
	"testing"

	"gmailsetup/internal/fake/fakegmail"
)

func TestRotate(t *testing.T) {
	h := newHarness(t, fakegmail.Options{}, false)
	var opened []string
	run := func(account string) error { opened = append(opened, account); return nil }

	h.expect(h.run(NewRotateCmd(h.env, run)), ExitFailed)
	contains(t, "stderr", h.err.String(), "Nothing to rotate", h.path, "`gmailsetup`")

	h.save(testEmail, testSecret)
	h.save("anna.bianchi@gmail.com", testSecret)
	h.expect(h.run(NewRotateCmd(h.env, run)), ExitOK)
	h.expect(h.run(NewRotateCmd(h.env, run), "--account", "anna.bianchi@gmail.com"), ExitOK)
	h.expect(h.run(NewRotateCmd(h.env, run), "--account", "nobody@gmail.com"), ExitFailed)
	if len(opened) != 2 || opened[0] != testEmail || opened[1] != "anna.bianchi@gmail.com" {
		t.Errorf("the wizard opened on %q, want the default, then anna", opened)
	}
}
