//go:build linux

package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
)

// binDir holds the binaries built for this run.
var binDir string

// gmailsetupBin is the program under test, built once in TestMain.
var gmailsetupBin string

func TestMain(m *testing.M) {
	os.Exit(run(m))
}

func run(m *testing.M) int {
	dir, err := os.MkdirTemp("", "gmailsetup-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	binDir = dir
	gmailsetupBin, err = build("gmailsetup", "gmailsetup")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return m.Run()
}

// build compiles the package pkg into binDir/name, stripped as `make build`
// does. Without -trimpath: that would recompile every dependency instead of
// reusing what `go test` just compiled (the size benchmark adds it).
func build(name, pkg string, extra ...string) (string, error) {
	out := filepath.Join(binDir, name)
	args := append([]string{"build", "-ldflags=-s -w", "-o", out}, extra...)
	cmd := exec.Command("go", append(args, pkg)...)
	if msg, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build %s: %v\n%s", pkg, err, msg)
	}
	return out, nil
}

var (
	floorOnce sync.Once
	floorBin  string
	floorErr  error
)

// floor builds the minimal Bubble Tea program (e2e/floor) on first use:
// only the benchmarks need it.
func floor(tb testing.TB) string {
	tb.Helper()
	floorOnce.Do(func() { floorBin, floorErr = build("floor", "gmailsetup/internal/e2e/floor") })
	if floorErr != nil {
		tb.Fatal(floorErr)
	}
	return floorBin
}
