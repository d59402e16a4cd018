package cli

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// hostileStrings are paths and values people and attackers have: every
// character a shell, msmtp or git treats specially.
var hostileStrings = []string{
	"plain", "", "with space", "it's", `say "hi"`, `back\slash`, `trailing\`, "$HOME", "${HOME}",
	"`id`", "$(id)", "a;b&c|d", "#hash", "semi;colon", "tab\there", "new\nline", "cr\rlf",
	"  blanks at ends  ", "-dash", "~tilde", "*?[glob]", "!bang", "'", `"`, `\`, "''", `'\''`,
	"caffè/üñí", "\xff\xfe bytes", "nul\x00byte", "\x1b]0;title\x07", "line\u2028sep", "%s%n", "=eq",
}

// runQuiet runs name with args and stdin, returning stdout, and fails the
// test on a start error or a run longer than 20 s.
func runQuiet(t testing.TB, stdin string, name string, args ...string) ([]byte, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Stdin = strings.NewReader(stdin)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if ctx.Err() != nil {
		t.Fatalf("%s timed out", name)
	}
	if err != nil {
		return out, &runError{err: err, stderr: stderr.String()}
	}
	return out, nil
}

type runError struct {
	err    error
	stderr string
}

func (e *runError) Error() string { return e.err.Error() + ": " + e.stderr }

// checkShellArg is the property FuzzShellArg holds: sh -c 'printf %s WORD'
// prints the original bytes, or shellArg refused a NUL.
func checkShellArg(t *testing.T, s string) {
	q, ok := shellArg(s)
	if strings.IndexByte(s, 0) >= 0 {
		if ok {
			t.Fatalf("shellArg accepted a NUL: %q", q)
		}
		return
	}
	if !ok {
		t.Fatalf("shellArg refused %q", s)
	}
	out, err := runQuiet(t, "", "sh", "-c", "printf %s "+q)
	if err != nil || string(out) != s {
		t.Fatalf("sh -c 'printf %%s %s' printed %q (%v), want %q", q, out, err, s)
	}
}

// FuzzShellArg runs the real sh on every quoted word.
func FuzzShellArg(f *testing.F) {
	for _, s := range hostileStrings {
		f.Add(s)
	}
	f.Fuzz(checkShellArg)
}

// checkMsmtpArg is the property FuzzMsmtpArg holds: Debian's msmtp reads
// "passwordeval ARG" back as the original text, or msmtpArg refused it
// for a control character. --pretend prints what msmtp parsed.
func checkMsmtpArg(t *testing.T, msmtp, s string) {
	arg, ok := msmtpArg(s)
	if hasControl(s) {
		if ok {
			t.Fatalf("msmtpArg accepted a control character: %q", arg)
		}
		return
	}
	if !ok {
		t.Fatalf("msmtpArg refused %q", s)
	}
	line := "passwordeval " + arg
	if s == "" || len(line) > msmtpLineMax {
		return // empty unsets, and long lines are refused by msmtpBlock
	}
	rc := filepath.Join(t.TempDir(), "rc")
	if err := os.WriteFile(rc, []byte("account a\nhost h\n"+line+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := runQuiet(t, "", msmtp, "--file="+rc, "--account=a", "--pretend")
	if err != nil {
		t.Fatalf("msmtp could not read %q: %v", line, err)
	}
	for _, l := range strings.Split(string(out), "\n") {
		if v, found := strings.CutPrefix(l, "passwordeval = "); found {
			if v != s {
				t.Fatalf("msmtp read %q from %q, want %q", v, line, s)
			}
			return
		}
	}
	t.Fatalf("msmtp --pretend shows no passwordeval:\n%s", out)
}

// FuzzMsmtpArg runs Debian's msmtp on every quoted argument.
func FuzzMsmtpArg(f *testing.F) {
	msmtp, err := exec.LookPath("msmtp")
	if err != nil {
		f.Skip("msmtp is not installed (apt-get install msmtp); CI installs it")
	}
	for _, s := range hostileStrings {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkMsmtpArg(t, msmtp, s) })
}

// checkGitValue is the property FuzzGitValue holds: real git and gitEntries
// both read the quoted value back as the original, or gitValue refused a
// control character git cannot carry.
func checkGitValue(t *testing.T, s string) {
	v, ok := gitValue(s)
	bad := strings.ContainsFunc(s, func(r rune) bool {
		return r != '\n' && r != '\t' && (r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f))
	})
	if bad {
		if ok {
			t.Fatalf("gitValue accepted a control character: %q", v)
		}
		return
	}
	if !ok {
		t.Fatalf("gitValue refused %q", s)
	}
	text := "[x]\n\tk = " + v + "\n"
	if got := gitSettings(t, text)["x.k"]; got != s {
		t.Fatalf("gitEntries read %q from %q, want %q", got, text, s)
	}
	file := filepath.Join(t.TempDir(), "config")
	if err := os.WriteFile(file, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := runQuiet(t, "", "git", "config", "--file", file, "--null", "--get", "x.k")
	if err != nil || string(out) != s+"\x00" {
		t.Fatalf("git read %q (%v) from %q, want %q", out, err, text, s)
	}

	// The same text as a subsection name, as the credential URL is written.
	sub, ok := gitSubsection(s)
	if ok != !hasControl(s) {
		t.Fatalf("gitSubsection(%q) ok = %v", s, ok)
	}
	if !ok {
		return
	}
	text = "[x " + sub + "]\n\tk = v\n"
	if err := os.WriteFile(file, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	out, err = runQuiet(t, "", "git", "config", "--file", file, "--null", "--list")
	if err != nil || string(out) != "x."+s+".k\nv\x00" {
		t.Fatalf("git listed %q (%v) from %q, want subsection %q", out, err, text, s)
	}
	if e := gitEntries([]byte(text)); len(e) != 1 || e[0].sub != s {
		t.Fatalf("gitEntries read %+v from %q, want subsection %q", e, text, s)
	}
}

// FuzzGitValue runs the real git on every quoted value.
func FuzzGitValue(f *testing.F) {
	for _, s := range hostileStrings {
		f.Add(s)
	}
	f.Fuzz(checkGitValue)
}

func TestNetrcToken(t *testing.T) {
	for s, want := range map[string]bool{
		testEmail: true, "smtp.gmail.com": true, testSecret: true, "o'brien@example.com": false,
		"#me@example.com": false, "a b": false, "a\nb": false, `a"b`: false, `a\b`: false, "": false,
	} {
		if netrcToken(s) != want {
			t.Errorf("netrcToken(%q) = %v, want %v", s, !want, want)
		}
	}
}
