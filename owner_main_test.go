//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gmailsetup/internal/fake/testproc"
)

// `sudo gmailsetup` without -H: every way through the guide ends in a
// save that would be refused, so the refusal, in the person's language
// and with the fix, comes first, before a single question (issue 18,
// item 1).
func TestWizardAsRootInSomeoneElsesHomeRefusesFirst(t *testing.T) {
	if os.Geteuid() != 0 {
		if os.Getenv("CI") == "true" {
			t.Fatal("CI runs as root: this test must run")
		}
		t.Skip("only root can give a folder to another user")
	}
	home := t.TempDir()
	if err := os.Chown(home, testproc.Nobody, testproc.Nobody); err != nil {
		t.Fatal(err)
	}
	config := filepath.Join(home, ".config", "gmailsetup", "config.toml")
	out, stderr, code := runBinary(t, []string{"HOME=" + home, "GMAILSETUP_CONFIG=" + config}, "--accessible", "--lang", "it")
	if code != 2 || !strings.Contains(stderr, "cartella home di nobody") || !strings.Contains(stderr, "sudo -H") {
		t.Errorf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out, stderr)
	}
	if out != "" {
		t.Errorf("the guide started before the refusal:\n%s", out)
	}
	if _, err := os.Lstat(filepath.Join(home, ".config")); !os.IsNotExist(err) {
		t.Errorf("~/.config was made: %v", err)
	}
}
