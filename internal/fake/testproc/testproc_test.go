package testproc_test

import (
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
	"time"

	"gmailsetup/internal/fake/testproc"
)

// No program code may import testproc: it exists for tests. go list's
// Deps leaves test files out, so any hit is a real import.
func TestOnlyTestsImportIt(t *testing.T) {
	out, err := exec.Command("go", "list", "-json=ImportPath,Deps", "gmailsetup/...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	dec := json.NewDecoder(strings.NewReader(string(out)))
	seen := 0
	for dec.More() {
		var p struct {
			ImportPath string
			Deps       []string
		}
		if err := dec.Decode(&p); err != nil {
			t.Fatal(err)
		}
		seen++
		if slices.Contains(p.Deps, "gmailsetup/internal/fake/testproc") {
			t.Errorf("%s depends on gmailsetup/internal/testproc, which is for tests only", p.ImportPath)
		}
	}
	if seen < 5 {
		t.Fatalf("go list listed %d packages; the module has more", seen)
	}
}

// Run starts the test again as its child, which sees InChild and says so.
func TestRunReachesTheChild(t *testing.T) {
	if testproc.InChild(t) {
		os.Stdout.WriteString("child of pid " + os.Getenv("TESTPROC_PARENT") + "\n")
		return
	}
	out, err := testproc.Run(t, append(os.Environ(), "TESTPROC_PARENT=parent"), time.Minute)
	if err != nil || !strings.Contains(out, "child of pid parent") || !strings.Contains(out, "--- PASS: TestRunReachesTheChild") {
		t.Fatalf("Run = %v, output:\n%s", err, out)
	}
}

// A child that fails, or hangs, is a failure of Run, not a quiet pass.
func TestRunReportsAFailingOrHungChild(t *testing.T) {
	if testproc.InChild(t) {
		switch os.Getenv("TESTPROC_CHILD") {
		case "fail":
			t.Fatal("failing on purpose")
		case "hang":
			time.Sleep(time.Hour)
		}
		return
	}
	if out, err := testproc.Run(t, append(os.Environ(), "TESTPROC_CHILD=fail"), time.Minute); err == nil || !strings.Contains(out, "failing on purpose") {
		t.Errorf("a failing child: Run = %v, output:\n%s", err, out)
	}
	out, err := testproc.Run(t, append(os.Environ(), "TESTPROC_CHILD=hang"), 500*time.Millisecond)
	if err == nil || !strings.Contains(err.Error(), "a hang") {
		t.Errorf("a hung child: Run = %v, output:\n%s", err, out)
	}
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		t.Errorf("a hung child is reported as an exit: %v", err)
	}
}
