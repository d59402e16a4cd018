//go:build unix

package storage_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"gmailsetup/internal/fake/testproc"
	"gmailsetup/internal/storage"
)

// asRootGivingAway skips outside CI when not root: only root can give a
// folder to another user; CI runs as root, and fails on a skip.
func asRootGivingAway(t *testing.T) {
	t.Helper()
	if os.Geteuid() == 0 {
		return
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("CI runs as root: this test must run")
	}
	t.Skip("only root can give a folder to another user; CI runs as root")
}

// give chowns path (not following a link) to nobody.
func give(t *testing.T, path string) {
	t.Helper()
	if err := os.Lchown(path, testproc.Nobody, testproc.Nobody); err != nil {
		t.Fatal(err)
	}
}

// sudo without -H keeps the person's HOME: root saving there would leave
// ~/.config/gmailsetup and config.toml root's, and the person locked out
// of their own setup (issue 18, item 1). Nothing is written, not even the
// folder, and the error names the home folder and both users.
func TestRootDoesNotWriteInSomeoneElsesHome(t *testing.T) {
	asRootGivingAway(t)
	home := t.TempDir()
	give(t, home)
	t.Setenv("HOME", home)
	path := filepath.Join(home, ".config", "gmailsetup", "config.toml")
	s := storage.Open(path, storage.WithoutKeyring())
	_, err := s.Save(account("ada@gmail.com"), "adaadaadaadaaaaa", true)
	var oe *storage.OwnerError
	if !errors.As(err, &oe) || oe.Path != home || !oe.Home || oe.Owner != testproc.Nobody || oe.UID != 0 {
		t.Fatalf("Save in another's home = %#v, want *OwnerError naming %s", err, home)
	}
	if names := dirNames(t, home); len(names) != 0 {
		t.Errorf("written in the home folder: %v", names)
	}

	// A folder root made there by an earlier run is root's, but the home
	// around it is not: still refused, for every kind of write.
	dir := filepath.Dir(path)
	writeRaw(t, path, goodAccount, 0o600)
	for name, write := range map[string]func() error{
		"Save":        func() error { _, err := s.Save(account("ada@gmail.com"), "adaadaadaadaaaaa", true); return err },
		"Replace":     func() error { _, err := s.Replace(account("ada@gmail.com"), "adaadaadaadaaaaa", true); return err },
		"SetVerified": func() error { return s.SetVerified("ada@gmail.com", time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)) },
		"Forget":      func() error { return s.Forget("ada@gmail.com") },
	} {
		if err := write(); !errors.As(err, &oe) || oe.Path != home {
			t.Errorf("%s = %v, want *OwnerError naming the home", name, err)
		}
	}
	if got := readRaw(t, path); got != goodAccount {
		t.Errorf("the file changed:\n%s", got)
	}
	if names := dirNames(t, dir); len(names) != 1 {
		t.Errorf("left in %s: %v", dir, names)
	}
}

// Outside HOME, the folder the file goes in, and the file itself, must be
// ours: root writing a file of another user's, or in their folder, would
// take it from them.
func TestNoWriteInAnotherUsersFolderOrFile(t *testing.T) {
	asRootGivingAway(t)
	t.Setenv("HOME", t.TempDir())

	theirs := t.TempDir()
	give(t, theirs)
	path := filepath.Join(theirs, "config.toml")
	_, err := storage.Open(path, storage.WithoutKeyring()).Save(account("ada@gmail.com"), "adaadaadaadaaaaa", true)
	var oe *storage.OwnerError
	if !errors.As(err, &oe) || oe.Path != theirs || !oe.Folder || oe.Home {
		t.Fatalf("Save in another's folder = %#v, want *OwnerError naming %s", err, theirs)
	}
	if names := dirNames(t, theirs); len(names) != 0 {
		t.Errorf("written in their folder: %v", names)
	}

	file := filepath.Join(t.TempDir(), "config.toml")
	writeRaw(t, file, goodAccount, 0o644)
	give(t, file)
	s := storage.Open(file, storage.WithoutKeyring())
	if _, err := s.Save(account("ada@gmail.com"), "adaadaadaadaaaaa", true); !errors.As(err, &oe) || oe.Path != file || oe.Folder {
		t.Fatalf("Save over another's file = %#v, want *OwnerError naming %s", err, file)
	}
	if err := s.SetVerified("ada@gmail.com", time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)); !errors.As(err, &oe) {
		t.Errorf("SetVerified on another's file = %v", err)
	}
	if readRaw(t, file) != goodAccount {
		t.Error("another user's file was written")
	}
	if names := dirNames(t, filepath.Dir(file)); len(names) != 1 {
		t.Errorf("backups or temps left: %v", names)
	}
}

// A link is followed only when it is ours: one another user planted, even
// to a file of ours, is not.
func TestLinkOfAnotherUserNotFollowed(t *testing.T) {
	asRootGivingAway(t)
	t.Setenv("HOME", t.TempDir())
	dir := t.TempDir()
	mine := filepath.Join(dir, "real.toml")
	writeRaw(t, mine, goodAccount, 0o600)
	link := filepath.Join(dir, "config.toml")
	if err := os.Symlink(mine, link); err != nil {
		t.Fatal(err)
	}
	give(t, link)
	_, err := storage.Open(link, storage.WithoutKeyring()).Save(account("ada@gmail.com"), "adaadaadaadaaaaa", true)
	var le *storage.LinkError
	if !errors.As(err, &le) || le.Path != link {
		t.Fatalf("Save through another's link = %#v, want *LinkError", err)
	}
	if readRaw(t, mine) != goodAccount {
		t.Error("the file behind the link was written")
	}
}
