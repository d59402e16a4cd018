//go:build unix

package storage_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"gmailsetup/internal/fake/testproc"
	"gmailsetup/internal/storage"
)

func TestPrivateFileInPrivateFolder(t *testing.T) {
	path := configPath(t)
	mustSave(t, storage.Open(path, storage.WithoutKeyring()), account("ada@gmail.com"), "adaadaadaadaaaaa", true)
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
	mustSave(t, s, account("ada@gmail.com"), "adaadaadaadaaaaa", true)
	if p := perm(t, path); p != 0o600 {
		t.Errorf("file mode %v after save, want 0600", p)
	}
	mustLoad(t, s)

	// A folder we create is 0700 whatever the umask.
	fresh := configPath(t)
	mustSave(t, storage.Open(fresh, storage.WithoutKeyring()), account("ada@gmail.com"), "adaadaadaadaaaaa", true)
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
		mustSave(t, s, account("ada@gmail.com"), "adaadaadaadaaaaa", true)
		mustSave(t, s, account("bob@gmail.com"), "bobbobbobbobbbbb", true)

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
	mustSave(t, s, account("ada@gmail.com"), "oldoldoldoldoooo", true)
	before := readRaw(t, path)

	var seen []string
	storage.FailBeforeRename(s, errors.New("disk full"), &seen)
	_, err := s.Save(account("ada@gmail.com"), "newnewnewnewnnnn", true)
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
	if got, err := s.Secret("ada@gmail.com"); err != nil || got != "oldoldoldoldoooo" {
		t.Errorf("Secret after failed save = %q, %v; want the old one", got, err)
	}
}

// A save into a folder we may not write fails naming the write and the
// folder, leaves no temp file and keeps the old setup. Root ignores folder
// permissions, so as root this runs as nobody in a helper process.
func TestReadOnlyFolderLeavesNoTemp(t *testing.T) {
	if testproc.AsNobody(t) {
		return
	}
	path := configPath(t)
	s := storage.Open(path, storage.WithoutKeyring())
	mustSave(t, s, account("ada@gmail.com"), "oldoldoldoldoooo", true)
	dir := filepath.Dir(path)
	if err := os.Chmod(dir, 0o500); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o700)
	var fe *storage.FileError
	_, err := s.Save(account("ada@gmail.com"), "newnewnewnewnnnn", true)
	if !errors.As(err, &fe) || fe.Op != storage.OpWrite || fe.Folder() != dir {
		t.Fatalf("Save into read-only folder = %#v, want a write *FileError naming %s", err, dir)
	}
	if msg := err.Error(); !strings.Contains(msg, "cannot write") || !strings.Contains(msg, dir) || strings.Contains(msg, "read it") {
		t.Errorf("the message does not say the write failed, and where: %s", msg)
	}
	if left := temps(t, dir); len(left) != 0 {
		t.Errorf("temp files left: %v", left)
	}
	if got, _ := s.Secret("ada@gmail.com"); got != "oldoldoldoldoooo" {
		t.Errorf("Secret = %q, want the old one", got)
	}
}

// A first save whose folder cannot be created names the folder and the
// operation; so does one into an existing read-only folder (--config
// somewhere unwritable).
func TestUnwritablePlacesNameTheOperation(t *testing.T) {
	if testproc.AsNobody(t) {
		return
	}
	parent := t.TempDir()
	if err := os.Chmod(parent, 0o500); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(parent, 0o700)

	nested := filepath.Join(parent, "gmailsetup", "config.toml")
	_, err := storage.Open(nested, storage.WithoutKeyring()).Save(account("ada@gmail.com"), "adaadaadaadaaaaa", true)
	var fe *storage.FileError
	if !errors.As(err, &fe) || fe.Op != storage.OpMkdir || fe.Folder() != filepath.Dir(nested) {
		t.Errorf("Save with an uncreatable folder = %#v, want a create-folder *FileError", err)
	}

	flat := filepath.Join(parent, "config.toml")
	_, err = storage.Open(flat, storage.WithoutKeyring()).Save(account("ada@gmail.com"), "adaadaadaadaaaaa", true)
	if !errors.As(err, &fe) || fe.Op != storage.OpWrite || fe.Folder() != parent {
		t.Errorf("Save into a read-only folder = %#v, want a write *FileError naming %s", err, parent)
	}
	if names := dirNames(t, parent); len(names) != 0 {
		t.Errorf("left in the folder: %v", names)
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
	mustSave(t, storage.Open(path, storage.WithoutKeyring()), account("ada@gmail.com"), "adaadaadaadaaaaa", true)
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
			_, err := s.Save(account(fmt.Sprintf("user%d@gmail.com", i)), "secretsecretsec"+string(rune('a'+i)), true)
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
