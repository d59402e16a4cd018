package storage

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"gmailsetup/internal/safefile"
)

// txn is one locked read-modify-write of the file.
type txn struct {
	s      *Store
	target string // the file actually written: s.path with symlinks resolved
	cfg    Config // as read; ErrNotFound gives an empty one
	raw    []byte // the bytes read, even when they did not load; nil if none
	err    error  // the load error, when the caller asked to see it
	// made is the folder begin created, to remove again if nothing is
	// written in it.
	made string
	// backup is where commit kept the old bytes, when it had to rewrite a
	// file it could not edit in place.
	backup string
}

// begin locks the folder and loads the file. With create, a missing folder
// is made (for a first save); without, it means there is no setup. With
// tolerate, a file that exists but cannot be loaded (bad syntax, unsafe
// permissions) is reported in t.err instead of failing, for Replace.
//
// A symlink is written through only to a regular file of ours (people keep
// their setup in a dotfiles repository and link it into place). A link to
// something that does not load is not ours to replace: Replace then
// replaces the link itself, and the file it pointed to is left as it was.
func (s *Store) begin(create, tolerate bool) (t *txn, unlock func(), err error) {
	target, err := s.place()
	if err != nil {
		return nil, nil, err
	}
	dir := filepath.Dir(target)
	_, err = os.Stat(dir)
	missing := errors.Is(err, fs.ErrNotExist)
	switch {
	case missing && !create:
		return nil, nil, &FileError{Op: OpRead, Path: s.path, Err: ErrNotFound}
	case create:
		if err := ensureDir(dir); err != nil {
			return nil, nil, err
		}
	}
	s.mu.Lock()
	unlockDir, err := lockDir(dir)
	if err != nil {
		s.mu.Unlock()
		return nil, nil, err
	}
	unlock = func() { unlockDir(); s.mu.Unlock() }
	t = &txn{s: s, target: target}
	if missing {
		t.made = dir
	}
	t.cfg, t.raw, err = s.readRaw(target)
	switch {
	case err == nil:
	case errors.Is(err, ErrNotFound):
		t.cfg = Config{}
	case tolerate:
		t.cfg, t.err = Config{}, err
	default:
		unlock()
		return nil, nil, err
	}
	if target == s.path {
		return t, unlock, nil
	}
	if t.err != nil {
		// Replace over a link: write the link's own name, in its folder.
		linkDir := filepath.Dir(s.path)
		if linkDir != dir {
			unlockLink, err := lockDir(linkDir)
			if err != nil {
				unlock()
				return nil, nil, err
			}
			inner := unlock
			unlock = func() { unlockLink(); inner() }
		}
		t.target = s.path
		return t, unlock, nil
	}
	if fi, err := os.Lstat(target); err == nil && (!fi.Mode().IsRegular() || !safefile.OwnedByUs(fi)) {
		unlock()
		return nil, nil, &LinkError{Path: s.path, Target: target}
	}
	return t, unlock, nil
}

// CheckWrite reports, writing no file, whether a save here would be
// refused for where it is: a folder, link or file of another user
// (*OwnerError, *LinkError), a folder others may change
// (*LooseFolderError); our own gmailsetup folder, when looser than 0700,
// is tightened on the way (checkFolderMode). Commands and the wizard call
// it first, so the person learns it before a test mail or a sign-in is
// spent; every write checks again.
func (s *Store) CheckWrite() error {
	_, err := s.place()
	return err
}

// place checks, before anything is written or even a folder made, that
// the write is ours to do (safefile): the folders up to $HOME and the
// link, if s.path is one, belong to us, and so does the file it leads to.
// It returns that file. A link to something that does not load is checked
// later, by begin, since Replace may then replace the link itself.
func (s *Store) place() (string, error) {
	if err := safefile.CheckFolder(filepath.Dir(s.path)); err != nil {
		return "", err
	}
	target, err := safefile.Resolve(s.path)
	var le *LinkError
	if errors.As(err, &le) {
		return "", err
	}
	if err != nil {
		return "", &FileError{Op: OpRead, Path: s.path, Err: err}
	}
	if target != s.path {
		if err := safefile.CheckFolder(filepath.Dir(target)); err != nil {
			return "", &LinkError{Path: s.path, Target: target}
		}
	} else if fi, err := os.Lstat(target); err == nil && fi.Mode().IsRegular() {
		if err := safefile.CheckFile(target, fi); err != nil {
			return "", err
		}
	}
	if err := checkFolderMode(filepath.Dir(target)); err != nil {
		return "", err
	}
	return target, nil
}

// commit writes cfg, after checking that it reads back as the same setup,
// so we never write a file we would then refuse. An existing file is
// edited in place (edit.go), so only the values that changed change; when
// it cannot be, it is rewritten whole and its old bytes are kept in a
// backup first.
func (t *txn) commit(cfg Config) error {
	data, keep, err := t.render(cfg)
	if err != nil {
		return err
	}
	if len(data) > maxFileSize {
		// A load would refuse it: keep the file that loads.
		return &TooLargeError{Path: t.s.path, Size: len(data), Limit: maxFileSize}
	}
	if keep {
		if t.backup, err = t.s.backup(t.target, t.raw); err != nil {
			return err
		}
	}
	cleanTemps(t.target)
	if err := t.s.writeFile(t.s.path, t.target, data); err != nil {
		return err
	}
	t.made = ""
	return nil
}

// render is the new file's bytes, and whether the old ones must be kept
// because the new ones are a whole rewrite that loses something.
func (t *txn) render(cfg Config) (data []byte, keep bool, err error) {
	loaded := t.raw != nil && t.err == nil
	if loaded {
		if out, ok := editInPlace(t.raw, t.cfg, cfg); ok && t.readsBack(out, cfg) {
			return out, false, nil
		}
	}
	full, err := encode(cfg)
	if err != nil || !t.readsBack(full, cfg) {
		return nil, false, &InvalidAccountError{Problem: ProblemNotRepresentable}
	}
	if loaded && len(bytes.TrimSpace(t.raw)) > 0 {
		old, err := encode(t.cfg)
		keep = err != nil || !bytes.Equal(old, t.raw)
	}
	return full, keep, nil
}

// readsBack reports whether data loads as exactly cfg.
func (t *txn) readsBack(data []byte, cfg Config) bool {
	back, _, err := decode(t.s.path, data)
	return err == nil && sameConfig(cfg, back) && validate(t.s.path, back, data) == nil
}

// abandon removes the folder begin made if nothing was written in it, so a
// refused first save leaves no trace. Remove fails on a folder that is not
// empty, which is what we want.
func (t *txn) abandon() {
	if t.made != "" {
		_ = os.Remove(t.made)
	}
}
