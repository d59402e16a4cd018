//go:build unix

package testproc_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gmailsetup/internal/fake/testproc"
)

// The body runs without root's privileges: folder permissions hold. As
// root it runs as Nobody; otherwise it runs as the caller, who is not root
// either.
func TestAsNobodyDropsRoot(t *testing.T) {
	if testproc.AsNobody(t) {
		return
	}
	if os.Geteuid() == 0 {
		t.Fatal("the body runs as root")
	}
	dir := t.TempDir()
	if err := os.Chmod(dir, 0o500); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o700)
	if err := os.WriteFile(filepath.Join(dir, "f"), nil, 0o600); !os.IsPermission(err) {
		t.Fatalf("writing into a read-only folder = %v, want a permission error", err)
	}
}

// TestAsNobodyFailsHelperProcess is the test binary run by
// TestAsNobodyReportsAFailure: its body, as Nobody, fails. Run on its own
// it skips.
func TestAsNobodyFailsHelperProcess(t *testing.T) {
	if os.Getenv("TESTPROC_FAIL") != "1" {
		t.Skip("only run by TestAsNobodyReportsAFailure")
	}
	if testproc.AsNobody(t) {
		return
	}
	t.Fatal("failing on purpose")
}

// A body that fails as Nobody fails the test that called AsNobody: the
// read-only-folder tests do not pass by not running.
func TestAsNobodyReportsAFailure(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Log("not root: AsNobody runs the body in place, as the helper process shows")
	}
	cmd := exec.CommandContext(t.Context(), os.Args[0], "-test.run=^TestAsNobodyFailsHelperProcess$", "-test.count=1", "-test.v")
	cmd.Env = append(os.Environ(), "TESTPROC_FAIL=1")
	cmd.WaitDelay = 5 * time.Second
	out, err := cmd.CombinedOutput()
	if err == nil || !strings.Contains(string(out), "failing on purpose") {
		t.Fatalf("the helper passed (%v):\n%s", err, out)
	}
	if os.Geteuid() == 0 && !strings.Contains(string(out), "the test failed as uid 65534") {
		t.Errorf("as root, the failure did not come from the child as uid 65534:\n%s", out)
	}
}
