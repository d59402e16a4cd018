//go:build linux

package storage_test

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// tagEnv marks the processes a test starts. Children inherit it, and so do
// the daemons they start (dbus-launch's dbus-daemon, the gnome-keyring the
// bus activates), even once reparented to init: that is how a test finds
// what outlived the command it ran, among other people's processes.
const tagEnv = "GMAILSETUP_TEST_PROCESS_TAG"

func newTag(t *testing.T) string {
	return fmt.Sprintf("%s-%d-%d", t.Name(), os.Getpid(), time.Now().UnixNano())
}

type proc struct {
	pid  int
	comm string
}

func (p proc) String() string { return fmt.Sprintf("%s (pid %d)", p.comm, p.pid) }

// procs lists the live processes (not zombies, which have exited and hold
// no environment) for which keep is true, given its comm and environment.
func procs(keep func(comm string, environ []byte) bool) []proc {
	dirs, _ := filepath.Glob("/proc/[0-9]*")
	var out []proc
	for _, d := range dirs {
		pid, err := strconv.Atoi(filepath.Base(d))
		if err != nil || pid == os.Getpid() {
			continue
		}
		stat, err := os.ReadFile(d + "/stat")
		if err != nil {
			continue // gone meanwhile
		}
		// pid (comm) state ...: comm may hold spaces and parentheses.
		i := bytes.LastIndexByte(stat, ')')
		if i < 0 || i+2 >= len(stat) || stat[i+2] == 'Z' || stat[i+2] == 'X' {
			continue
		}
		comm := string(stat[bytes.IndexByte(stat, '(')+1 : i])
		environ, _ := os.ReadFile(d + "/environ")
		if keep(comm, environ) {
			out = append(out, proc{pid, comm})
		}
	}
	return out
}

// tagged lists the live processes started under tag.
func tagged(tag string) []proc {
	mark := []byte(tagEnv + "=" + tag + "\x00")
	return procs(func(_ string, env []byte) bool { return bytes.Contains(env, mark) })
}

// daemons lists every live D-Bus and keyring daemon on the machine, ours
// or not; only logged, since other programs may start and stop them.
func daemons() []proc {
	return procs(func(comm string, _ []byte) bool {
		switch comm {
		case "dbus-daemon", "dbus-launch", "gnome-keyring-d": // comm is cut at 15 bytes
			return true
		}
		return false
	})
}

// leftBehind waits briefly for the tagged processes to end (a bus that
// lost its last client takes a moment) and returns those that did not.
// kill ends them, so that a failing test does not leave them running.
func leftBehind(tag string) (left []proc, kill func()) {
	for range 20 {
		if left = tagged(tag); len(left) == 0 {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	return left, func() {
		for _, p := range left {
			syscall.Kill(p.pid, syscall.SIGKILL) // ours: it carries our tag
		}
	}
}

// environ is os.Environ without the named variables, plus extra.
func environ(drop []string, extra ...string) []string {
	var out []string
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		if !slices.Contains(drop, name) {
			out = append(out, kv)
		}
	}
	return append(out, extra...)
}

// inCI is true in CI, where nothing a test needs may be missing.
func inCI() bool { return os.Getenv("CI") == "true" }

// needTools finds the programs a test runs. Missing ones fail it in CI,
// which installs them (.ci/run), and skip it elsewhere, saying what to
// install.
func needTools(t *testing.T, pkgs string, names ...string) map[string]string {
	t.Helper()
	found := map[string]string{}
	for _, n := range names {
		p, err := exec.LookPath(n)
		if err != nil {
			if inCI() {
				t.Fatalf("%s is not installed; .ci/run must install %s", n, pkgs)
			}
			t.Skipf("%s is not installed (apt-get install %s); CI installs it", n, pkgs)
		}
		found[n] = p
	}
	return found
}
