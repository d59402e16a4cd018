// Package accessible is the guide's plain face: the same steps as the
// wizard, from package guide (its order, checks, menus, texts and tasks),
// asked as plain questions on the standard streams, for screen readers,
// braille displays and terminals that cannot redraw (TERM=dumb). One line
// at a time: no redraws, no colour, no cursor movement, no escape sequences
// at all. Choices are numbered, and every line makes sense without the
// ones around it.
//
// It does not use Bubble Tea: a screen reader follows a stream of lines,
// not a screen.
package plain

import (
	"context"
	"io"

	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
)

// Config is what Run needs from the outside world.
type Config struct {
	// In is where answers come from, one per line. When it is a terminal
	// (an *os.File such as os.Stdin), the app password is read from it
	// with echo turned off; otherwise it is read as a plain line.
	In io.Reader
	// Out receives every line Run prints. Nothing it prints is an escape
	// sequence or a carriage return.
	Out io.Writer

	Cat i18n.Catalog
	// Tasks is the guide's work over the outside world: its Deps (the one
	// dependency bag; Sender and Store are required, a nil Opener only
	// prints pages, a nil Resolver does not check a non-Gmail domain), the
	// time limits and the name to type on Google's App passwords page.
	guide.Tasks
	// Home, when set, shortens paths inside it to ~/… as people read them.
	Home string

	// Rotate goes straight to replacing the saved app password of Account
	// (or the default account).
	Rotate  bool
	Account string

	// Demo marks a run against the demo server: no browser is opened, and
	// DemoPassword (the app password it accepts) is shown.
	Demo         bool
	DemoPassword string
	// DemoProgram, in the demo, plays the invoicing software sending its
	// test mail to email (step 9); nil outside the demo.
	DemoProgram func(ctx context.Context, email string) error
}

// Exit codes Run returns: the guide's.
const (
	ExitOK          = guide.ExitOK
	ExitNotDone     = guide.ExitNotDone
	ExitInterrupted = guide.ExitInterrupted
)

// Wanted reports whether the environment asks for accessible mode: TERM is
// "dumb" (a terminal that cannot redraw, as in Emacs shell buffers) or
// ACCESSIBLE is set to anything. getenv is os.Getenv.
func Wanted(getenv func(string) string) bool {
	return getenv("TERM") == "dumb" || getenv("ACCESSIBLE") != ""
}
