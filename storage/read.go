package storage

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"strings"
)

// maxFileSize is far above any real setup; it keeps a wrong path (a log, a
// disk image) from being read whole into memory.
const maxFileSize = 1 << 20

// read loads the file at target (symlinks already resolved); errors name
// s.path, the path the person knows. The permission check uses the open
// file's own metadata, so it is about exactly the bytes read.
func (s *Store) read(target string) (Config, error) {
	f, err := os.Open(target)
	if errors.Is(err, fs.ErrNotExist) {
		return Config{}, &FileError{Op: OpRead, Path: s.path, Err: ErrNotFound}
	}
	if err != nil {
		return Config{}, &FileError{Op: OpRead, Path: s.path, Err: err}
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return Config{}, &FileError{Op: OpRead, Path: s.path, Err: err}
	}
	if !fi.Mode().IsRegular() {
		return Config{}, &FileError{Op: OpRead, Path: s.path, Err: errors.New("not a regular file")}
	}
	data, err := io.ReadAll(io.LimitReader(f, maxFileSize+1))
	if err != nil {
		return Config{}, &FileError{Op: OpRead, Path: s.path, Err: err}
	}
	if len(data) > maxFileSize {
		return Config{}, &ConfigError{Path: s.path, Problem: ProblemTooLarge}
	}
	cfg, keys, err := decode(s.path, data)
	if err != nil {
		return Config{}, err
	}
	if holdsSecret(cfg, keys) {
		if err := checkPrivate(s.path, fi); err != nil {
			return Config{}, err
		}
	}
	if err := validate(s.path, cfg); err != nil {
		return Config{}, err
	}
	return cfg, nil
}

// holdsSecret reports whether the file has a password anywhere: in an
// account meant to keep it there, or in any key named like one, even where
// we would ignore it, because it is still readable by whoever can read the
// file.
func holdsSecret(cfg Config, keys [][]string) bool {
	for _, a := range cfg.Accounts {
		if a.SecretStore == SecretInFile || a.Password != "" {
			return true
		}
	}
	for _, k := range keys {
		if len(k) > 0 && strings.Contains(strings.ToLower(k[len(k)-1]), "password") &&
			!isDescriptiveKey(k[len(k)-1]) {
			return true
		}
	}
	return false
}

// isDescriptiveKey is true for our keys that mention the app password
// without holding it.
func isDescriptiveKey(k string) bool {
	return k == "app_password_label" || k == "app_password_created"
}

// validate rejects accounts the wizard could not use; errors point at the
// account by position, since its email may be the thing missing.
func validate(path string, cfg Config) error {
	seen := make(map[string]bool, len(cfg.Accounts))
	for i, a := range cfg.Accounts {
		bad := func(p Problem) error {
			return &ConfigError{Path: path, Index: i + 1, Email: a.Email, Problem: p}
		}
		switch {
		case a.Email == "":
			return bad(ProblemNoEmail)
		case seen[a.Email]:
			return bad(ProblemDuplicateEmail)
		case a.SecretStore != SecretInKeyring && a.SecretStore != SecretInFile:
			return bad(ProblemBadSecretStore)
		case a.SecretStore == SecretInFile && a.Password == "":
			return bad(ProblemNoPassword)
		}
		seen[a.Email] = true
	}
	return nil
}
