package storage

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

// EnvConfig names the environment variable that overrides the file's path.
const EnvConfig = "GMAILSETUP_CONFIG"

// DefaultPath is where the setup lives: $GMAILSETUP_CONFIG when set, else
// gmailsetup/config.toml under os.UserConfigDir (which honours
// XDG_CONFIG_HOME). The result is absolute, so the chmod fix we print works
// from any folder.
func DefaultPath() (string, error) {
	p := os.Getenv(EnvConfig)
	if p == "" {
		dir, err := os.UserConfigDir()
		if err != nil {
			return "", &FileError{Op: OpLocate, Err: err}
		}
		p = filepath.Join(dir, "gmailsetup", "config.toml")
	}
	if abs, err := filepath.Abs(p); err == nil {
		p = abs
	}
	return p, nil
}

// maxLinks bounds symlink chains, as the kernel does (ELOOP).
const maxLinks = 40

// resolve follows symlinks at path itself, even dangling ones, so a write
// replaces the link's target instead of the link: people keep their config in
// a dotfiles repository and link it into place. Folders along the way need no
// resolving; rename works through them.
func resolve(path string) (string, error) {
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
		target, err := os.Readlink(path)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(target) {
			target = filepath.Join(filepath.Dir(path), target)
		}
		path = target
	}
	return "", &fs.PathError{Op: "resolve", Path: path, Err: errors.New("too many levels of symbolic links")}
}
