package cli

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/internal/storage"
)

// exportHarness is a harness with one saved account and HOME in a temp
// folder, so --write's usual files are the test's own.
func exportHarness(t *testing.T) (*harness, string) {
	t.Helper()
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(home, ".config"))
	h := newHarness(t, fakegmail.Options{Address: testEmail}, false)
	h.save(testEmail, testSecret)
	fakeSelf(t, filepath.Join(home, "bin"))
	return h, home
}

// secretOut sends stdout to a buffer of its own: the commands that print
// the secret on purpose would trip the harness's sentinel check.
func secretOut(h *harness) *bytes.Buffer {
	var b bytes.Buffer
	h.env.Stdout = &b
	return &b
}

// msmtpSettings reads an msmtp account block as msmtp does: "key value"
// lines, the value trimmed and one pair of double quotes around it dropped,
// nothing unescaped.
func msmtpSettings(t *testing.T, text string) map[string]string {
	t.Helper()
	m := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(text), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, " ")
		if !ok {
			t.Fatalf("msmtp line without a value: %q", line)
		}
		v = strings.Trim(v, " \t")
		if len(v) >= 2 && strings.HasPrefix(v, `"`) && strings.HasSuffix(v, `"`) {
			v = v[1 : len(v)-1]
		}
		if _, dup := m[k]; dup {
			t.Fatalf("msmtp key %s twice", k)
		}
		m[k] = v
	}
	return m
}

func TestExportMsmtp(t *testing.T) {
	for _, port := range []int{465, 587} {
		t.Run(strconv.Itoa(port), func(t *testing.T) {
			h, _ := exportHarness(t)
			if port == 587 {
				cfg, _ := h.store().Load()
				a := cfg.Accounts[0]
				a.Port = 587
				if _, err := h.store().Save(a, testSecret, true); err != nil {
					t.Fatal(err)
				}
			}
			h.expect(h.run(NewExportCmd(h.env), "msmtp"), ExitOK)
			got := msmtpSettings(t, h.out.String())
			starttls := map[int]string{465: "off", 587: "on"}[port]
			want := map[string]string{
				"account": testEmail, "host": "smtp.gmail.com", "port": strconv.Itoa(port),
				"tls": "on", "tls_starttls": starttls, "auth": "on", "user": testEmail, "from": testEmail,
				"passwordeval": "GMAILSETUP_CONFIG=" + mustShellArg(h.path) + " " + selfCommand() + " password --account=" + testEmail,
			}
			for k, v := range want {
				if got[k] != v {
					t.Errorf("%s = %q, want %q", k, got[k], v)
				}
			}
			if len(got) != len(want) {
				t.Errorf("block has %d settings, want %d:\n%s", len(got), len(want), h.out)
			}
		})
	}
}

func TestGmailsetupCommand(t *testing.T) {
	dir, err := os.UserConfigDir()
	if err != nil {
		t.Fatal(err)
	}
	got, ok := gmailsetupCommand("gmailsetup", filepath.Join(dir, "gmailsetup", "config.toml"), "password --account="+testEmail)
	if want := "gmailsetup password --account=" + testEmail; got != want || !ok {
		t.Errorf("got %q, want %q", got, want)
	}
	got, ok = gmailsetupCommand("'/opt/my apps/gmailsetup'", "/tmp/it's here/config.toml", "credential")
	if want := `GMAILSETUP_CONFIG='/tmp/it'\''s here/config.toml' '/opt/my apps/gmailsetup' credential`; got != want || !ok {
		t.Errorf("got %q, want %q", got, want)
	}
	if _, ok := gmailsetupCommand("gmailsetup", "/tmp/a\x00b/config.toml", "credential"); ok {
		t.Error("a path with a NUL became a command")
	}
}

// gitSettings reads a git config snippet with gitEntries: "section.key",
// or `section "sub".key`, to the last value. Tests check the same text with
// real git too.
func gitSettings(t *testing.T, text string) map[string]string {
	t.Helper()
	m := map[string]string{}
	for _, e := range gitEntries([]byte(text)) {
		k := e.section
		if e.sub != "" {
			k += fmt.Sprintf(" %q", e.sub)
		}
		m[k+"."+e.key] = e.value
	}
	return m
}

func TestExportGit(t *testing.T) {
	h, home := exportHarness(t)
	h.expect(h.run(NewExportCmd(h.env), "git"), ExitOK)
	helper := "!" + storage.EnvConfig + "=" + mustShellArg(h.path) + " " + selfCommand() + " credential"
	want := map[string]string{
		"sendemail.smtpserver": "smtp.gmail.com", "sendemail.smtpserverport": "465",
		"sendemail.smtpencryption": "ssl", "sendemail.smtpuser": testEmail,
		`credential "smtp://smtp.gmail.com:465".helper`: helper,
		`credential "smtp://smtp.gmail.com:587".helper`: helper,
	}
	got := gitSettings(t, h.out.String())
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %q, want %q", k, got[k], v)
		}
	}
	if len(got) != len(want) {
		t.Errorf("got %v", got)
	}
	contains(t, "stderr", h.err.String(), "From: "+testEmail, "Send mail as")
	// git itself must read it the same way, the reset of the helper list
	// first.
	file := filepath.Join(home, "snippet.gitconfig")
	os.WriteFile(file, []byte(h.out.String()), 0o644)
	for k, v := range want {
		k = strings.NewReplacer(`credential "`, "credential.", `".`, ".").Replace(k)
		out, err := exec.Command("git", "config", "--file", file, "--get-all", k).Output()
		if k != strings.TrimSuffix(k, ".helper") {
			v = "\n" + v // "helper =" comes first, then ours
		}
		if err != nil || strings.TrimSuffix(string(out), "\n") != v {
			t.Errorf("git config --get-all %s = %q (%v), want %q", k, out, err, v)
		}
	}
}

// envVars reads KEY=value lines as a shell would, by sourcing them.
func envVars(t *testing.T, text string) map[string]string {
	t.Helper()
	file := filepath.Join(t.TempDir(), "smtp.env")
	os.WriteFile(file, []byte(text), 0o600)
	out, err := exec.Command("sh", "-c", `set -a; . "$1"; env`, "sh", file).Output()
	if err != nil {
		t.Fatalf("sh could not read the env snippet: %v\n%s", err, text)
	}
	m := map[string]string{}
	for _, line := range strings.Split(string(out), "\n") {
		if k, v, ok := strings.Cut(line, "="); ok && strings.HasPrefix(k, "SMTP_") {
			m[k] = v
		}
	}
	return m
}

func TestExportEnv(t *testing.T) {
	h, _ := exportHarness(t)
	h.expect(h.run(NewExportCmd(h.env), "env"), ExitOK)
	want := map[string]string{
		"SMTP_HOST": "smtp.gmail.com", "SMTP_PORT": "465",
		"SMTP_USERNAME": testEmail, "SMTP_FROM": testEmail,
	}
	got := envVars(t, h.out.String())
	if len(got) != len(want) {
		t.Errorf("got %v, want %v", got, want)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %q, want %q", k, got[k], v)
		}
	}

	out := secretOut(h)
	h.expect(h.run(NewExportCmd(h.env), "env", "--include-secret"), ExitOK)
	got = envVars(t, out.String())
	if got["SMTP_PASSWORD"] != testSecret || got["SMTP_HOST"] != "smtp.gmail.com" {
		t.Errorf("with --include-secret: %v", got)
	}
}

func TestExportNetrc(t *testing.T) {
	h, _ := exportHarness(t)
	out := secretOut(h)
	h.expect(h.run(NewExportCmd(h.env), "netrc"), ExitOK)
	f := strings.Fields(out.String())
	want := []string{"machine", "smtp.gmail.com", "login", testEmail, "password", testSecret}
	if strings.Join(f, " ") != strings.Join(want, " ") {
		t.Errorf("netrc = %q, want %q", f, want)
	}
	if !netrcHas(out.Bytes(), snippetInput{Host: "smtp.gmail.com", Email: testEmail}) {
		t.Error("netrcHas does not find the line it wrote")
	}
}

// An app password saved in Google's spaced form goes out without spaces,
// or netrc and env would split it.
func TestExportUnspacesSecret(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	h := newHarness(t, fakegmail.Options{}, false)
	h.save(testEmail, spacedSecret)
	out := secretOut(h)
	h.expect(h.run(NewExportCmd(h.env), "netrc"), ExitOK)
	if !strings.Contains(out.String(), "password "+testSecret+"\n") {
		t.Errorf("netrc = %q", out)
	}
}

func TestExportRefusesSecretAtTerminal(t *testing.T) {
	for _, args := range [][]string{{"netrc"}, {"env", "--include-secret"}} {
		t.Run(args[0], func(t *testing.T) {
			h, _ := exportHarness(t)
			h.env.StdoutTTY = true
			h.expect(h.run(NewExportCmd(h.env), args...), ExitBroken)
			if h.out.String() != "" {
				t.Errorf("printed at a terminal: %q", h.out)
			}
			contains(t, "stderr", h.err.String(), "not shown on the screen", "--write")
		})
	}
	// Without the secret, a terminal is fine.
	h, _ := exportHarness(t)
	h.env.StdoutTTY = true
	h.expect(h.run(NewExportCmd(h.env), "env"), ExitOK)
}

func TestExportBadUse(t *testing.T) {
	h, _ := exportHarness(t)
	h.expect(h.run(NewExportCmd(h.env), "msmtp", "--include-secret"), ExitBroken)
	h.expect(h.run(NewExportCmd(h.env), "env", "--write"), ExitBroken)
	contains(t, "stderr", h.err.String(), "--include-secret does not apply", "--file PATH")
	if code := h.run(NewExportCmd(h.env), testSecret); code == ExitOK {
		t.Error("an unknown format was accepted")
	}
	h.expect(h.run(NewExportCmd(h.env), "git", "--account", "other@gmail.com"), ExitFailed)
}

func TestExportNoSetup(t *testing.T) {
	t.Setenv("HOME", t.TempDir())
	h := newHarness(t, fakegmail.Options{}, false)
	h.expect(h.run(NewExportCmd(h.env), "msmtp"), ExitFailed)
	if h.out.String() != "" {
		t.Errorf("stdout: %q", h.out)
	}
}

func TestExportWriteMsmtp(t *testing.T) {
	h, home := exportHarness(t)
	rc := filepath.Join(home, ".msmtprc")
	old := "defaults\nlogfile ~/.msmtp.log" // no final newline
	if err := os.WriteFile(rc, []byte(old), 0o644); err != nil {
		t.Fatal(err)
	}
	h.expect(h.run(NewExportCmd(h.env), "msmtp"), ExitOK)
	block := h.out.String()
	h.out.b.Reset()
	h.expect(h.run(NewExportCmd(h.env), "msmtp", "--write"), ExitOK)

	got := string(fileBytes(t, rc))
	// The file had no default account: ours becomes it.
	deflt := "# " + h.env.Cat.T("export.msmtp.defaultComment") + "\naccount default : " + testEmail + "\n"
	if want := old + "\n\n" + block + deflt; got != want {
		t.Errorf("~/.msmtprc:\n%s\nwant:\n%s", got, want)
	}
	st, _ := os.Stat(rc)
	if st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", st.Mode().Perm())
	}
	backups, _ := filepath.Glob(rc + ".bak-*")
	if len(backups) != 1 || string(fileBytes(t, backups[0])) != old {
		t.Fatalf("backups %v", backups)
	}
	if !strings.HasSuffix(backups[0], ".bak-"+testNow.Format("20060102-150405")) {
		t.Errorf("backup name %s", backups[0])
	}
	contains(t, "stdout", h.out.String(), "Added the msmtp settings", rc, backups[0], "readable only by you")

	// A second time: refused, file and backups unchanged.
	h.out.b.Reset()
	h.expect(h.run(NewExportCmd(h.env), "msmtp", "--write"), ExitFailed)
	if string(fileBytes(t, rc)) != got {
		t.Error("the duplicate changed the file")
	}
	if again, _ := filepath.Glob(rc + ".bak-*"); len(again) != 1 {
		t.Errorf("backups %v", again)
	}
	contains(t, "stderr", h.err.String(), "already has "+testEmail, `"account `+testEmail+`"`)
}

func TestExportWriteNewFiles(t *testing.T) {
	h, home := exportHarness(t)
	h.expect(h.run(NewExportCmd(h.env), "git", "--write"), ExitOK)
	h.expect(h.run(NewExportCmd(h.env), "netrc", "--write"), ExitOK)
	envFile := filepath.Join(home, "app", ".env")
	os.Mkdir(filepath.Dir(envFile), 0o755)
	h.expect(h.run(NewExportCmd(h.env), "env", "--include-secret", "--file", envFile), ExitOK)

	for file, mode := range map[string]os.FileMode{".gitconfig": 0o644, ".netrc": 0o600, "app/.env": 0o600} {
		st, err := os.Stat(filepath.Join(home, file))
		if err != nil {
			t.Fatal(err)
		}
		if st.Mode().Perm() != mode {
			t.Errorf("%s: mode %v, want %v", file, st.Mode().Perm(), mode)
		}
	}
	if b, _ := filepath.Glob(filepath.Join(home, "*.bak-*")); len(b) != 0 {
		t.Errorf("backups of files that did not exist: %v", b)
	}
	if got := gitSettings(t, string(fileBytes(t, filepath.Join(home, ".gitconfig")))); got["sendemail.smtpuser"] != testEmail {
		t.Errorf(".gitconfig: %v", got)
	}
	if got := envVars(t, string(fileBytes(t, envFile))); got["SMTP_PASSWORD"] != testSecret {
		t.Errorf(".env: %v", got)
	}

	// Each is refused the second time, with the way to remove the old one.
	h.expect(h.run(NewExportCmd(h.env), "git", "--write"), ExitFailed)
	h.expect(h.run(NewExportCmd(h.env), "netrc", "--write"), ExitFailed)
	h.expect(h.run(NewExportCmd(h.env), "env", "--file", envFile), ExitFailed)
	contains(t, "stderr", h.err.String(), "--remove-section sendemail", `"machine smtp.gmail.com login `+testEmail, "delete the SMTP_ lines")
}

// A dotfile that is a symlink into a repository stays a symlink; the
// repository's file gets the line.
func TestExportWriteFollowsSymlink(t *testing.T) {
	h, home := exportHarness(t)
	repo := filepath.Join(home, "dotfiles")
	os.Mkdir(repo, 0o700)
	target := filepath.Join(repo, "netrc")
	os.WriteFile(target, []byte("machine example.com login me password x\n"), 0o600)
	link := filepath.Join(home, ".netrc")
	if err := os.Symlink("dotfiles/netrc", link); err != nil {
		t.Fatal(err)
	}
	h.expect(h.run(NewExportCmd(h.env), "netrc", "--write"), ExitOK)
	if st, err := os.Lstat(link); err != nil || st.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("~/.netrc is no longer a symlink: %v", err)
	}
	got := string(fileBytes(t, target))
	if !strings.HasPrefix(got, "machine example.com") || !strings.Contains(got, "login "+testEmail) {
		t.Errorf("target:\n%s", got)
	}
}

func TestDuplicateDetection(t *testing.T) {
	in := snippetInput{Email: testEmail, Host: "smtp.gmail.com"}
	ours := "[credential \"smtp://smtp.gmail.com:465\"]\n\thelper =\n\thelper = !gmailsetup credential\n" +
		"[credential \"smtp://smtp.gmail.com:587\"]\n\thelper = \"!'/opt/x/gmailsetup' credential\"\n"
	has := func(plan func([]byte, snippetInput) (exportPlan, error)) func([]byte, snippetInput) bool {
		return func(old []byte, in snippetInput) bool {
			_, err := plan(old, in)
			return errors.Is(err, errAlreadyThere)
		}
	}
	cases := []struct {
		name string
		has  func([]byte, snippetInput) bool
		text string
		want bool
	}{
		{"msmtp same", has(msmtpPlan), "account  " + testEmail + "\nhost x\n", true},
		{"msmtp other case", has(msmtpPlan), "account  MARIO.Rossi@gmail.com\nhost x\n", true},
		{"msmtp without dots", has(msmtpPlan), "account  mariorossi@googlemail.com\nhost x\n", true},
		{"msmtp inherits", has(msmtpPlan), "account " + testEmail + " : base\n", true},
		{"msmtp other", has(msmtpPlan), "account gmail\nuser " + testEmail + "\n", false},
		{"msmtp comment", has(msmtpPlan), "# account " + testEmail + "\n", false},
		{"git same user", has(gitPlan), "[sendemail]\n\tsmtpUser = " + testEmail + "\n" + ours, true},
		{"git same user, no helper", has(gitPlan), "[sendemail]\n\tsmtpUser = " + testEmail + "\n", false},
		{"git identity same user", has(gitPlan), "[sendemail \"work\"]\n\tsmtpUser = Mario.Rossi@Gmail.com\n" + ours, true},
		{"git other user", has(gitPlan), "[user]\nname = M\n[sendemail]\n\tsmtpserver = smtp.example.com\n\tsmtpuser = me@example.com\n" + ours, false},
		{"git other key", has(gitPlan), "[sendemail]\n\tconfirm = always\n" + ours, false},
		{"git commented user", has(gitPlan), "[sendemail]\n#\tsmtpUser = " + testEmail + "\n" + ours, false},
		{"env", has(envPlan), "export SMTP_HOST=x\n", true},
		{"env other", has(envPlan), "MY_SMTP_HOST=x\n", false},
		{"netrc split", has(netrcPlan), "machine smtp.gmail.com\n  login " + testEmail + "\n  password p\n", true},
		{"netrc other login", has(netrcPlan), "machine smtp.gmail.com login other@gmail.com password p\n", false},
		{"netrc other machine", has(netrcPlan), "machine imap.gmail.com login " + testEmail + " password p\n", false},
	}
	for _, c := range cases {
		if got := c.has([]byte(c.text), in); got != c.want {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
}
