package storage

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"gmailsetup/internal/safefile"
)

// ensureDir creates the folder private (0700) if missing. An existing folder
// is left alone: it may be a home folder or ~/.config, not ours to tighten.
func ensureDir(dir string) error {
	fi, err := os.Stat(dir)
	if err == nil {
		if !fi.IsDir() {
			return &FileError{Op: OpMkdir, Path: dir, Err: syscall.ENOTDIR}
		}
		return nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return &FileError{Op: OpMkdir, Path: dir, Err: err}
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return &FileError{Op: OpMkdir, Path: dir, Err: err}
	}
	// The umask may have taken bits off 0700 (leaving a folder we cannot
	// use); it cannot have added any.
	if err := os.Chmod(dir, 0o700); err != nil {
		return &FileError{Op: OpMkdir, Path: dir, Err: err}
	}
	if err := safefile.RestrictToOwner(dir, true); err != nil { // Windows: its ACL
		return &FileError{Op: OpMkdir, Path: dir, Err: err}
	}
	return nil
}

// cleanTemps removes temp files left by saves that died before renaming:
// they may hold the secret. Only files that are surely ours go: named as
// os.CreateTemp names ours (for the file or one of its backups), regular
// (not a link: Lstat), and owned by us. The caller holds the folder lock,
// so none of them is in flight.
func cleanTemps(target string) {
	dir, base := filepath.Dir(target), filepath.Base(target)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if !isOurTemp(e.Name(), base) || !e.Type().IsRegular() {
			continue
		}
		p := filepath.Join(dir, e.Name())
		if fi, err := os.Lstat(p); err == nil && fi.Mode().IsRegular() && safefile.OwnedByUs(fi) {
			_ = os.Remove(p)
		}
	}
}

// isOurTemp reports whether name is a temp file of base or of one of its
// backups: "." + base + ("" | ".bak" | ".bak-N") + ".tmp-" + digits.
func isOurTemp(name, base string) bool {
	rest, ok := strings.CutPrefix(name, "."+base)
	if !ok {
		return false
	}
	if r, ok := strings.CutPrefix(rest, ".bak"); ok {
		rest = r
		if r, ok := strings.CutPrefix(rest, "-"); ok {
			n := len(r) - len(strings.TrimLeft(r, "0123456789"))
			if n == 0 {
				return false
			}
			rest = r[n:]
		}
	}
	digits, ok := strings.CutPrefix(rest, ".tmp-")
	return ok && digits != "" && strings.Trim(digits, "0123456789") == ""
}

// writeFile replaces target with data atomically, 0600 whatever the
// umask (safefile.Write); on failure target is untouched and no temp file
// is left. The caller has checked the place (begin) and holds the folder
// lock. path is what errors name.
func (s *Store) writeFile(path, target string, data []byte) error {
	if err := safefile.Write(target, data, 0o600, s.beforeRename); err != nil {
		return &FileError{Op: OpWrite, Path: path, Dir: filepath.Dir(target), Err: err}
	}
	return nil
}
