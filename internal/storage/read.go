package storage

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"strings"
	"syscall"
)

// maxFileSize is far above any real setup; it keeps a wrong path (a log, a
// disk image) from being read whole into memory.
const maxFileSize = 1 << 20

// read loads the file at target (symlinks already resolved); errors name
// s.path, the path the person knows.
func (s *Store) read(target string) (Config, error) {
	cfg, _, err := s.readRaw(target)
	return cfg, err
}

// readRaw is read that also returns the bytes, even when they do not load
// (nil when they could not be read at all), for a backup or an edit in
// place. The permission check uses the open file's own metadata, so it is
// about exactly the bytes read. The file is opened without blocking, so a
// FIFO or a device put in its place is refused instead of waited on.
func (s *Store) readRaw(target string) (Config, []byte, error) {
	f, err := os.OpenFile(target, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if errors.Is(err, fs.ErrNotExist) {
		return Config{}, nil, &FileError{Op: OpRead, Path: s.path, Err: ErrNotFound}
	}
	if err != nil {
		return Config{}, nil, &FileError{Op: OpRead, Path: s.path, Err: err}
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return Config{}, nil, &FileError{Op: OpRead, Path: s.path, Err: err}
	}
	if !fi.Mode().IsRegular() {
		return Config{}, nil, &FileError{Op: OpRead, Path: s.path, Err: ErrNotRegular}
	}
	data, err := io.ReadAll(io.LimitReader(f, maxFileSize+1))
	if err != nil {
		return Config{}, nil, &FileError{Op: OpRead, Path: s.path, Err: err}
	}
	if len(data) > maxFileSize {
		return Config{}, data, &ConfigError{Path: s.path, Problem: ProblemTooLarge}
	}
	cfg, keys, err := decode(s.path, data)
	if err != nil {
		return Config{}, data, err
	}
	if holdsSecret(cfg, keys) {
		if err := checkPrivate(s.path, fi); err != nil {
			return Config{}, data, err
		}
	}
	if err := validate(s.path, cfg, data); err != nil {
		return Config{}, data, err
	}
	return cfg, data, nil
}

// holdsSecret reports whether the file has a password anywhere: in an
// account meant to keep it there, or in any key named like one, even where
// we would ignore it, because it is still readable by whoever can read the
// file.
func holdsSecret(cfg Config, keys [][]string) bool {
	for _, a := range cfg.Accounts {
		if a.SecretStore == SecretInFile || a.Password != "" || a.RefreshToken != "" || a.ClientSecret != "" {
			return true
		}
	}
	for _, k := range keys {
		if len(k) == 0 || isDescriptiveKey(k[len(k)-1]) {
			continue
		}
		name := strings.ToLower(k[len(k)-1])
		for _, word := range []string{"password", "secret", "token"} {
			if strings.Contains(name, word) {
				return true
			}
		}
	}
	return false
}

// isDescriptiveKey is true for our keys that mention a secret without
// holding it.
func isDescriptiveKey(k string) bool {
	return k == "app_password_label" || k == "app_password_created" || k == "secret_store"
}
