//go:build unix

package testproc

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Nobody is the uid and gid AsNobody drops to (Debian's nobody/nogroup).
const Nobody = 65534

// AsNobody makes the calling (top-level) test run without root's
// privileges, which ignore folder permissions: as root it re-executes the
// test binary for just this test as uid/gid Nobody and returns true, and
// the caller returns at once; the result is the child's. In the child, or
// when not root to begin with, it returns false and the caller runs the
// test's body. The test's folders must come from t.TempDir in the body, so
// that they belong to whoever runs it.
func AsNobody(t *testing.T) (parent bool) {
	t.Helper()
	if InChild(t) || os.Geteuid() != 0 {
		return false
	}
	// The test binary sits in a private build folder: copy it where
	// nobody may run it.
	dir, err := os.MkdirTemp("", "gmailsetup-nobody-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	exe := filepath.Join(dir, filepath.Base(self))
	copyFile(t, self, exe, 0o755)
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
	defer cancel()
	cmd := command(ctx, t, exe, append(os.Environ(), "HOME="+dir, "TMPDIR="+os.TempDir()))
	cmd.Dir = dir
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: Nobody, Gid: Nobody}}
	out, err := cmd.CombinedOutput()
	t.Logf("as uid %d:\n%s", Nobody, out)
	if err != nil || !strings.Contains(string(out), "--- PASS: "+t.Name()) {
		t.Fatalf("the test failed as uid %d (%v)", Nobody, err)
	}
	return true
}

func copyFile(t *testing.T, from, to string, mode os.FileMode) {
	t.Helper()
	in, err := os.Open(from)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_WRONLY|os.O_CREATE|os.O_EXCL, mode)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
}
