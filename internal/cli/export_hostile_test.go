package cli

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"gmailsetup/internal/i18n"
)

// hostileDir is a folder name with every character a shell or msmtp
// treats specially (issue 10, item 13).
const hostileDir = `it's a "dir" $HOME \ ` + "`id` $(id) ;&|# ~ *"

// The exported passwordeval must work from a setup file and a gmailsetup
// whose paths hold quotes, blanks, $, backslashes and backquotes: Debian's
// msmtp parses the line, its shell runs the command, gmailsetup gives the
// password, and the fake receives the mail.
func TestMsmtpSendsWithHostilePaths(t *testing.T) {
	msmtp, err := exec.LookPath("msmtp")
	if err != nil {
		t.Skip("msmtp is not installed (apt-get install msmtp); CI installs it")
	}
	h, home := exportHarness(t)
	h.path = filepath.Join(t.TempDir(), hostileDir, "setup", "config.toml")
	h.save(testEmail, testSecret)
	fakeSelf(t, filepath.Join(home, hostileDir, "bin"))

	h.expect(h.run(NewExportCmd(h.env), "msmtp"), ExitOK)
	block := h.out.String()
	out, err := runMsmtp(t, msmtp, h, home, block, 465)
	if err != nil {
		t.Fatalf("msmtp: %v\n%s\nblock:\n%s", err, out, block)
	}
	if n := len(h.fake.Messages()); n != 1 {
		t.Fatalf("the fake received %d mails; msmtp said:\n%s\nblock:\n%s", n, out, block)
	}
}

// A path msmtp cannot hold on one line is refused, never written broken.
func TestExportMsmtpRefusesUnquotablePaths(t *testing.T) {
	for name, dir := range map[string]string{
		"line break": "two\nlines",
		"too long":   strings.Repeat("d", 200) + "/" + strings.Repeat("e", 200),
	} {
		t.Run(name, func(t *testing.T) {
			h, home := exportHarness(t)
			h.path = filepath.Join(t.TempDir(), dir, "config.toml")
			h.save(testEmail, testSecret)
			h.expect(h.run(NewExportCmd(h.env), "msmtp"), ExitBroken)
			h.expect(h.run(NewExportCmd(h.env), "msmtp", "--write"), ExitBroken)
			if h.out.String() != "" {
				t.Errorf("stdout: %q", h.out)
			}
			if _, err := os.Stat(filepath.Join(home, ".msmtprc")); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("~/.msmtprc was written: %v", err)
			}
			contains(t, "stderr", h.err.String(), "cannot hold", "--config")
		})
	}
}

// handEdit replaces the saved address in the setup file by raw TOML text,
// as a person (or an attacker) editing the file could.
func handEdit(t *testing.T, h *harness, tomlString string) {
	t.Helper()
	old := fileBytes(t, h.path)
	edited := strings.ReplaceAll(string(old), `"`+testEmail+`"`, tomlString)
	if edited == string(old) {
		t.Fatalf("the setup file does not name %s:\n%s", testEmail, old)
	}
	if err := os.WriteFile(h.path, []byte(edited), 0o600); err != nil {
		t.Fatal(err)
	}
}

// A line break in the setup file's address must not reach any export: it
// would add lines of the attacker's choosing to ~/.msmtprc or ~/.gitconfig
// (issue 10, item 11). Whether the loader or export refuses it, nothing is
// printed or written and the person is told which file to fix.
func TestExportRefusesLineBreakInSavedAddress(t *testing.T) {
	for _, format := range []string{"msmtp", "git", "env", "netrc"} {
		t.Run(format, func(t *testing.T) {
			h, home := exportHarness(t)
			handEdit(t, h, `"mario.rossi@gmail.com\r\nhost evil.example.com"`)
			out := secretOut(h)
			h.expect(h.run(NewExportCmd(h.env), format), ExitBroken)
			file := filepath.Join(home, "out.txt")
			h.expect(h.run(NewExportCmd(h.env), format, "--file", file), ExitBroken)
			if out.String() != "" {
				t.Errorf("stdout: %q", out)
			}
			if _, err := os.Stat(file); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("%s was written", file)
			}
			contains(t, "stderr", h.err.String(), h.path)
			if strings.Contains(h.err.String(), "\r") || strings.Contains(h.err.String(), "evil.example.com\n") {
				t.Errorf("stderr carries the raw line break: %q", h.err)
			}
		})
	}
}

// Each format refuses a line break in any value on its own, whatever
// checked the account before (defence in depth).
func TestFormatsRefuseLineBreaks(t *testing.T) {
	good := snippetInput{Cat: i18n.New(i18n.EN), Email: testEmail, Host: "smtp.gmail.com", Port: 465,
		Secret: testSecret, PassCmd: "gmailsetup password", Helper: "gmailsetup credential"}
	for _, f := range exportFormats {
		if _, err := f.render(good, exportPlan{}); err != nil {
			t.Fatalf("%s refuses a good account: %v", f.name, err)
		}
		for _, bad := range []func(*snippetInput){
			func(in *snippetInput) { in.Email = "a@b.com\nhost evil" },
			func(in *snippetInput) { in.Email = "a@b.com\rX" },
			func(in *snippetInput) { in.Host = "smtp.gmail.com\npasswordeval evil" },
		} {
			in := good
			bad(&in)
			text, err := f.render(in, exportPlan{})
			var uq *unquotableError
			if !errors.As(err, &uq) || text != "" {
				t.Errorf("%s rendered %+v as %q (%v)", f.name, in, text, err)
			}
		}
	}
}

// An address Google Workspace allows may hold ' and #: each file quotes it
// so that its tool reads back exactly that address.
func TestExportQuotesOddAddress(t *testing.T) {
	const odd = "o'brien#1$x@example.com"
	h, home := exportHarness(t)
	h.save(odd, testSecret)
	h.expect(h.run(NewExportCmd(h.env), "env", "--account", odd), ExitOK)
	if got := envVars(t, h.out.String()); got["SMTP_USERNAME"] != odd {
		t.Errorf("sh read SMTP_USERNAME=%q from:\n%s", got["SMTP_USERNAME"], h.out)
	}

	h.out.b.Reset()
	h.expect(h.run(NewExportCmd(h.env), "git", "--account", odd), ExitOK)
	file := filepath.Join(home, "snippet.gitconfig")
	os.WriteFile(file, []byte(h.out.String()), 0o644)
	if out, err := exec.Command("git", "config", "--file", file, "--get", "sendemail.smtpuser").Output(); err != nil || string(out) != odd+"\n" {
		t.Errorf("git read smtpUser %q (%v) from:\n%s", out, err, h.out)
	}

	if msmtp, err := exec.LookPath("msmtp"); err == nil {
		h.out.b.Reset()
		h.expect(h.run(NewExportCmd(h.env), "msmtp", "--account", odd), ExitOK)
		rc := filepath.Join(home, "rc")
		os.WriteFile(rc, []byte(h.out.String()), 0o600)
		out, err := exec.Command(msmtp, "--file="+rc, "--account="+odd, "--pretend").CombinedOutput()
		if err != nil {
			t.Fatalf("msmtp: %v\n%s", err, out)
		}
		contains(t, "msmtp --pretend", string(out), "user = "+odd+"\n", "from = "+odd+"\n",
			"--account="+mustShellArg(odd)+"\n")
	}

	// netrc has no quoting all its readers share: refused, with the reason.
	h.expect(h.run(NewExportCmd(h.env), "netrc", "--account", odd, "--file", filepath.Join(home, "netrc")), ExitBroken)
	contains(t, "stderr", h.err.String(), "netrc file cannot hold this address")
}
