//go:build unix

package storage_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"

	"gmailsetup/storage"
)

func TestPrivateFileInPrivateFolder(t *testing.T) {
	path := configPath(t)
	mustSave(t, storage.Open(path, storage.WithoutKeyring()), account("ada@gmail.com"), "secret-ada-0001", true)
	if p := perm(t, path); p != 0o600 {
		t.Errorf("file mode %v, want 0600", p)
	}
	if p := perm(t, filepath.Dir(path)); p != 0o700 {
		t.Errorf("folder mode %v, want 0700", p)
	}
	if left := temps(t, filepath.Dir(path)); len(left) != 0 {
		t.Errorf("temp files left: %v", left)
	}
}

// An existing world-readable file without a secret loads, and the save
// that puts a secret in it leaves it 0600 even when the umask would allow
// anything.
func TestLooseFileBecomesPrivateWithUmaskZero(t *testing.T) {
	old := syscall.Umask(0)
	defer syscall.Umask(old)

	path := configPath(t)
	writeRaw(t, path, "[[account]]\nemail = \"ada@gmail.com\"\nhost = \"smtp.gmail.com\"\nport = 587\nsecret_store = \"keyring\"\n", 0o644)
	s := storage.Open(path, storage.WithoutKeyring())
	if cfg := mustLoad(t, s); len(cfg.Accounts) != 1 {
		t.Fatalf("a 0644 file without a secret should load: %+v", cfg)
	}
	mustSave(t, s, account("ada@gmail.com"), "secret-ada-0001", true)
	if p := perm(t, path); p != 0o600 {
		t.Errorf("file mode %v after save, want 0600", p)
	}
	mustLoad(t, s)

	// A folder we create is 0700 whatever the umask.
	fresh := configPath(t)
	mustSave(t, storage.Open(fresh, storage.WithoutKeyring()), account("ada@gmail.com"), "secret-ada-0001", true)
	if p := perm(t, filepath.Dir(fresh)); p != 0o700 {
		t.Errorf("new folder mode %v with umask 0, want 0700", p)
	}
}

func TestSymlinkKeepsPointingAtTarget(t *testing.T) {
	for _, dangling := range []bool{false, true} {
		dir := t.TempDir()
		target := filepath.Join(dir, "dotfiles", "gmailsetup.toml")
		link := filepath.Join(dir, "config", "config.toml")
		if err := os.MkdirAll(filepath.Dir(target), 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Dir(link), 0o700); err != nil {
			t.Fatal(err)
		}
		if !dangling {
			writeRaw(t, target, "", 0o600)
		}
		// Relative, as dotfile managers make them.
		if err := os.Symlink("../dotfiles/gmailsetup.toml", link); err != nil {
			t.Fatal(err)
		}
		s := storage.Open(link, storage.WithoutKeyring())
		mustSave(t, s, account("ada@gmail.com"), "secret-ada-0001", true)
		mustSave(t, s, account("bob@gmail.com"), "secret-bob-0001", true)

		fi, err := os.Lstat(link)
		if err != nil || fi.Mode()&os.ModeSymlink == 0 {
			t.Fatalf("dangling=%v: %s is no longer a symlink (%v)", dangling, link, err)
		}
		if got := readRaw(t, target); len(got) == 0 {
			t.Fatalf("dangling=%v: target not written", dangling)
		}
		if cfg := mustLoad(t, s); len(cfg.Accounts) != 2 {
			t.Errorf("dangling=%v: %+v", dangling, cfg)
		}
		if left := append(temps(t, filepath.Dir(link)), temps(t, filepath.Dir(target))...); len(left) != 0 {
			t.Errorf("temp files left: %v", left)
		}
	}
}

func TestFailedWriteLeavesNoTempAndOldFile(t *testing.T) {
	path := configPath(t)
	s := storage.Open(path, storage.WithoutKeyring())
	mustSave(t, s, account("ada@gmail.com"), "secret-old-0001", true)
	before := readRaw(t, path)

	var seen []string
	storage.FailBeforeRename(s, errors.New("disk full"), &seen)
	_, err := s.Save(account("ada@gmail.com"), "secret-new-0002", true)
	var fe *storage.FileError
	if !errors.As(err, &fe) || fe.Op != storage.OpWrite || fe.Path != path {
		t.Fatalf("Save = %v, want *FileError write %s", err, path)
	}
	if len(seen) != 1 {
		t.Fatalf("the failure hook ran %d times", len(seen))
	}
	if _, err := os.Stat(seen[0]); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("temp file %s left behind (%v)", seen[0], err)
	}
	if left := temps(t, filepath.Dir(path)); len(left) != 0 {
		t.Errorf("temp files left: %v", left)
	}
	if after := readRaw(t, path); after != before {
		t.Errorf("file changed by a failed save:\n%s", after)
	}
	if got, err := s.Secret("ada@gmail.com"); err != nil || got != "secret-old-0001" {
		t.Errorf("Secret after failed save = %q, %v; want the old one", got, err)
	}
}

func TestReadOnlyFolderLeavesNoTemp(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root writes into read-only folders; TestFailedWriteLeavesNoTempAndOldFile covers the cleanup")
	}
	path := configPath(t)
	s := storage.Open(path, storage.WithoutKeyring())
	mustSave(t, s, account("ada@gmail.com"), "secret-old-0001", true)
	dir := filepath.Dir(path)
	if err := os.Chmod(dir, 0o500); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o700)
	var fe *storage.FileError
	if _, err := s.Save(account("ada@gmail.com"), "secret-new-0002", true); !errors.As(err, &fe) {
		t.Fatalf("Save into read-only folder = %v, want *FileError", err)
	}
	if left := temps(t, dir); len(left) != 0 {
		t.Errorf("temp files left: %v", left)
	}
	if got, _ := s.Secret("ada@gmail.com"); got != "secret-old-0001" {
		t.Errorf("Secret = %q, want the old one", got)
	}
}

// Temp files of saves that died are removed by the next save, and nothing
// else in the folder is.
func TestStaleTempsCleanedOnSave(t *testing.T) {
	path := configPath(t)
	dir := filepath.Dir(path)
	writeRaw(t, filepath.Join(dir, ".config.toml.tmp-123"), "half a fi", 0o600)
	writeRaw(t, filepath.Join(dir, ".config.toml.tmp-456"), "", 0o600)
	writeRaw(t, filepath.Join(dir, "notes.txt"), "mine", 0o600)
	mustSave(t, storage.Open(path, storage.WithoutKeyring()), account("ada@gmail.com"), "secret-ada-0001", true)
	if left := temps(t, dir); len(left) != 0 {
		t.Errorf("stale temps left: %v", left)
	}
	if readRaw(t, filepath.Join(dir, "notes.txt")) != "mine" {
		t.Error("an unrelated file was touched")
	}
}

// Saves through separate stores (as from separate processes) do not lose
// each other's accounts: the folder lock serialises read-modify-write.
func TestConcurrentSavesLoseNothing(t *testing.T) {
	path := configPath(t)
	const n = 8
	errs := make(chan error, n)
	for i := range n {
		go func() {
			s := storage.Open(path, storage.WithoutKeyring())
			_, err := s.Save(account(fmt.Sprintf("user%d@gmail.com", i)), "secret-0000000"+strconv.Itoa(i), true)
			errs <- err
		}()
	}
	for range n {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	cfg := mustLoad(t, storage.Open(path))
	if len(cfg.Accounts) != n {
		t.Errorf("%d accounts saved, want %d: %+v", len(cfg.Accounts), n, cfg.Accounts)
	}
	if left := temps(t, filepath.Dir(path)); len(left) != 0 {
		t.Errorf("temp files left: %v", left)
	}
}
