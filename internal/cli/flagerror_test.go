package cli

import (
	"testing"

	"gmailsetup/internal/fake/fakegmail"
)

// TestAddressFlagsNeverEchoAPassword: --account and --to quote what was
// given only when it has an @, which an app password never has. The
// harness fails the test if the sentinel password shows up anywhere.
func TestAddressFlagsNeverEchoAPassword(t *testing.T) {
	h, _ := sendHarness(t, fakegmail.Options{})
	h.expect(h.run(NewPasswordCmd(h.env), "--account", testSecret), ExitFailed)
	contains(t, "stderr", h.err.String(), "--account takes an email address", testEmail)
	h.expect(h.run(NewSendCmd(h.env), "--to", testSecret), ExitBroken)
	h.expect(h.run(NewSendCmd(h.env), "--to", "a@example.com", "--bcc", spacedSecret), ExitBroken)
	contains(t, "stderr", h.err.String(), "--to: a value is not an email address", "--bcc: a value is not an email address")
	h.expect(h.run(NewPasswordCmd(h.env), "--account", "luigi@gmail.com"), ExitFailed)
	contains(t, "stderr", h.err.String(), "There is no account luigi@gmail.com")
}

// TestFlagErrorsNameTheFlagNotTheValue goes through each kind of error
// pflag reports, on setup.
func TestFlagErrorsNameTheFlagNotTheValue(t *testing.T) {
	h := newHarness(t, fakegmail.Options{}, false)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--password-stdin=" + testSecret}, "--password-stdin is a switch"},
		{[]string{"--no-send=" + testSecret}, "--no-send is a switch"},
		{[]string{"--email"}, "--email needs a value"},
		{[]string{"--" + testSecret}, "has no such flag"},
		{[]string{"--" + testSecret + "=1"}, "has no such flag"},
		{[]string{"-x" + testSecret}, "has no such flag"},
		{[]string{"---" + testSecret}, "A flag is written wrongly"},
		{[]string{"--emial=" + testSecret}, "There is no --emial flag: did you mean --email?"},
		{[]string{"--meial=" + testSecret}, "There is no --meial flag: did you mean --email?"}, // two swaps
		{[]string{"--password", testSecret}, "--password-stdin"},
		{[]string{"-p" + testSecret}, "--password-stdin"},
	} {
		cmd := NewSetupCmd(h.env)
		cmd.SetFlagErrorFunc(FlagError(h.env))
		cmd.SetArgs(c.args)
		cmd.SilenceErrors, cmd.SilenceUsage = true, true
		err := cmd.Execute()
		if err == nil {
			t.Errorf("%q: no error", c.args)
			continue
		}
		contains(t, "error", err.Error(), c.want)
		h.err.Write([]byte(err.Error())) // checkNoSecret looks at it too
	}
}
