package safefile

import (
	"io/fs"
	"os"
	"path/filepath"
)

// TempPrefix names the temp files of a write to target: hidden, and tied
// to the file they replace, so a cleaner knows which are whose.
func TempPrefix(target string) string { return "." + filepath.Base(target) + ".tmp-" }

// Write replaces target with data so that a crash at any moment leaves
// either the old file or the new one, whole: the data goes to a temp file
// in the same folder (mode perm, whatever the umask), is flushed to disk,
// and is renamed over target, which is atomic and never follows a link at
// target; the folder is flushed so the rename survives a power cut. On
// failure the temp file is removed and target is untouched. beforeRename,
// when not nil, runs on the complete temp file (tests fail a save there).
// The caller has checked the place (Prepare) and holds any lock.
func Write(target string, data []byte, perm fs.FileMode, beforeRename func(tmp string) error) (err error) {
	dir := filepath.Dir(target)
	f, err := os.CreateTemp(dir, TempPrefix(target)+"*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if err := f.Chmod(perm); err != nil {
		return err
	}
	if perm&0o077 == 0 { // private: on Windows, an owner-only access list before any data
		if err := RestrictToOwner(tmp, false); err != nil {
			return err
		}
	}
	if _, err := f.Write(data); err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if beforeRename != nil {
		if err := beforeRename(tmp); err != nil {
			return err
		}
	}
	if err := os.Rename(tmp, target); err != nil {
		return err
	}
	SyncDir(dir)
	return nil
}

// Create makes a new file at path, mode perm, for writing: never over
// anything that exists, never through a link (O_EXCL, O_NOFOLLOW), and
// only in a folder CheckFolder allows.
func Create(path string, perm fs.FileMode) (*os.File, error) {
	if err := CheckFolder(filepath.Dir(path)); err != nil {
		return nil, err
	}
	return os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL|noFollow, perm)
}

// CreateWith is Create that writes data, flushes it and closes the file;
// on failure nothing is left at path.
func CreateWith(path string, data []byte, perm fs.FileMode) error {
	f, err := Create(path, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
	}
	return err
}

// SyncDir makes a rename in dir durable. After the rename the write has
// happened, so a failure here is not reported: some filesystems refuse to
// fsync a folder.
func SyncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
}
