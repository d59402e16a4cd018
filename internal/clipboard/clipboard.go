// Package clipboard writes the system's clipboard: Win32 on Windows,
// pbcopy on macOS, and wl-copy, xclip or xsel on a Linux desktop with a
// display (github.com/atotto/clipboard does each). Writing through the
// terminal (OSC 52) is the face's business; this is the copy the program
// can vouch for, because it reads it back.
package clipboard

import (
	"context"
	"errors"
	"time"

	"github.com/atotto/clipboard"
)

// ErrNone means there is no system clipboard within reach: a Linux
// without a display (SSH, a console) or without xclip, xsel or wl-copy.
var ErrNone = errors.New("no system clipboard here")

// ErrNotKept means the clipboard was written but read back something
// else: another program changed it, or the copy did not take.
var ErrNotKept = errors.New("the clipboard did not keep the text")

// timeout bounds each write and read: the tools are small programs, and a
// clipboard manager that hangs must not hold the copy key.
const timeout = 3 * time.Second

// System is the system's clipboard. Getenv reads the environment, to tell
// whether a Linux desktop has a display (nil is "no display").
type System struct {
	Getenv func(string) string
}

// Copy puts text on the clipboard and reads it back: nil means it is
// there now.
func (c System) Copy(ctx context.Context, text string) error {
	if !c.reachable() {
		return ErrNone
	}
	if err := bounded(ctx, func() error { return clipboard.WriteAll(text) }); err != nil {
		return err
	}
	return settle(ctx, text)
}

// settle waits until the clipboard reads back want, within timeout. On
// X11, xclip takes the clipboard in a child it forks after reading its
// input, and the parent, which WriteAll waits for, may end first: a read
// at once can still see the previous owner's text.
func settle(ctx context.Context, want string) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	for {
		var got string
		err := bounded(ctx, func() (err error) { got, err = clipboard.ReadAll(); return err })
		if err == nil && got == want {
			return nil
		}
		select {
		case <-ctx.Done():
			if err != nil {
				return err
			}
			return ErrNotKept
		case <-time.After(settleEvery):
		}
	}
}

// settleEvery is how often settle reads the clipboard again.
const settleEvery = 20 * time.Millisecond

// Clear empties the clipboard if it still holds text, what we put there;
// anything the person copied since is left alone. It reports whether it
// emptied it.
func (c System) Clear(ctx context.Context, text string) (bool, error) {
	if !c.reachable() {
		return false, ErrNone
	}
	var got string
	if err := bounded(ctx, func() (err error) { got, err = clipboard.ReadAll(); return err }); err != nil {
		return false, err
	}
	if got != text {
		return false, nil
	}
	if err := bounded(ctx, func() error { return clipboard.WriteAll("") }); err != nil {
		return false, err
	}
	if err := settle(ctx, ""); err != nil {
		return false, err
	}
	return true, nil
}

// bounded runs f, giving up after timeout or when ctx ends. f itself may
// go on in the background: atotto/clipboard takes no context, and a stuck
// helper program ends when the clipboard tool does.
func bounded(ctx context.Context, f func() error) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- f() }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}
