package links

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// env plays a machine's environment for NewOpener.
func env(vars ...string) func(string) string {
	m := map[string]string{}
	for i := 0; i+1 < len(vars); i += 2 {
		m[vars[i]] = vars[i+1]
	}
	return func(k string) string { return m[k] }
}

func TestNewOpenerKnowsWhereABrowserIs(t *testing.T) {
	cases := []struct {
		name string
		goos string
		env  func(string) string
		want Reason // 0: the system browser
	}{
		{"linux desktop (X11)", "linux", env("DISPLAY", ":0"), 0},
		{"linux desktop (Wayland)", "linux", env("WAYLAND_DISPLAY", "wayland-0"), 0},
		{"linux console, container", "linux", env(), ReasonNoDisplay},
		{"freebsd without X", "freebsd", env("TERM", "xterm"), ReasonNoDisplay},
		{"ssh into linux", "linux", env("SSH_CONNECTION", "10.0.0.2 51000 10.0.0.1 22"), ReasonSSH},
		{"ssh -X into linux still sends no browser", "linux", env("SSH_CONNECTION", "x", "DISPLAY", "localhost:10.0"), ReasonSSH},
		{"ssh with a tty only", "linux", env("SSH_TTY", "/dev/pts/3", "DISPLAY", ":0"), ReasonSSH},
		{"mac", "darwin", env(), 0},
		{"ssh into a mac", "darwin", env("SSH_CLIENT", "10.0.0.2 51000 22"), ReasonSSH},
		{"windows", "windows", env(), 0},
		{"ssh into windows", "windows", env("SSH_CONNECTION", "x"), ReasonSSH},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := NewOpener(c.env, c.goos)
			switch o := got.(type) {
			case Browser:
				if c.want != 0 {
					t.Fatalf("got the system browser, want NoBrowser{%d}", c.want)
				}
			case NoBrowser:
				if o.Reason != c.want {
					t.Fatalf("got NoBrowser{%d}, want reason %d", o.Reason, c.want)
				}
			default:
				t.Fatalf("unexpected opener %T", got)
			}
		})
	}
}

// fakeXdgOpen puts an xdg-open on an otherwise empty PATH that runs script
// (sh, with $DIR the script's folder), and returns that folder.
func fakeXdgOpen(t *testing.T, script string) string {
	t.Helper()
	if runtime.GOOS != "linux" {
		t.Skip("pkg/browser runs xdg-open on Linux only")
	}
	dir := t.TempDir()
	body := "#!/bin/sh\nDIR=" + dir + "\n" + script + "\n"
	if err := os.WriteFile(filepath.Join(dir, "xdg-open"), []byte(body), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", dir+":/bin:/usr/bin")
	return dir
}

func TestBrowserRunsXdgOpenWithTheURL(t *testing.T) {
	dir := fakeXdgOpen(t, `printf '%s\n' "$@" > "$DIR/args"`)
	const url = "https://myaccount.google.com/apppasswords?authuser=mario.rossi%40gmail.com"
	if err := (Browser{}).Open(t.Context(), url); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(dir, "args"))
	if err != nil {
		t.Fatalf("xdg-open was not run: %v", err)
	}
	if strings.TrimSpace(string(got)) != url {
		t.Fatalf("xdg-open got %q, want the URL alone", got)
	}
}

func TestNoBrowserStartsNothing(t *testing.T) {
	dir := fakeXdgOpen(t, `touch "$DIR/ran"`)
	start := time.Now()
	err := NoBrowser{Reason: ReasonSSH}.Open(t.Context(), "https://myaccount.google.com/")
	if !errors.Is(err, ErrNoBrowser) {
		t.Fatalf("err = %v, want ErrNoBrowser", err)
	}
	var nb *NoBrowserError
	if !errors.As(err, &nb) || nb.Reason != ReasonSSH || !strings.Contains(err.Error(), "SSH") {
		t.Fatalf("err = %#v, want a *NoBrowserError saying SSH", err)
	}
	if d := time.Since(start); d > 100*time.Millisecond {
		t.Fatalf("NoBrowser took %v", d)
	}
	if _, err := os.Stat(filepath.Join(dir, "ran")); err == nil {
		t.Fatal("NoBrowser ran xdg-open")
	}
}

func TestBrowserWithoutLauncherFails(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("pkg/browser looks for xdg-open on Linux")
	}
	t.Setenv("PATH", t.TempDir())
	if err := (Browser{}).Open(t.Context(), "https://myaccount.google.com/"); err == nil {
		t.Fatal("Open succeeded with nothing on PATH")
	}
}

// A launcher that hangs is killed when the caller's context ends: no
// xdg-open outlives the wizard (issue 11, one root context).
func TestBrowserLauncherEndsWithTheContext(t *testing.T) {
	dir := fakeXdgOpen(t, `echo $$ > "$DIR/pid"; exec sleep 30`)
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() { done <- (Browser{}).Open(ctx, "https://myaccount.google.com/") }()
	var pid []byte
	for len(pid) == 0 {
		pid, _ = os.ReadFile(filepath.Join(dir, "pid"))
		time.Sleep(time.Millisecond)
	}
	cancel()
	select {
	case err := <-done:
		if err == nil {
			t.Fatal("a killed launcher reported success")
		}
	case <-time.After(5 * time.Second): // a bound on a hang
		t.Fatal("Open did not return when its context ended")
	}
	if _, err := os.Stat("/proc/" + strings.TrimSpace(string(pid))); err == nil {
		t.Fatalf("the launcher (pid %s) is still running", strings.TrimSpace(string(pid)))
	}
}
