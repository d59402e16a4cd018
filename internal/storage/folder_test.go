//go:build unix

package storage_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"gmailsetup/internal/storage"
)

// The README promises the setup in a 0700 folder. An existing gmailsetup
// folder of ours left 0777 (an old umask, a copy from a USB stick) was
// used silently (issue 18, item 7); it is tightened to 0700 by the save.
func TestLooseSetupFolderOfOursTightened(t *testing.T) {
	path := configPath(t)
	dir := filepath.Dir(path)
	if err := os.Mkdir(dir, 0o777); err != nil {
		t.Fatal(err)
	}
	os.Chmod(dir, 0o777)
	mustSave(t, storage.Open(path, storage.WithoutKeyring()), account("ada@gmail.com"), "adaadaadaadaaaaa", true)
	if fi, err := os.Stat(dir); err != nil || fi.Mode().Perm() != 0o700 {
		t.Errorf("the folder is %v (%v), want 0700", fi.Mode().Perm(), err)
	}
}

// A folder of another name that anyone may write in, without the sticky
// bit (--config into a shared folder), lets anyone swap the setup file:
// nothing is written there, and the error names the folder and its mode.
func TestWorldWritableFolderRefused(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "shared")
	if err := os.Mkdir(dir, 0o777); err != nil {
		t.Fatal(err)
	}
	os.Chmod(dir, 0o777)
	path := filepath.Join(dir, "config.toml")
	s := storage.Open(path, storage.WithoutKeyring())
	_, err := s.Save(account("ada@gmail.com"), "adaadaadaadaaaaa", true)
	var le *storage.LooseFolderError
	if !errors.As(err, &le) || le.Path != dir || le.Mode != 0o777 {
		t.Fatalf("Save in a world-writable folder = %#v, want *LooseFolderError", err)
	}
	if err := s.CheckWrite(); !errors.As(err, &le) {
		t.Errorf("CheckWrite = %v", err)
	}
	if names := dirNames(t, dir); len(names) != 0 {
		t.Errorf("written: %v", names)
	}
	if fi, _ := os.Stat(dir); fi.Mode().Perm() != 0o777 {
		t.Errorf("a folder not ours to tighten changed: %v", fi.Mode())
	}
	// With the sticky bit (like /tmp) others cannot replace our file.
	os.Chmod(dir, 0o777|os.ModeSticky)
	mustSave(t, s, account("ada@gmail.com"), "adaadaadaadaaaaa", true)
}
