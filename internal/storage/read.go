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
// place, read by readBounded.
func (s *Store) readRaw(target string) (Config, []byte, error) {
	data, fi, err := readBounded(target, maxFileSize)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return Config{}, nil, &FileError{Op: OpRead, Path: s.path, Err: ErrNotFound}
	case errors.Is(err, errTooLarge):
		return Config{}, data, &ConfigError{Path: s.path, Problem: ProblemTooLarge}
	case err != nil:
		return Config{}, nil, &FileError{Op: OpRead, Path: s.path, Err: err}
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

// errTooLarge is readBounded's error for a file past its limit.
var errTooLarge = errors.New("file too large")

// readBounded reads the regular file at path, at most limit bytes, and
// returns its metadata from the open file, so checks on it are about
// exactly the bytes read. It opens without blocking, so a FIFO or a
// device put in its place is refused (ErrNotRegular) instead of waited
// on. Past limit it returns errTooLarge with the first limit+1 bytes.
func readBounded(path string, limit int) ([]byte, fs.FileInfo, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, nil, ErrNotRegular
	}
	data, err := io.ReadAll(io.LimitReader(f, int64(limit)+1))
	if err != nil {
		return nil, nil, err
	}
	if len(data) > limit {
		return data, fi, errTooLarge
	}
	return data, fi, nil
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
