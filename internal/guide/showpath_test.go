package guide

import (
	"path/filepath"
	"testing"
)

// Paths under the home folder are ~/… on Unix; on Windows they are shown
// as Windows writes them, never ~\.
func TestShowPath(t *testing.T) {
	home := filepath.Join(string(filepath.Separator)+"home", "mario")
	in := filepath.Join(home, "gmailsetup", "config.toml")
	if got := showPath("linux", home, in); got != "~"+string(filepath.Separator)+filepath.Join("gmailsetup", "config.toml") {
		t.Errorf("linux: %q", got)
	}
	if got := showPath("windows", home, in); got != in {
		t.Errorf("windows: %q, want %q", got, in)
	}
	if got := showPath("linux", home, "/etc/x"); got != "/etc/x" {
		t.Errorf("outside home: %q", got)
	}
	if got := showPath("linux", home, home+"2/x"); got != home+"2/x" {
		t.Errorf("a sibling of home: %q", got)
	}
}
