package main

import (
	"bytes"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"gmailsetup/internal/cli"
	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/internal/i18n"
)

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
	buildOut  []byte
)

// binary builds gmailsetup once per test run, for every test of this
// package. It is built with the gmailsetup_testserver tag, whose only
// difference is that GMAILSETUP_TEST_SERVER can point it at a loopback
// server (testserver.go); tests that do not set it run it as a release
// build. One build instead of two saves a link of the whole program.
// (version_test.go builds twice more, in a fresh clone: what it checks is
// the version stamped from that clone's clean and changed state, which a
// build of this working tree cannot show.)
func binary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "gmailsetup-bin-")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "gmailsetup")
		cmd := exec.Command("go", "build", "-tags", "gmailsetup_testserver", "-o", binPath, ".")
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
	config := filepath.Join(dir, "config.toml")
	broken := []byte("[[account]]\nemail = = 1\n")
	if err := os.WriteFile(config, broken, 0o600); err != nil {
		t.Fatal(err)
	}
	for i, c := range []struct {
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
		debug := filepath.Join(dir, fmt.Sprintf("debug-%d.log", i))
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
		// Flag errors stop before the file is made; when it is, it is private.
		if fi, err := os.Stat(debug); (i == 0 && err != nil) || (err == nil && fi.Mode().Perm() != 0o600) {
			t.Errorf("%q: --debug file: %v", c.args, err)
		}
	}
	if got, _ := os.ReadFile(config); !bytes.Equal(got, broken) {
		t.Error("setup changed an unreadable config")
	}
}

// loopbackEnv is the environment that sends the test-server binary to
// fake's addresses and trusts fake's CA, with no session bus (so no
// keyring, and nothing auto-launched).
func loopbackEnv(t *testing.T, implicit, startTLS, imap string, caPEM []byte) []string {
	t.Helper()
	ca := filepath.Join(t.TempDir(), "ca.pem")
	if err := os.WriteFile(ca, caPEM, 0o600); err != nil {
		t.Fatal(err)
	}
	return append(os.Environ(), "LANG=C", "LC_ALL=", "LC_MESSAGES=",
		"GMAILSETUP_TEST_SERVER="+implicit+","+startTLS+","+imap,
		"SSL_CERT_FILE="+ca, "DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent")
}

// TestDebugFileIsOnlyCreatedNew: --debug used to truncate and chmod
// whatever it named. An existing file, a link (to a file, or dangling), a
// device and the setup file (existing, or not yet) are each refused, by
// name, and left exactly as they were.
func TestDebugFileIsOnlyCreatedNew(t *testing.T) {
	dir := t.TempDir()
	config := filepath.Join(dir, "config.toml")
	setup := []byte("# my setup, by hand\n")
	write := func(name string, data []byte, mode os.FileMode) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, mode); err != nil {
			t.Fatal(err)
		}
		os.Chmod(p, mode)
		return p
	}
	write("config.toml", setup, 0o600)
	existing := write("notes.txt", []byte("keep me"), 0o644)
	target := write("target.txt", []byte("keep me too"), 0o644)
	link := filepath.Join(dir, "link.log")
	dangling := filepath.Join(dir, "dangling.log")
	linkToSetup := filepath.Join(dir, "setup-link.log")
	for _, l := range [][2]string{{target, link}, {filepath.Join(dir, "ghost"), dangling}, {config, linkToSetup}} {
		if err := os.Symlink(l[0], l[1]); err != nil {
			t.Fatal(err)
		}
	}
	type snap struct {
		data []byte
		mode os.FileMode
	}
	look := func(p string) snap {
		fi, err := os.Stat(p)
		if err != nil {
			return snap{}
		}
		if !fi.Mode().IsRegular() {
			return snap{nil, fi.Mode()} // /dev/full reads for ever
		}
		b, _ := os.ReadFile(p)
		return snap{b, fi.Mode()}
	}
	cases := []struct {
		debug, config, want string
	}{
		{existing, config, "already exists"},
		{link, config, "already exists"},
		{dangling, config, "already exists"},
		{config, config, "is the setup file"},
		{linkToSetup, config, "is the setup file"},
		{filepath.Join(dir, "new.toml"), filepath.Join(dir, "new.toml"), "is the setup file"},
		{filepath.Join(dir, "no-such-folder", "debug.log"), config, "Cannot create the debug file"},
	}
	if fi, err := os.Stat("/dev/full"); err == nil {
		cases = append(cases, struct{ debug, config, want string }{"/dev/full", config, "already exists"})
		// A regression would chmod the machine's /dev/full (CI runs as
		// root): put it back, after the failure has been reported.
		t.Cleanup(func() {
			if now, err := os.Stat("/dev/full"); err == nil && now.Mode() != fi.Mode() {
				os.Chmod("/dev/full", fi.Mode().Perm())
			}
		})
	}
	for _, c := range cases {
		before := map[string]snap{}
		for _, p := range []string{c.debug, c.config, target, "/dev/full"} {
			before[p] = look(p)
		}
		_, stderr, code := runBinary(t, nil, "--config", c.config, "--debug", c.debug, "status")
		if code != 2 || !strings.Contains(stderr, c.debug) || !strings.Contains(stderr, c.want) {
			t.Errorf("--debug %s: exit %d, stderr %q; want 2 and %q naming it", c.debug, code, stderr, c.want)
		}
		for p, was := range before {
			if now := look(p); !bytes.Equal(now.data, was.data) || now.mode != was.mode {
				t.Errorf("--debug %s changed %s: %q %v, was %q %v", c.debug, p, now.data, now.mode, was.data, was.mode)
			}
		}
	}
	if _, err := os.Lstat(filepath.Join(dir, "ghost")); err == nil {
		t.Error("--debug created the dangling link's target")
	}
	if _, err := os.Lstat(filepath.Join(dir, "new.toml")); err == nil {
		t.Error("--debug created the setup file's path")
	}
	_, stderr, _ := runBinary(t, nil, "--lang", "it", "--config", config, "--debug", existing, "status")
	if !strings.Contains(stderr, "Il file "+existing+" esiste già") {
		t.Errorf("Italian: %q", stderr)
	}
}

// TestDebugWriteFailureIsReported: with a file-size limit of zero every
// write to the debug file fails (EFBIG; Go ignores SIGXFSZ). It used to
// go unsaid. The sign-in still works and says so (the save then fails
// under the same limit, and says so too), and the person is told the
// transcript is incomplete, naming the file.
func TestDebugWriteFailureIsReported(t *testing.T) {
	fake, err := fakegmail.Start(fakegmail.Options{Password: "sentinelqzxjwkvb"})
	if err != nil {
		t.Fatal(err)
	}
	defer fake.Close()
	e := fake.Endpoints()
	env := loopbackEnv(t, e.ImplicitAddr, e.StartTLSAddr, e.ImplicitAddr, fake.CAPEM())
	dir := t.TempDir()
	config, debug := filepath.Join(dir, "config.toml"), filepath.Join(dir, "debug.log")
	cmd := exec.Command("sh", "-c", `ulimit -f 0 && exec "$0" "$@"`, binary(t),
		"--config", config, "--debug", debug,
		"setup", "--email", "mario.rossi@gmail.com", "--password-stdin", "--no-send", "--insecure-storage")
	cmd.Env, cmd.Stdin = env, strings.NewReader("sentinelqzxjwkvb\n")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	_ = cmd.Run()
	if !strings.Contains(out.String(), "mario.rossi@gmail.com") || !strings.Contains(errb.String(), "The debug file "+debug+" is incomplete") {
		t.Errorf("exit %d\nstdout:\n%s\nstderr:\n%s", cmd.ProcessState.ExitCode(), &out, &errb)
	}
	if strings.Contains(out.String()+errb.String(), "sentinelqzxjwkvb") {
		t.Error("the password was printed")
	}
}

// interruptAfter starts the binary with args and env, waits until ready
// is closed (the command is in the phase that blocks), sends SIGINT and
// returns the exit code and how long the program took to end after it.
func interruptAfter(t *testing.T, bin string, env []string, stdin io.Reader, ready <-chan struct{}, args ...string) (int, time.Duration, string) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env, cmd.Stdin = env, stdin
	var errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = io.Discard, &errb
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan struct{})
	go func() { cmd.Wait(); close(exited) }()
	select {
	case <-ready:
	case <-exited:
		t.Fatalf("%q ended before it blocked: %s", args, &errb)
	case <-time.After(30 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("%q never reached the blocking phase: %s", args, &errb)
	}
	cmd.Process.Signal(os.Interrupt)
	sent := time.Now()
	select {
	case <-exited:
	case <-time.After(30 * time.Second): // only stops a hang
		cmd.Process.Kill()
		<-exited
		t.Fatalf("%q: still running 30 s after SIGINT: %s", args, &errb)
	}
	return cmd.ProcessState.ExitCode(), time.Since(sent), errb.String()
}

// TestCtrlCEndsEveryBlockingPhase runs the built binary into phases that
// wait on the outside world and sends SIGINT: a sign-in to a server that
// accepts and never answers, a stdin that never closes (setup's password,
// send's body). Each ends with 130. The program's own bound is 1 s; the
// test only logs the time, so it does not flake on a loaded machine.
func TestCtrlCEndsEveryBlockingPhase(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	var conns sync.WaitGroup
	accepted := make(chan struct{}, 16)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			conns.Add(1)
			go func() { defer conns.Done(); defer c.Close(); accepted <- struct{}{}; io.Copy(io.Discard, c) }()
		}
	}()
	addr := ln.Addr().String()
	env := loopbackEnv(t, addr, addr, addr, nil)
	config := filepath.Join(t.TempDir(), "config.toml")
	bin := binary(t)

	t.Run("sign-in that never answers", func(t *testing.T) {
		ready := make(chan struct{})
		go func() { <-accepted; close(ready) }()
		code, took, stderr := interruptAfter(t, bin, env, strings.NewReader("sentinelqzxjwkvb\n"), ready,
			"--config", config, "setup", "--email", "mario.rossi@gmail.com", "--password-stdin", "--no-send")
		t.Logf("ended %v after SIGINT", took)
		if code != 130 {
			t.Errorf("exit %d, want 130\n%s", code, stderr)
		}
	})
	for _, c := range []struct {
		name string
		args []string
	}{
		{"setup reading a stdin that never closes", []string{"--config", config, "setup", "--email", "mario.rossi@gmail.com", "--password-stdin"}},
		{"send reading a body that never ends", []string{"--config", config, "send", "--to", "a@example.com", "--body", "-"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			r, w, err := os.Pipe()
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			defer w.Close()
			ready := make(chan struct{})
			time.AfterFunc(300*time.Millisecond, func() { close(ready) })
			code, took, stderr := interruptAfter(t, bin, env, r, ready, c.args...)
			t.Logf("ended %v after SIGINT", took)
			if code != 130 {
				t.Errorf("exit %d, want 130\n%s", code, stderr)
			}
		})
	}
}

// namedOnPurpose are the flags whose value is a path: messages about the
// file must name it, so they may show it.
var namedOnPurpose = map[string]bool{"config": true, "debug": true, "attach": true, "body": true}

// TestNoFlagErrorEchoesAValue gives every flag of every command (the
// help and completion commands included) a sentinel app password as its
// value, and the sentinel in every wrong place a flag can be (an unknown
// flag, a shorthand group, bad syntax, an argument). It used to come back
// in cobra's "invalid argument" error. Now it never appears in the
// output, except for the path flags, which name their file on purpose.
func TestNoFlagErrorEchoesAValue(t *testing.T) {
	const secret = "sentinelqzxjwkvb"
	root, _ := newRootCmd(&cli.Env{Cat: i18n.New(i18n.EN)})
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	var runs [][]string
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		if c.Hidden {
			return // __complete speaks to the shell, which typed the line
		}
		c.InitDefaultHelpFlag()
		c.InitDefaultVersionFlag()
		path := strings.Fields(c.CommandPath())[1:]
		with := func(extra ...string) []string { return append(append([]string(nil), path...), extra...) }
		seen := map[string]bool{}
		visit := func(f *pflag.Flag) {
			if seen[f.Name] || namedOnPurpose[f.Name] {
				return
			}
			seen[f.Name] = true
			runs = append(runs, with("--"+f.Name+"="+secret))
			if f.NoOptDefVal == "" {
				runs = append(runs, with("--"+f.Name, secret))
			}
			if f.Shorthand != "" {
				runs = append(runs, with("-"+f.Shorthand+"="+secret), with("-"+f.Shorthand+secret))
			}
		}
		c.LocalFlags().VisitAll(visit)
		c.InheritedFlags().VisitAll(visit)
		runs = append(runs, with("--"+secret), with("--"+secret+"=x"), with("-"+secret), with("---"+secret), with(secret))
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
	if len(runs) < 60 {
		t.Fatalf("only %d runs: the walk missed commands", len(runs))
	}
	dir := t.TempDir()
	for _, args := range runs {
		cmd := exec.Command(binary(t), args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "LANG=C", "LC_ALL=", "LC_MESSAGES=",
			"GMAILSETUP_CONFIG="+filepath.Join(dir, "config.toml"), "DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent")
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		timer := time.AfterFunc(30*time.Second, func() { cmd.Process.Kill() }) // only stops a hang
		cmd.Wait()
		timer.Stop()
		if strings.Contains(out.String(), secret) {
			t.Errorf("gmailsetup %s (exit %d) echoes the value:\n%s", strings.Join(args, " "), cmd.ProcessState.ExitCode(), &out)
		}
	}
	t.Logf("%d runs", len(runs))

	// The message still names the flag, in the person's language.
	_, stderr, code := runBinary(t, nil, "--lang", "it", "setup", "--password-stdin="+secret)
	if code != 2 || !strings.Contains(stderr, "--password-stdin è un interruttore") {
		t.Errorf("exit %d: %q", code, stderr)
	}
	_, stderr, _ = runBinary(t, nil, "setup", "--emial", "x")
	if !strings.Contains(stderr, "There is no --emial flag: did you mean --email?") {
		t.Errorf("a typo of a flag: %q", stderr)
	}
}

// TestMistypedCommandIsSuggested: a slip of a command name gets the command
// meant, as a slip of a flag name does; anything farther (a pasted app
// password) is never shown back.
func TestMistypedCommandIsSuggested(t *testing.T) {
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"stauts"}, `There is no command "stauts": did you mean gmailsetup status?`},
		{[]string{"expotr"}, "did you mean gmailsetup export?"},
		{[]string{"hlep"}, "did you mean gmailsetup help?"},
		{[]string{"--lang", "it", "stauts"}, `Non esiste il comando "stauts": intendevi gmailsetup status?`},
		{[]string{"abcdabcdabcdabcd"}, "gmailsetup takes no arguments"},
	}
	for _, c := range cases {
		_, stderr, code := runBinary(t, nil, c.args...)
		if code != 2 || !strings.Contains(stderr, c.want) {
			t.Errorf("gmailsetup %s: exit %d, %q; want exit 2 and %q", strings.Join(c.args, " "), code, stderr, c.want)
		}
		if strings.Contains(stderr, "abcdabcd") {
			t.Errorf("gmailsetup %s shows the argument back: %q", strings.Join(c.args, " "), stderr)
		}
	}
}
