package cli

import (
	"context"
	"errors"
	"io"
	"os"
)

// errNotAFile is a path that names a FIFO, a device, a socket or a folder:
// reading one may block for ever or never end, so it is refused.
var errNotAFile = errors.New("not a regular file")

// openRegular opens path for reading only if it is a regular file, without
// ever blocking: Stat refuses what is plainly not a file before it is
// opened (opening some devices has effects), and the open is non-blocking
// (a FIFO swapped in meanwhile opens at once instead of waiting for a
// writer) and checked again with Fstat. want, when not nil, is the file
// an earlier check saw: another file put in its place is refused too.
func openRegular(path string, want os.FileInfo) (*os.File, os.FileInfo, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, nil, &os.PathError{Op: "open", Path: path, Err: errNotAFile}
	}
	f, err := os.OpenFile(path, os.O_RDONLY|nonBlock, 0)
	if err != nil {
		return nil, nil, err
	}
	st, err = f.Stat()
	switch {
	case err != nil:
	case !st.Mode().IsRegular(), want != nil && !os.SameFile(st, want):
		err = &os.PathError{Op: "open", Path: path, Err: errNotAFile}
	}
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	return f, st, nil
}

// readAll reads r up to limit bytes, or until ctx ends: a stdin that never
// closes (a pipe from a program that hangs, a terminal nobody types at)
// must not hold the command past ctrl+c. The read itself may go on in the
// background; the process is about to end.
func readAll(ctx context.Context, r io.Reader, limit int64) ([]byte, error) {
	type result struct {
		b   []byte
		err error
	}
	done := make(chan result, 1)
	go func() {
		b, err := io.ReadAll(io.LimitReader(r, limit))
		done <- result{b, err}
	}()
	select {
	case res := <-done:
		return res.b, res.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}
