package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"syscall"

	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
	"gmailsetup/internal/safefile"
)

// DebugLog is the --debug file. It is only ever created new, so a mistyped
// path cannot truncate the setup file, another file, a link's target or a
// device. The mailer's transcript cannot report a failed write, so DebugLog
// remembers the first one and Close returns it for main to tell the person.
type DebugLog struct {
	path string
	cat  i18n.Catalog

	mu  sync.Mutex
	f   *os.File
	err error // the first write error, nil while all is well
}

// CreateDebugLog creates the file at path, private (0600), refusing any path
// that already exists and setupPath even before it exists: the transcript
// would otherwise take the setup file's place. The error is the message for
// the person, naming the path.
func CreateDebugLog(cat i18n.Catalog, path, setupPath string) (*DebugLog, error) {
	if setupPath != "" && samePath(path, setupPath) {
		return nil, errors.New(cat.T("hardening.debug.isSetup", path))
	}
	if _, err := os.Lstat(path); err == nil {
		// A file, a link (even a dangling one), a device, a folder: not ours.
		if setupPath != "" && sameFile(path, setupPath) {
			return nil, errors.New(cat.T("hardening.debug.isSetup", path))
		}
		return nil, errors.New(cat.T("hardening.debug.exists", path))
	}
	// O_EXCL with O_CREATE never follows a link; O_NOFOLLOW says so twice;
	// and a folder of another user's (sudo without -H) is refused.
	f, err := safefile.Create(path, 0o600)
	var owner *safefile.OwnerError
	switch {
	case errors.As(err, &owner):
		key, args, _ := guide.Owner(owner)
		return nil, errors.New(cat.T(key, cleanArgs(args)...))
	case errors.Is(err, fs.ErrExist) || errors.Is(err, syscall.ELOOP):
		// Created between the check and the open.
		return nil, errors.New(cat.T("hardening.debug.exists", path))
	case err != nil:
		return nil, errors.New(cat.T("hardening.debug.create", path, reason(err)))
	}
	return &DebugLog{path: path, cat: cat, f: f}, nil
}

// Write writes to the file, remembering the first error. After one, it
// writes nothing more: a transcript with a hole in it would mislead.
func (d *DebugLog) Write(p []byte) (int, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.err != nil {
		return 0, d.err
	}
	n, err := d.f.Write(p)
	if err != nil {
		d.err = err
	}
	return n, err
}

// Close closes the file. It returns the message for the person when a
// write or the close failed: the transcript is then incomplete.
func (d *DebugLog) Close() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if err := d.f.Close(); err != nil && d.err == nil {
		d.err = err
	}
	if d.err == nil {
		return nil
	}
	return errors.New(d.cat.T("hardening.debug.write", d.path, reason(d.err)))
}

// samePath reports whether a and b name the same file, whether or not it
// exists yet: the same absolute name once the folders' links are resolved.
func samePath(a, b string) bool {
	aa, err1 := resolvedName(a)
	bb, err2 := resolvedName(b)
	return err1 == nil && err2 == nil && aa == bb
}

func resolvedName(p string) (string, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", err
	}
	dir, err := filepath.EvalSymlinks(filepath.Dir(abs))
	if err != nil {
		return abs, nil // the folder does not exist (yet): compare as written
	}
	return filepath.Join(dir, filepath.Base(abs)), nil
}

// sameFile reports whether a and b, both followed through links, are one
// existing file.
func sameFile(a, b string) bool {
	fa, err1 := os.Stat(a)
	fb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(fa, fb)
}

// reason is what the system said, without the path a *PathError repeats.
func reason(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return fmt.Sprint(err)
}
