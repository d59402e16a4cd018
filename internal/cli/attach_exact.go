package cli

import (
	"errors"
	"io"
	"os"
)

// changedError is an attachment that is no longer the file checked: its
// size changed, or it grew or shrank while being read.
type changedError struct{ Path string }

func (e *changedError) Error() string { return e.Path + ": the file changed after it was checked" }

// exactReader reads exactly left bytes of f, the size seen when the file
// was checked, and fails with a changedError if the file ends sooner or
// has more: what was checked is what is sent, and memory stays bounded
// however the file grows.
type exactReader struct {
	f    *os.File
	left int64
	path string
}

func (r *exactReader) Read(p []byte) (int, error) {
	if r.left == 0 {
		// One more byte tells a file that grew from one that ended.
		var one [1]byte
		n, err := r.f.Read(one[:])
		if n > 0 {
			return 0, &changedError{Path: r.path}
		}
		if err == nil || errors.Is(err, io.EOF) {
			return 0, io.EOF
		}
		return 0, err
	}
	if int64(len(p)) > r.left {
		p = p[:r.left]
	}
	n, err := r.f.Read(p)
	r.left -= int64(n)
	if errors.Is(err, io.EOF) && r.left > 0 {
		return n, &changedError{Path: r.path} // it shrank
	}
	if errors.Is(err, io.EOF) {
		err = nil
	}
	return n, err
}

func (r *exactReader) Close() error { return r.f.Close() }
