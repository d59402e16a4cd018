//go:build unix

package storage_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"gmailsetup/internal/fake/testproc"
	"gmailsetup/internal/storage"
)

// Replacing a setup that does not load, when the setup path is a link,
// replaces the link itself: the file it points to was not ours, and stays
// byte for byte as it was; its bytes are also kept in the backup.
func TestReplaceThroughLinkLeavesTarget(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "etc", "passwd-copy")
	passwd := "root:x:0:0:root:/root:/bin/bash\nmario:x:1000:1000::/home/mario:/bin/sh\n"
	writeRaw(t, target, passwd, 0o644)
	link := filepath.Join(dir, "gmailsetup", "config.toml")
	if err := os.MkdirAll(filepath.Dir(link), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	s := storage.Open(link, storage.WithoutKeyring())
	var se *storage.SyntaxError
	if _, err := s.Load(); !errors.As(err, &se) {
		t.Fatalf("Load = %v, want a *SyntaxError", err)
	}
	w, err := s.Replace(account("ada@gmail.com"), "adaadaadaadaaaaa", true)
	if err != nil {
		t.Fatalf("Replace: %v", err)
	}
	if got := readRaw(t, target); got != passwd {
		t.Fatalf("the link's target was written:\n%s", got)
	}
	if p := perm(t, target); p != 0o644 {
		t.Errorf("the link's target changed mode: %v", p)
	}
	fi, err := os.Lstat(link)
	if err != nil || !fi.Mode().IsRegular() || fi.Mode().Perm() != 0o600 {
		t.Fatalf("the setup path is not a new private file: %v, %v", fi.Mode(), err)
	}
	if w.Backup != link+".bak" || readRaw(t, w.Backup) != passwd {
		t.Errorf("Backup = %q, want the old bytes next to the link", w.Backup)
	}
	if cfg := mustLoad(t, s); len(cfg.Accounts) != 1 {
		t.Errorf("after Replace: %+v", cfg)
	}
}

// A link to something that is not a regular file of ours is never written
// through, whatever the call.
func TestNoWriteThroughForeignLink(t *testing.T) {
	dir := t.TempDir()
	link := filepath.Join(dir, "config.toml")
	if err := os.Symlink("/dev/null", link); err != nil {
		t.Fatal(err)
	}
	s := storage.Open(link, storage.WithoutKeyring())
	var fe *storage.FileError
	if _, err := s.Save(account("ada@gmail.com"), "adaadaadaadaaaaa", true); !errors.As(err, &fe) || !errors.Is(err, storage.ErrNotRegular) {
		t.Errorf("Save through a link to a device = %v, want ErrNotRegular", err)
	}
	// Replace sets the link aside by replacing it; the device is untouched.
	if _, err := s.Replace(account("ada@gmail.com"), "adaadaadaadaaaaa", true); err != nil {
		t.Fatalf("Replace over a link to a device: %v", err)
	}
	if fi, err := os.Lstat(link); err != nil || !fi.Mode().IsRegular() {
		t.Errorf("the link was not replaced: %v", err)
	}
	if fi, err := os.Stat("/dev/null"); err != nil || fi.Mode()&os.ModeDevice == 0 {
		t.Fatalf("/dev/null is no longer a device: %v", err)
	}

	// A file that loads but belongs to someone else is not ours to write.
	if os.Geteuid() != 0 {
		return // only root can give a file away; CI runs as root
	}
	other := filepath.Join(dir, "other.toml")
	writeRaw(t, other, goodAccount, 0o644)
	if err := os.Chown(other, testproc.Nobody, testproc.Nobody); err != nil {
		t.Fatal(err)
	}
	link2 := filepath.Join(dir, "link2.toml")
	if err := os.Symlink(other, link2); err != nil {
		t.Fatal(err)
	}
	var le *storage.LinkError
	_, err := storage.Open(link2, storage.WithoutKeyring()).Save(account("ada@gmail.com"), "adaadaadaadaaaaa", true)
	if !errors.As(err, &le) || le.Target != other {
		t.Errorf("Save through a link to another user's file = %v, want *LinkError naming %s", err, other)
	}
	if readRaw(t, other) != goodAccount {
		t.Error("another user's file was written")
	}
}

// Temp files a killed save left (they may hold the secret) are removed as
// soon as the setup is opened, by any command; only files that are surely
// ours go.
func TestStaleTempsCleanedAtOpen(t *testing.T) {
	path := configPath(t)
	dir := filepath.Dir(path)
	ours := []string{".config.toml.tmp-123", ".config.toml.tmp-4294967295", ".config.toml.bak.tmp-77", ".config.toml.bak-2.tmp-8"}
	for _, n := range ours {
		writeRaw(t, filepath.Join(dir, n), "password = \"adaadaadaadaaaaa\"\n", 0o600)
	}
	keep := []string{".config.toml.tmp-abc", ".config.toml.tmp-", "config.toml.tmp-1", ".other.toml.tmp-1", "notes.txt"}
	for _, n := range keep {
		writeRaw(t, filepath.Join(dir, n), "mine", 0o600)
	}
	outside := filepath.Join(t.TempDir(), "precious")
	writeRaw(t, outside, "precious", 0o600)
	if err := os.Symlink(outside, filepath.Join(dir, ".config.toml.tmp-999")); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, ".config.toml.tmp-555"), 0o700); err != nil {
		t.Fatal(err)
	}
	keep = append(keep, ".config.toml.tmp-999", ".config.toml.tmp-555")
	if os.Geteuid() == 0 {
		foreign := ".config.toml.tmp-666"
		writeRaw(t, filepath.Join(dir, foreign), "theirs", 0o600)
		if err := os.Chown(filepath.Join(dir, foreign), testproc.Nobody, testproc.Nobody); err != nil {
			t.Fatal(err)
		}
		keep = append(keep, foreign)
	}

	storage.Open(path, storage.WithoutKeyring())

	left := map[string]bool{}
	for _, n := range dirNames(t, dir) {
		left[n] = true
	}
	for _, n := range ours {
		if left[n] {
			t.Errorf("stale temp %s left", n)
		}
	}
	for _, n := range keep {
		if !left[n] {
			t.Errorf("%s was removed: not ours", n)
		}
	}
	if readRaw(t, outside) != "precious" {
		t.Error("a link's target was touched")
	}
}

// While another gmailsetup holds the folder's lock, its temp file is in
// flight: opening the setup leaves it alone, and does not wait.
func TestTempCleanupSparesSaveInFlight(t *testing.T) {
	path := configPath(t)
	dir := filepath.Dir(path)
	inFlight := filepath.Join(dir, ".config.toml.tmp-42")
	writeRaw(t, inFlight, "half", 0o600)
	unlock := storage.LockDir(t, dir)
	storage.Open(path, storage.WithoutKeyring())
	if _, err := os.Stat(inFlight); err != nil {
		t.Errorf("a temp file in flight was removed: %v", err)
	}
	unlock()
	storage.Open(path, storage.WithoutKeyring())
	if _, err := os.Stat(inFlight); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the stale temp file is still there: %v", err)
	}
}
