package cli

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/zalando/go-keyring"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/internal/i18n"
	"gmailsetup/internal/storage"
)

// runSetup runs `setup` with the app password on stdin.
func (h *harness) runSetup(stdin string, args ...string) int {
	h.env.Stdin = strings.NewReader(stdin)
	return h.run(NewSetupCmd(h.env), append([]string{"--email", testEmail, "--password-stdin"}, args...)...)
}

// checkPrivate fails unless the setup file is 0600.
func checkPrivate(t *testing.T, path string) {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("%s has mode %v, want 0600", path, fi.Mode().Perm())
	}
}

func TestSetupSavesInKeyring(t *testing.T) {
	h := newHarness(t, fakegmail.Options{Address: testEmail}, true)
	h.expect(h.runSetup(spacedSecret+"\n", "--name", "Mario Rossi"), ExitOK)

	got, err := keyring.Get(storage.KeyringService, testEmail)
	if err != nil || got != testSecret {
		t.Errorf("keyring holds %q (err %v), want the app password without spaces", got, err)
	}
	checkPrivate(t, h.path)
	if strings.Contains(string(fileBytes(t, h.path)), testSecret) {
		t.Error("the app password is in the file though the keyring took it")
	}
	cfg, err := h.store().Load()
	if err != nil {
		t.Fatal(err)
	}
	a := cfg.Accounts[0]
	if a.Email != testEmail || a.Name != "Mario Rossi" || a.Host != "smtp.gmail.com" || a.Port != 465 ||
		a.SecretStore != storage.SecretInKeyring || !a.LastVerified.Equal(testNow) || a.AppPasswordLabel != "gmailsetup" {
		t.Errorf("saved %+v", a)
	}
	if n := len(h.fake.Messages()); n != 1 {
		t.Errorf("fakegmail got %d test mails, want 1", n)
	}
	contains(t, "stdout", h.out.String(), "OK: signed in", "Saved "+testEmail, "OS keyring", h.path)
	contains(t, "stderr", h.err.String(), "Signing in with the app password…", "Saving…")
}

func TestSetupNoSendSendsNothing(t *testing.T) {
	h := newHarness(t, fakegmail.Options{Address: testEmail}, true)
	h.expect(h.runSetup(testSecret, "--no-send"), ExitOK)
	if n := len(h.fake.Messages()); n != 0 {
		t.Errorf("--no-send sent %d mails", n)
	}
}

func TestSetupWrongPasswordKeepsOldSetup(t *testing.T) {
	h := newHarness(t, fakegmail.Options{Address: testEmail}, true)
	h.save(testEmail, testSecret)
	before := fileBytes(t, h.path)
	h.expect(h.runSetup("wrongpasswordxyz"), ExitFailed)
	contains(t, "stderr", h.err.String(), h.env.Cat.T("diag.bad-credentials.what"), "535 5.7.8", "Nothing was saved")
	if string(fileBytes(t, h.path)) != string(before) {
		t.Error("a failed setup changed the file")
	}
	if got, err := keyring.Get(storage.KeyringService, testEmail); got != testSecret {
		t.Errorf("keyring holds %q (err %v), want the old password", got, err)
	}
}

func TestSetupNoKeyring(t *testing.T) {
	for _, lang := range i18n.Langs {
		t.Run(string(lang), func(t *testing.T) {
			h := newHarness(t, fakegmail.Options{Address: testEmail}, false)
			h.env.Cat = i18n.New(lang)
			h.expect(h.runSetup(testSecret, "--no-send"), ExitFailed)
			contains(t, "stderr", h.err.String(), "--insecure-storage", h.path, "0600")
			if _, err := os.Stat(h.path); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("setup without a keyring wrote %s (err %v)", h.path, err)
			}
		})
	}
}

func TestSetupInsecureStorage(t *testing.T) {
	h := newHarness(t, fakegmail.Options{Address: testEmail}, false)
	h.expect(h.runSetup(testSecret, "--no-send", "--insecure-storage"), ExitOK)
	checkPrivate(t, h.path)
	cfg, err := h.store().Load()
	if err != nil {
		t.Fatal(err)
	}
	if a := cfg.Accounts[0]; a.SecretStore != storage.SecretInFile || a.Password != testSecret {
		t.Errorf("saved %+v, want the password in the file", a.SecretStore)
	}
	contains(t, "stdout", h.out.String(), "readable only by you")
}

func TestSetupRefusesBadInputBeforeSigningIn(t *testing.T) {
	for _, c := range []struct {
		name  string
		stdin string
		tty   bool
		args  []string
		code  int
		say   string
	}{
		{"no --password-stdin", testSecret, false, []string{"--email", testEmail}, ExitBroken, "--password-stdin"},
		{"no --email", testSecret, false, []string{"--password-stdin"}, ExitBroken, "--email"},
		{"stdin is a terminal", testSecret, true, []string{"--email", testEmail, "--password-stdin"}, ExitBroken, "not from the keyboard"},
		{"bad address", testSecret, false, []string{"--email", "mario rossi@gmail.com", "--password-stdin"}, ExitFailed, "no spaces"},
		{"empty stdin", "\n", false, []string{"--email", testEmail, "--password-stdin"}, ExitFailed, "Nothing came in"},
		{"too few letters", "abcd efgh", false, []string{"--email", testEmail, "--password-stdin"}, ExitFailed, "8 are missing"},
		{"too many letters", testSecret + "abc", false, []string{"--email", testEmail, "--password-stdin"}, ExitFailed, "19 letters"},
		{"account password", "Hunter2!Hunter2!", false, []string{"--email", testEmail, "--password-stdin"}, ExitFailed, "only letters"},
		{"huge stdin", strings.Repeat("a", 10000), false, []string{"--email", testEmail, "--password-stdin"}, ExitFailed, "far too long"},
	} {
		t.Run(c.name, func(t *testing.T) {
			h := newHarness(t, fakegmail.Options{}, false)
			h.env.Stdin, h.env.StdinTTY = strings.NewReader(c.stdin), c.tty
			h.expect(h.run(NewSetupCmd(h.env), c.args...), c.code)
			contains(t, "stderr", h.err.String(), c.say)
			if st := h.fake.Stats(); st.Implicit+st.StartTLS != 0 {
				t.Error("setup connected to Gmail with bad input")
			}
			if fileBytes(t, h.path) != nil {
				t.Error("setup wrote a file with bad input")
			}
			if strings.Contains(h.err.String(), "Hunter2") {
				t.Error("the refused password is quoted back")
			}
		})
	}
}

func TestSetupLeavesUnreadableFileAlone(t *testing.T) {
	h := newHarness(t, fakegmail.Options{}, false)
	if err := os.MkdirAll(strings.TrimSuffix(h.path, "/config.toml"), 0o700); err != nil {
		t.Fatal(err)
	}
	broken := []byte("[[account]]\nemail = = 1\n")
	if err := os.WriteFile(h.path, broken, 0o600); err != nil {
		t.Fatal(err)
	}
	h.expect(h.runSetup(testSecret, "--insecure-storage"), ExitBroken)
	contains(t, "stderr", h.err.String(), h.path+":2")
	if string(fileBytes(t, h.path)) != string(broken) {
		t.Error("setup overwrote an unreadable file")
	}
	if st := h.fake.Stats(); st.Implicit+st.StartTLS != 0 {
		t.Error("setup signed in before finding the file unusable")
	}
}

func TestPasswordFlagIsRefused(t *testing.T) {
	h := newHarness(t, fakegmail.Options{}, false)
	cmd := NewSetupCmd(h.env)
	cmd.SetFlagErrorFunc(FlagError(h.env))
	cmd.SetArgs([]string{"--email", testEmail, "--password", testSecret})
	cmd.SilenceErrors, cmd.SilenceUsage = true, true
	err := cmd.Execute()
	if err == nil || !strings.Contains(err.Error(), "--password-stdin") || strings.Contains(err.Error(), testSecret) {
		t.Errorf("err = %v, want a pointer to --password-stdin without the password", err)
	}
	cmd = NewSetupCmd(h.env)
	cmd.SetFlagErrorFunc(FlagError(h.env))
	cmd.SetArgs([]string{"-p" + testSecret})
	cmd.SilenceErrors, cmd.SilenceUsage = true, true
	if err := cmd.Execute(); err == nil || strings.Contains(err.Error(), testSecret) {
		t.Errorf("err = %v, want an error without the password", err)
	}
	cmd = NewSetupCmd(h.env)
	cmd.SetArgs([]string{testSecret})
	cmd.SilenceErrors, cmd.SilenceUsage = true, true
	if err := cmd.Execute(); err == nil || strings.Contains(err.Error(), testSecret) {
		t.Errorf("err = %v, want an error without the argument", err)
	}
}
