package storage

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// tempPrefix names our temp files: hidden, and tied to the file they replace.
func tempPrefix(target string) string { return "." + filepath.Base(target) + ".tmp-" }

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
	if err := restrictToOwner(dir, true); err != nil { // Windows: its ACL
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
		if fi, err := os.Lstat(p); err == nil && fi.Mode().IsRegular() && ownedByUs(fi) {
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

// writeFile replaces target with data so that a crash at any moment leaves
// either the old file or the new one, whole: the data goes to a temp file in
// the same folder (0600 whatever the umask), is flushed to disk, and is then
// renamed over target, which is atomic; the folder is flushed so the rename
// itself survives a power cut. On failure the temp file is removed and
// target is untouched. path is what errors name.
func (s *Store) writeFile(path, target string, data []byte) (err error) {
	dir := filepath.Dir(target)
	fail := func(err error) error { return &FileError{Op: OpWrite, Path: path, Dir: dir, Err: err} }
	f, err := os.CreateTemp(dir, tempPrefix(target)+"*")
	if err != nil {
		return fail(err)
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if err := f.Chmod(0o600); err != nil {
		return fail(err)
	}
	if err := restrictToOwner(tmp, false); err != nil { // Windows: its ACL, before any data
		return fail(err)
	}
	if _, err := f.Write(data); err != nil {
		return fail(err)
	}
	if err := f.Sync(); err != nil {
		return fail(err)
	}
	if err := f.Close(); err != nil {
		return fail(err)
	}
	if s.beforeRename != nil {
		if err := s.beforeRename(tmp); err != nil {
			return fail(err)
		}
	}
	if err := os.Rename(tmp, target); err != nil {
		return fail(err)
	}
	syncDir(dir)
	return nil
}
