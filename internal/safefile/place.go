package safefile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// maxLinks bounds symlink chains, as the kernel does (ELOOP).
const maxLinks = 40

// Target follows symlinks at path itself, even a dangling last one, so a
// write replaces the link's target instead of the link: people keep their
// dotfiles in a repository and link them into place. Folders along the way
// need no resolving; rename works through them. It checks nothing: a load
// uses it as is, and a write through Resolve.
func Target(path string) (string, error) {
	return follow(path, nil)
}

// Resolve is Target for a write: every link on the way must be ours, so a
// link someone else planted (in a folder we share, or in the HOME that
// sudo kept) is never followed. It returns a *LinkError otherwise.
func Resolve(path string) (string, error) {
	return follow(path, func(link string, fi fs.FileInfo, dest string) error {
		if !ownedByUs(fi) {
			return &LinkError{Path: path, Target: dest}
		}
		return nil
	})
}

func follow(path string, check func(link string, fi fs.FileInfo, dest string) error) (string, error) {
	for range maxLinks {
		fi, err := os.Lstat(path)
		if errors.Is(err, fs.ErrNotExist) {
			return path, nil
		}
		if err != nil {
			return "", err
		}
		if fi.Mode()&fs.ModeSymlink == 0 {
			return path, nil
		}
		dest, err := os.Readlink(path)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(dest) {
			dest = filepath.Join(filepath.Dir(path), dest)
		}
		if check != nil {
			if err := check(path, fi, dest); err != nil {
				return "", err
			}
		}
		path = dest
	}
	return "", &fs.PathError{Op: "resolve", Path: path, Err: syscall.ELOOP}
}

// CheckFolder refuses, with an *OwnerError, to write a file in dir when
// the nearest folder of dir that exists belongs to another user (root's
// folders are allowed to others: /tmp), and, when dir is inside $HOME,
// when any existing folder from there up to $HOME itself does: `sudo
// gmailsetup` without -H keeps the person's HOME, and a folder root made
// there earlier is root's, but the home around it is not.
func CheckFolder(dir string) error {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return nil // the write fails on its own, with its own reason
	}
	home := homeDir()
	underHome := home != "" && within(dir, home)
	seen := false
	for d := dir; ; {
		fi, err := os.Stat(d)
		switch {
		case err == nil && fi.IsDir():
			if !folderOK(fi) {
				return ownerError(d, fi, true, d == home)
			}
			seen = true
		case err == nil:
			return nil // not a folder: the write fails with ENOTDIR
		case !errors.Is(err, fs.ErrNotExist):
			return nil // cannot look (EACCES): the write fails on its own
		}
		if seen && (!underHome || d == home) {
			return nil
		}
		parent := filepath.Dir(d)
		if parent == d {
			return nil
		}
		d = parent
	}
}

// CheckFile refuses, with an *OwnerError, to replace the existing file at
// path (described by fi, from Lstat) when it belongs to another user.
func CheckFile(path string, fi fs.FileInfo) error {
	if !ownedByUs(fi) {
		return ownerError(path, fi, false, false)
	}
	return nil
}

// OwnedByUs reports whether fi belongs to the effective user (always true
// where the system has no owners to report).
func OwnedByUs(fi fs.FileInfo) bool { return ownedByUs(fi) }

// Prepare is every check before replacing the file at path: its folder is
// ours (CheckFolder), every link to it is ours (Resolve), the folder it
// points into is ours, and the file there, if any, is a regular file of
// ours. It returns the file to write and, when it exists, its FileInfo.
// A link to something not ours is a *LinkError; a non-regular target wraps
// ErrNotRegular.
func Prepare(path string) (target string, fi fs.FileInfo, err error) {
	if err := CheckFolder(filepath.Dir(path)); err != nil {
		return "", nil, err
	}
	target, err = Resolve(path)
	if err != nil {
		return "", nil, err
	}
	linked := target != path
	if linked {
		if err := CheckFolder(filepath.Dir(target)); err != nil {
			return "", nil, &LinkError{Path: path, Target: target}
		}
	}
	fi, err = os.Lstat(target)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return target, nil, nil
	case err != nil:
		return "", nil, err
	case !fi.Mode().IsRegular():
		return "", nil, &fs.PathError{Op: "write", Path: target, Err: ErrNotRegular}
	case !ownedByUs(fi) && linked:
		return "", nil, &LinkError{Path: path, Target: target}
	case !ownedByUs(fi):
		return "", nil, ownerError(target, fi, false, false)
	}
	return target, fi, nil
}

// within reports whether p is root or inside it; both absolute and clean.
func within(p, root string) bool {
	rel, err := filepath.Rel(root, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// homeDir is $HOME, absolute and clean, or "" when unset.
func homeDir() string {
	home, err := os.UserHomeDir()
	if err != nil || home == "" {
		return ""
	}
	if abs, err := filepath.Abs(home); err == nil {
		return abs
	}
	return ""
}
