package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// errAlreadyThere is appendFile refusing to add a second entry for the
// same account: tools read the first one, so the new one would be ignored
// or, worse, override the old one silently.
var errAlreadyThere = errors.New("the file already has this account")

// errNotRegular is appendFile refusing a FIFO, a device or a folder.
var errNotRegular = errors.New("not a regular file")

// appended says what appendFile did.
type appended struct {
	Path      string // the file written: path with symlinks followed
	Backup    string // the copy of the old file, "" when there was none
	Tightened bool   // the file was readable by others and now is not
}

// maxLinks bounds a symlink chain, as the kernel does.
const maxLinks = 40

// appendFile adds text at the end of the file at path, following symlinks
// (dotfiles often live in a repository), after copying the old file to
// PATH.bak-<time>. The new file replaces the old one atomically, so a crash
// leaves one or the other. It keeps the old mode; private makes it 0600
// (msmtp and netrc refuse files others can read). build is given the old
// text (nil for a new file) and returns the text to add, or an error
// (errAlreadyThere when the file already holds this entry), before
// anything is written.
func appendFile(path string, private bool, now time.Time, build func(old []byte) ([]byte, error)) (appended, error) {
	target, err := followLinks(path)
	if err != nil {
		return appended{Path: path}, err
	}
	res := appended{Path: target}
	mode := fs.FileMode(0o644)
	if private {
		mode = 0o600
	}
	// Stat before reading: opening a FIFO for reading would wait for a
	// writer for ever, and a device is no place for a snippet.
	var old []byte
	st, err := os.Stat(target)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return res, err
	case !st.Mode().IsRegular():
		return res, errNotRegular
	default:
		if old, err = os.ReadFile(target); err != nil {
			return res, err
		}
		mode = st.Mode().Perm()
		if private && mode&0o077 != 0 {
			mode, res.Tightened = 0o600, true
		}
	}
	text, err := build(old)
	if err != nil {
		return res, err
	}
	if old != nil {
		if res.Backup, err = backup(target, old, now); err != nil {
			return res, err
		}
	}

	out := append([]byte(nil), old...)
	if len(out) > 0 {
		if out[len(out)-1] != '\n' {
			out = append(out, '\n')
		}
		out = append(out, '\n')
	}
	out = append(out, text...)
	return res, replaceFile(target, out, mode)
}

// followLinks resolves symlinks at path itself, even a dangling last one,
// so the write lands in the link's target.
func followLinks(path string) (string, error) {
	for range maxLinks {
		st, err := os.Lstat(path)
		if errors.Is(err, fs.ErrNotExist) {
			return path, nil
		}
		if err != nil {
			return "", err
		}
		if st.Mode()&fs.ModeSymlink == 0 {
			return path, nil
		}
		dest, err := os.Readlink(path)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(dest) {
			dest = filepath.Join(filepath.Dir(path), dest)
		}
		path = dest
	}
	return "", fmt.Errorf("%s: too many symbolic links", path)
}

// backup writes old next to path as PATH.bak-YYYYMMDD-HHMMSS, readable only
// by its owner since it may hold a secret, never over an existing file.
func backup(path string, old []byte, now time.Time) (string, error) {
	base := path + ".bak-" + now.Format("20060102-150405")
	for i := 1; i < 100; i++ {
		name := base
		if i > 1 {
			name = fmt.Sprintf("%s-%d", base, i)
		}
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return "", err
		}
		_, err = f.Write(old)
		if err == nil {
			err = f.Sync()
		}
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			os.Remove(name)
			return "", err
		}
		return name, nil
	}
	return "", fmt.Errorf("too many backups of %s already", path)
}

// replaceFile writes data to a temporary file beside path and renames it
// into place.
func replaceFile(path string, data []byte, mode fs.FileMode) error {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	err = f.Chmod(mode)
	if err == nil {
		_, err = f.Write(data)
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return err
	}
	if d, err := os.Open(dir); err == nil {
		d.Sync() // the rename lasts a crash; failing here changes nothing
		d.Close()
	}
	return nil
}
