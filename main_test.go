package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
	buildOut  []byte
)

// binary builds gmailsetup once for the tests in this file.
func binary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "gmailsetup-bin-")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "gmailsetup")
		cmd := exec.Command("go", "build", "-o", binPath, ".")
		buildOut, buildErr = cmd.CombinedOutput()
	})
	if buildErr != nil {
		t.Fatalf("go build: %v\n%s", buildErr, buildOut)
	}
	return binPath
}

func TestMain(m *testing.M) {
	code := m.Run()
	if binPath != "" {
		os.RemoveAll(filepath.Dir(binPath))
	}
	os.Exit(code)
}

// runBinary runs the built program with stdin from /dev/null, a config
// path in a temp folder, and English unless args say otherwise.
func runBinary(t *testing.T, env []string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(binary(t), args...)
	devnull, err := os.Open(os.DevNull)
	if err != nil {
		t.Fatal(err)
	}
	defer devnull.Close()
	cmd.Stdin = devnull
	cmd.Env = append(os.Environ(), "LC_ALL=", "LC_MESSAGES=", "LANG=C",
		"GMAILSETUP_CONFIG="+filepath.Join(t.TempDir(), "config.toml"))
	cmd.Env = append(cmd.Env, env...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err = cmd.Run()
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return out.String(), errb.String(), code
}

func TestVersion(t *testing.T) {
	out, _, code := runBinary(t, nil, "--version")
	if code != 0 || !strings.Contains(out, "gmailsetup version") {
		t.Errorf("--version: exit %d, %q", code, out)
	}
}

func TestHelp(t *testing.T) {
	out, _, code := runBinary(t, nil, "--help")
	if code != 0 {
		t.Fatalf("--help: exit %d", code)
	}
	for _, want := range []string{"status", "test", "forget", "setup", "rotate", "--lang", "--config", "--debug", "--version"} {
		if !strings.Contains(out, want) {
			t.Errorf("--help lacks %q:\n%s", want, out)
		}
	}
	for _, sub := range []string{"status", "test", "forget", "setup", "rotate"} {
		out, _, code := runBinary(t, nil, sub, "--help")
		if code != 0 || !strings.Contains(out, "gmailsetup "+sub) {
			t.Errorf("%s --help: exit %d\n%s", sub, code, out)
		}
	}
	out, _, _ = runBinary(t, nil, "--lang", "it", "--help")
	if !strings.Contains(out, "password per le app") {
		t.Errorf("--lang it --help is not in Italian:\n%s", out)
	}
}

// TestNoTerminal: without a terminal and without a subcommand the program
// points at `setup --password-stdin` and exits 2, well within a second
// (the deadline only stops a hang; it is not a speed test).
func TestNoTerminal(t *testing.T) {
	for _, c := range []struct{ lang, want string }{
		{"en", "the wizard needs a terminal"},
		{"it", "ha bisogno di un terminale"},
	} {
		done := make(chan struct{})
		var (
			stderr string
			code   int
		)
		go func() {
			defer close(done)
			_, stderr, code = runBinary(t, nil, "--lang", c.lang)
		}()
		select {
		case <-done:
		case <-time.After(30 * time.Second):
			t.Fatal("the program waited for a terminal")
		}
		if code != 2 || !strings.Contains(stderr, c.want) || !strings.Contains(stderr, "setup --email") || !strings.Contains(stderr, "--password-stdin") {
			t.Errorf("%s: exit %d, stderr %q", c.lang, code, stderr)
		}
	}
}

func TestStatusNotConfigured(t *testing.T) {
	out, stderr, code := runBinary(t, nil, "status")
	if code != 1 || out != "" || !strings.Contains(stderr, "`gmailsetup`") {
		t.Errorf("status: exit %d, stdout %q, stderr %q", code, out, stderr)
	}
	// --config wins over GMAILSETUP_CONFIG.
	other := filepath.Join(t.TempDir(), "elsewhere.toml")
	_, stderr, _ = runBinary(t, nil, "--config", other, "status")
	if !strings.Contains(stderr, other) {
		t.Errorf("status ignored --config: %q", stderr)
	}
}

func TestRotateNeedsASetup(t *testing.T) {
	_, stderr, code := runBinary(t, nil, "rotate")
	if code != 1 || !strings.Contains(stderr, "Nothing to rotate") {
		t.Errorf("rotate: exit %d, stderr %q", code, stderr)
	}
}

// TestSetupNeverEchoesThePassword feeds the sentinel app password in every
// wrong way that stops before any network (no test reaches Google): on
// stdin with an unusable setup file, as an argument, after --password and
// glued to a short flag. It is never printed, and the --debug file is
// created private.
func TestSetupNeverEchoesThePassword(t *testing.T) {
	const secret = "sentinelqzxjwkvb"
	dir := t.TempDir()
	config, debug := filepath.Join(dir, "config.toml"), filepath.Join(dir, "debug.log")
	broken := []byte("[[account]]\nemail = = 1\n")
	if err := os.WriteFile(config, broken, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args  []string
		stdin string
		code  int
	}{
		{[]string{"setup", "--email", "mario.rossi@gmail.com", "--password-stdin"}, secret, 2},
		{[]string{"setup", "--email", "mario.rossi@gmail.com", secret}, "", 2},
		{[]string{"setup", "--email", "mario.rossi@gmail.com", "--password", secret}, "", 2},
		{[]string{"setup", "--email", "mario.rossi@gmail.com", "-p" + secret}, "", 2},
		{[]string{"setup", "--email", "mario.rossi@gmail.com", "--password=" + secret}, "", 2},
	} {
		args := append([]string{"--config", config, "--debug", debug}, c.args...)
		cmd := exec.Command(binary(t), args...)
		cmd.Stdin = strings.NewReader(c.stdin)
		cmd.Env = append(os.Environ(), "LANG=C", "LC_ALL=")
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		_ = cmd.Run()
		if got := cmd.ProcessState.ExitCode(); got != c.code {
			t.Errorf("%q: exit %d, want %d\n%s", c.args, got, c.code, errb.String())
		}
		logged, _ := os.ReadFile(debug)
		for name, text := range map[string]string{"stdout": out.String(), "stderr": errb.String(), "debug": string(logged)} {
			if strings.Contains(text, secret) {
				t.Errorf("%q: the password is in %s:\n%s", c.args, name, text)
			}
		}
	}
	if fi, err := os.Stat(debug); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("--debug file: %v", err)
	}
	if got, _ := os.ReadFile(config); !bytes.Equal(got, broken) {
		t.Error("setup changed an unreadable config")
	}
}
