package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"time"

	"gmailsetup/internal/safefile"
)

// errAlreadyThere is appendFile refusing to add a second entry for the
// same account: tools read the first one, so the new one would be ignored
// or, worse, override the old one silently.
var errAlreadyThere = errors.New("the file already has this account")

// appended says what appendFile did.
type appended struct {
	Path      string // the file written: path with symlinks followed
	Backup    string // the copy of the old file, "" when there was none
	Tightened bool   // the file was readable by others and now is not
}

// appendFile adds text at the end of the file at path, following
// symlinks that are ours (dotfiles often live in a repository), after
// copying the old file to PATH.bak-<time>. The new file replaces the old
// one atomically, so a crash leaves one or the other. Every check comes
// first (safefile.Prepare): a file, folder or link of another user is
// refused (*safefile.OwnerError, *safefile.LinkError), so is a file its
// owner made read-only (*safefile.ReadOnlyError), and nothing is written.
// It keeps the old mode; private makes it 0600 (msmtp and netrc refuse
// files others can read). build is given the old text (nil for a new
// file) and returns the text to add, or an error (errAlreadyThere when the
// file already holds this entry), before anything is written.
func appendFile(path string, private bool, now time.Time, build func(old []byte) ([]byte, error)) (appended, error) {
	target, fi, err := safefile.Prepare(path)
	if err != nil {
		return appended{Path: path}, err
	}
	res := appended{Path: target}
	mode := fs.FileMode(0o644)
	if private {
		mode = 0o600
	}
	var old []byte
	if fi != nil {
		if fi.Mode().Perm()&0o200 == 0 {
			return res, &safefile.ReadOnlyError{Path: target}
		}
		if old, err = os.ReadFile(target); err != nil {
			return res, err
		}
		mode = fi.Mode().Perm()
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
	return res, safefile.Write(target, out, mode, nil)
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
		err := safefile.CreateWith(name, old, 0o600)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return "", err
		}
		return name, nil
	}
	return "", fmt.Errorf("too many backups of %s already", path)
}
