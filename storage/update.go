package storage

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

// txn is one locked read-modify-write of the file.
type txn struct {
	s      *Store
	target string // the file actually written: s.path with symlinks resolved
	cfg    Config // as read; ErrNotFound gives an empty one
	err    error  // the load error, when the caller asked to see it
	// made is the folder begin created, to remove again if nothing is
	// written in it.
	made string
}

// begin locks the folder and loads the file. With create, a missing folder
// is made (for a first save); without, it means there is no setup. With
// tolerate, a file that exists but cannot be loaded (bad syntax, unsafe
// permissions) is reported in t.err instead of failing, for Replace.
func (s *Store) begin(create, tolerate bool) (t *txn, unlock func(), err error) {
	target, err := resolve(s.path)
	if err != nil {
		return nil, nil, &FileError{Op: OpRead, Path: s.path, Err: err}
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
	t.cfg, err = s.read(target)
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
	return t, unlock, nil
}

// commit writes cfg, after checking that it reads back as the same setup,
// so we never write a file we would then refuse.
func (t *txn) commit(cfg Config) error {
	data, err := encode(cfg)
	if err != nil {
		return &InvalidAccountError{Problem: ProblemNotRepresentable}
	}
	back, _, err := decode(t.s.path, data)
	if err != nil || !sameConfig(cfg, back) || validate(t.s.path, back) != nil {
		return &InvalidAccountError{Problem: ProblemNotRepresentable}
	}
	cleanTemps(t.target)
	if err := t.s.writeFile(t.s.path, t.target, data); err != nil {
		return err
	}
	t.made = ""
	return nil
}

// abandon removes the folder begin made if nothing was written in it, so a
// refused first save leaves no trace. Remove fails on a folder that is not
// empty, which is what we want.
func (t *txn) abandon() {
	if t.made != "" {
		_ = os.Remove(t.made)
	}
}
