package oauth

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"gmailsetup/internal/i18n"
)

// File problems, as Error codes (keys oauth.file.<code>.what/.todo).
const (
	FileNone       = "none"
	FileMissing    = "missing"
	FileSymlink    = "symlink"
	FileNotRegular = "not_regular"
	FileUnreadable = "unreadable"
)

func fileError(code string, cause error) *Error {
	return withCause(&Error{Code: code, What: i18n.Key("oauth.file." + code + ".what"), Todo: i18n.Key("oauth.file." + code + ".todo")}, cause)
}

// maxScanned bounds how many directory entries FindNewest looks at, so a
// Downloads folder of a million files costs a bounded time.
const maxScanned = 100_000

// IsClientFileName reports whether name looks like what the console
// downloads: client_secret_<id>.json, with a browser's " (1)" if any.
func IsClientFileName(name string) bool {
	l := strings.ToLower(name)
	return strings.HasPrefix(l, "client_secret") && strings.HasSuffix(l, ".json")
}

// FindNewest returns the newest client_secret*.json in dir (the person's
// Downloads), by modification time. Only regular files count: links,
// folders, FIFOs and devices named like one are skipped without being
// opened or followed. An error is a *Error with code FileNone when there is
// no such file.
func FindNewest(dir string) (string, error) {
	f, err := os.Open(dir)
	if err != nil {
		return "", fileError(FileNone, errors.Unwrap(err))
	}
	defer f.Close()
	var best string
	var bestTime time.Time
	scanned := 0
	for scanned < maxScanned {
		entries, err := f.ReadDir(1024)
		for _, e := range entries {
			scanned++
			// Type comes from the directory (lstat), so a symlink is seen
			// as a symlink and never followed.
			if !e.Type().IsRegular() || !IsClientFileName(e.Name()) {
				continue
			}
			info, err := e.Info()
			if err != nil || !info.Mode().IsRegular() || info.Size() > MaxClientFile {
				continue
			}
			t := info.ModTime()
			if best == "" || t.After(bestTime) || t.Equal(bestTime) && e.Name() > filepath.Base(best) {
				best, bestTime = filepath.Join(dir, e.Name()), t
			}
		}
		if err != nil {
			break // io.EOF or a read error: use what was seen
		}
	}
	if best == "" {
		return "", fileError(FileNone, nil)
	}
	return best, nil
}

// ReadClientFile reads and parses a client JSON at path, found or typed.
// The path must name a regular file itself: a symlink is refused rather
// than followed, and a FIFO or device is refused without blocking on it.
func ReadClientFile(path string) (Client, error) {
	data, err := readBounded(path, MaxClientFile)
	if err != nil {
		return Client{}, err
	}
	return ParseClientJSON(data)
}

func readBounded(path string, limit int64) ([]byte, error) {
	before, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, fileError(FileMissing, fs.ErrNotExist)
	case err != nil:
		return nil, fileError(FileUnreadable, errors.Unwrap(err))
	case before.Mode()&fs.ModeSymlink != 0:
		return nil, fileError(FileSymlink, nil)
	case !before.Mode().IsRegular():
		return nil, fileError(FileNotRegular, nil)
	case before.Size() > limit:
		return nil, clientError(ClientTooBig)
	}
	// openFlags adds O_NOFOLLOW and O_NONBLOCK where the system has them,
	// so a file swapped for a link or a FIFO after Lstat is not followed
	// or waited on; SameFile catches any other swap.
	f, err := os.OpenFile(path, os.O_RDONLY|openFlags, 0)
	if err != nil {
		return nil, fileError(FileUnreadable, errors.Unwrap(err))
	}
	defer f.Close()
	after, err := f.Stat()
	if err != nil || !after.Mode().IsRegular() || !os.SameFile(before, after) {
		return nil, fileError(FileNotRegular, nil)
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, fileError(FileUnreadable, errors.Unwrap(err))
	}
	if int64(len(data)) > limit {
		return nil, clientError(ClientTooBig)
	}
	return data, nil
}
