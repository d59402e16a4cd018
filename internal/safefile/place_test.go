//go:build unix

package safefile_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"gmailsetup/internal/fake/testproc"
	"gmailsetup/internal/safefile"
)

// Inside HOME every folder up to HOME counts, so a folder root made there
// earlier does not make the person's home root's; outside it, the nearest
// folder that exists does.
func TestCheckFolderWalksUpToHome(t *testing.T) {
	if os.Geteuid() != 0 {
		if os.Getenv("CI") == "true" {
			t.Fatal("CI runs as root: this test must run")
		}
		t.Skip("only root can give a folder to another user")
	}
	home := t.TempDir()
	made := filepath.Join(home, ".config", "gmailsetup")
	if err := os.MkdirAll(made, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.Chown(home, testproc.Nobody, testproc.Nobody); err != nil {
		t.Fatal(err)
	}
	t.Setenv("HOME", home)
	var oe *safefile.OwnerError
	for _, dir := range []string{home, made, filepath.Join(made, "not", "yet")} {
		if err := safefile.CheckFolder(dir); !errors.As(err, &oe) || oe.Path != home || !oe.Home || oe.OwnerName != "nobody" || oe.UserName != "root" {
			t.Errorf("CheckFolder(%s) = %#v, want the home named", dir, err)
		}
	}
	outside := t.TempDir()
	if err := safefile.CheckFolder(filepath.Join(outside, "new")); err != nil {
		t.Errorf("a folder of ours outside HOME: %v", err)
	}
	if err := os.Chown(outside, testproc.Nobody, testproc.Nobody); err != nil {
		t.Fatal(err)
	}
	if err := safefile.CheckFolder(filepath.Join(outside, "new")); !errors.As(err, &oe) || oe.Path != outside || oe.Home || !oe.Folder {
		t.Errorf("CheckFolder in another's folder = %#v", err)
	}
}

// A user who is not root writes in its own folders and in root's (/tmp,
// a container's HOME=/): the rule only keeps a user out of another's.
func TestUserWritesInOwnAndRootsFolders(t *testing.T) {
	if testproc.AsNobody(t) {
		return
	}
	t.Setenv("HOME", "/")
	dir := t.TempDir()
	target := filepath.Join(dir, "f")
	if _, _, err := safefile.Prepare(target); err != nil {
		t.Fatalf("Prepare in our folder: %v", err)
	}
	if err := safefile.Write(target, []byte("x"), 0o600, nil); err != nil {
		t.Fatal(err)
	}
	if err := safefile.CheckFolder(os.TempDir()); err != nil {
		t.Errorf("root's %s: %v", os.TempDir(), err)
	}
	f, err := safefile.Create(filepath.Join(dir, "new"), 0o600)
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
	if _, err := safefile.Create(filepath.Join(dir, "new"), 0o600); !errors.Is(err, os.ErrExist) {
		t.Errorf("Create over an existing file = %v", err)
	}
}
