//go:build linux

package e2e

import (
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
)

// A terminal window closed (SIGHUP) or a kill (SIGTERM) ends the wizard
// as ctrl+c does: the terminal is restored (main screen, cursor on, cooked
// mode), the demo's folder with its client-secret file is removed, and the
// exit code is 128 plus the signal, as a shell reports it: 129 and 143.
// The plain face is held to the same codes and the same clean-up.
func TestTerminalSignalsRestoreAndCleanUp(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGHUP, syscall.SIGTERM, syscall.SIGINT} {
		for _, face := range []string{"wizard", "plain"} {
			t.Run(sig.String()+"/"+face, func(t *testing.T) {
				t.Parallel()
				tmp := t.TempDir()
				args := demoArgs
				if face == "plain" {
					args = append(append([]string(nil), demoArgs...), "--accessible")
				}
				s := start(t, gmailsetupBin, options{args: args, env: []string{"TMPDIR=" + tmp}})
				if face == "wizard" {
					walkTo(s, 1)
				} else {
					s.waitFor("Your Gmail address")
				}
				if demos, _ := filepath.Glob(filepath.Join(tmp, "gmailsetup-demo-*")); len(demos) != 1 {
					t.Fatalf("demo folders while running: %q", demos)
				}
				if err := s.cmd.Process.Signal(sig); err != nil {
					t.Fatal(err)
				}
				want := 128 + int(sig)
				if code := s.wait(); code != want {
					t.Errorf("exit code %d after %v, want %d; output:\n%s", code, sig, want, s.output())
				}
				if face == "wizard" {
					s.expectRestored()
				}
				if left, _ := filepath.Glob(filepath.Join(tmp, "gmailsetup-demo-*")); len(left) != 0 {
					t.Errorf("after %v the demo left %q", sig, left)
				}
			})
		}
	}
}

// A demo killed outright (SIGKILL, a power cut) leaves its folder; the
// next demo sweeps it away, but only what is surely a dead demo of ours:
// not a running demo's folder, not a link, not a folder without the
// marker of the demo that made it.
func TestDemoSweepsStaleFolders(t *testing.T) {
	tmp := t.TempDir()
	// A demo that is still running: its folder must survive.
	live := start(t, gmailsetupBin, options{args: demoArgs, env: []string{"TMPDIR=" + tmp}})
	walkTo(live, 1)
	running, _ := filepath.Glob(filepath.Join(tmp, "gmailsetup-demo-*"))
	if len(running) != 1 {
		t.Fatalf("running demo folders: %q", running)
	}
	// A demo killed with SIGKILL: nothing of it could clean up.
	dead := start(t, gmailsetupBin, options{args: demoArgs, env: []string{"TMPDIR=" + tmp}})
	walkTo(dead, 1)
	all, _ := filepath.Glob(filepath.Join(tmp, "gmailsetup-demo-*"))
	var stale string
	for _, d := range all {
		if d != running[0] {
			stale = d
		}
	}
	if stale == "" {
		t.Fatalf("demo folders: %q", all)
	}
	dead.cmd.Process.Kill()
	dead.wait()
	if _, err := os.Stat(stale); err != nil {
		t.Fatalf("the killed demo's folder is already gone: %v", err)
	}
	// Things that look like demo folders but are not surely dead ones.
	target := t.TempDir()
	link := filepath.Join(tmp, "gmailsetup-demo-link")
	unmarked := filepath.Join(tmp, "gmailsetup-demo-unmarked")
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(unmarked, 0o700); err != nil {
		t.Fatal(err)
	}
	// A marker naming a process that is alive (this test) in a folder
	// not made by a demo: alive means kept.
	alive := filepath.Join(tmp, "gmailsetup-demo-alive")
	os.Mkdir(alive, 0o700)
	os.WriteFile(filepath.Join(alive, "demo.pid"), []byte(strconv.Itoa(os.Getpid())), 0o600)

	next := start(t, gmailsetupBin, options{args: demoArgs, env: []string{"TMPDIR=" + tmp}})
	walkTo(next, 1)
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Errorf("the killed demo's folder is still there: %v", err)
	}
	for _, keep := range []string{running[0], link, unmarked, alive, target} {
		if _, err := os.Lstat(keep); err != nil {
			t.Errorf("%s was swept: %v", keep, err)
		}
	}
	live.send("\x03")
	next.send("\x03")
	live.wait()
	next.wait()
}
