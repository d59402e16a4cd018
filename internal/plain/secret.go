package plain

import (
	"context"
	"errors"
	"io"
	"os"
	"os/signal"

	"github.com/charmbracelet/x/term"
)

// ttyIn is standard input when it is a terminal.
type ttyIn struct {
	fd uintptr
}

// terminalIn returns in as a terminal, or nil when it is a pipe, a file or
// not an *os.File at all.
func terminalIn(in io.Reader) *ttyIn {
	f, ok := in.(interface{ Fd() uintptr })
	if !ok || !term.IsTerminal(f.Fd()) {
		return nil
	}
	return &ttyIn{fd: f.Fd()}
}

// readPassword reads a line with echo off. ctrl+c while echo is off would
// otherwise kill the process and leave the terminal not echoing what the
// person types next, so here it puts the terminal back and reports
// errInterrupted; the blocked read is abandoned, as the program is about
// to exit.
func (t *ttyIn) readPassword(ctx context.Context) (string, error) {
	state, err := term.GetState(t.fd)
	if err != nil {
		return "", err
	}
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt)
	defer signal.Stop(sig)

	type answer struct {
		b   []byte
		err error
	}
	done := make(chan answer, 1)
	go func() {
		b, err := term.ReadPassword(t.fd)
		done <- answer{b, err}
	}()
	select {
	case a := <-done:
		if a.err != nil && ctx.Err() != nil {
			return "", errInterrupted
		}
		if errors.Is(a.err, io.EOF) && len(a.b) == 0 {
			return "", errStop
		}
		return string(a.b), a.err
	case <-sig:
		term.Restore(t.fd, state)
		return "", errInterrupted
	case <-ctx.Done():
		term.Restore(t.fd, state)
		return "", errInterrupted
	}
}
