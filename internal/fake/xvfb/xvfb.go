//go:build unix && !darwin

// Package xvfb starts a real X server with no screen (Xvfb) for a test, so
// the test can copy to the X clipboard with xclip and read it back as a
// person's desktop would. It serves tests only.
package xvfb

import (
	"bufio"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// Start runs Xvfb for the rest of t on a display it picks itself and sets
// DISPLAY to it (t.Setenv: the test must not be parallel). It also checks
// for each of tools (xclip…). Missing programs fail the test in CI, which
// installs them (.ci/run), and skip it elsewhere.
func Start(t *testing.T, tools ...string) string {
	t.Helper()
	for _, n := range append([]string{"Xvfb"}, tools...) {
		if _, err := exec.LookPath(n); err != nil {
			if os.Getenv("CI") == "true" {
				t.Fatalf("%s is not installed; .ci/run must install xvfb and xclip", n)
			}
			t.Skipf("%s is not installed (apt-get install xvfb xclip); CI installs it", n)
		}
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	// -displayfd: Xvfb picks a free display and writes its number on fd 3
	// once it accepts clients, so there is nothing to guess or wait for.
	cmd := exec.Command("Xvfb", "-displayfd", "3", "-nolisten", "tcp", "-screen", "0", "320x200x8")
	cmd.ExtraFiles = []*os.File{w}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	w.Close()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	})
	line, err := bufio.NewReader(r).ReadString('\n')
	r.Close()
	if err != nil {
		t.Fatalf("Xvfb did not say its display: %v", err)
	}
	display := ":" + strings.TrimSpace(line)
	t.Setenv("DISPLAY", display)
	t.Setenv("WAYLAND_DISPLAY", "")
	return display
}

// Clipboard reads the X clipboard as another program would (xclip -o);
// "" when it is empty or owned by no one.
func Clipboard(t *testing.T) string {
	t.Helper()
	out, err := exec.Command("xclip", "-o", "-selection", "clipboard").Output()
	if err != nil {
		return ""
	}
	return string(out)
}
