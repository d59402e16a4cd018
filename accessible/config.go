// Package accessible is the guide as plain questions on the standard
// streams, for screen readers, braille displays and terminals that cannot
// redraw (TERM=dumb). It asks the same things as the wizard, in the same
// order and with the same texts and checks, but one line at a time: no
// redraws, no colour, no cursor movement, no escape sequences at all.
// Choices are numbered, and every line makes sense without the ones around
// it.
//
// It does not use Bubble Tea: a screen reader follows a stream of lines,
// not a screen.
package accessible

import (
	"context"
	"io"
	"net"
	"time"

	"gmailsetup/i18n"
	"gmailsetup/mailer"
	"gmailsetup/storage"
)

// Opener opens a page in the person's browser; links.Browser is one. It may
// fail or hang: the page's address is always printed as well.
type Opener interface {
	Open(url string) error
}

// Sender talks to the mail server; *mailer.Client is one.
type Sender interface {
	Send(ctx context.Context, acct mailer.Account, msg mailer.Message, progress func(mailer.Phase)) (mailer.Result, error)
	Verify(ctx context.Context, acct mailer.Account, progress func(mailer.Phase)) (mailer.Result, error)
}

// Store keeps the saved setup; *storage.Store is one.
type Store interface {
	Path() string
	Load() (storage.Config, error)
	Save(acct storage.Account, secret string, allowFile bool) (storage.Where, error)
	Replace(acct storage.Account, secret string, allowFile bool) (storage.Where, error)
	Secret(email string) (string, error)
	SetVerified(email string, when time.Time) error
}

// Resolver looks up mail exchangers, to tell a Google Workspace domain from
// one Google does not handle; net.DefaultResolver is one.
type Resolver interface {
	LookupMX(ctx context.Context, domain string) ([]*net.MX, error)
}

// Config is what Run needs from the outside world.
type Config struct {
	// In is where answers come from, one per line. When it is a terminal
	// (an *os.File such as os.Stdin), the app password is read from it
	// with echo turned off; otherwise it is read as a plain line.
	In io.Reader
	// Out receives every line Run prints. Nothing it prints is an escape
	// sequence or a carriage return.
	Out io.Writer

	Cat      i18n.Catalog
	Opener   Opener   // nil: pages are only printed
	Sender   Sender   // required
	Store    Store    // required
	Resolver Resolver // nil: the domain of a non-Gmail address is not checked
	Now      func() time.Time
	// Home, when set, shortens paths inside it to ~/… as people read them.
	Home string

	// Rotate goes straight to replacing the saved app password of Account
	// (or the default account).
	Rotate  bool
	Account string

	// AppName is the name to type for the app password on Google's page.
	AppName string
	// Demo marks a run against the demo server: no browser is opened, and
	// DemoPassword (the app password it accepts) is shown.
	Demo         bool
	DemoPassword string
}

// Exit codes Run returns.
const (
	ExitOK          = 0   // saved and verified
	ExitNotDone     = 1   // stopped, quit, or saved but not working; the output says which
	ExitInterrupted = 130 // ctrl+c while the app password was being read, or ctx canceled
)

// Wanted reports whether the environment asks for accessible mode: TERM is
// "dumb" (a terminal that cannot redraw, as in Emacs shell buffers) or
// ACCESSIBLE is set to anything. getenv is os.Getenv.
func Wanted(getenv func(string) string) bool {
	return getenv("TERM") == "dumb" || getenv("ACCESSIBLE") != ""
}

// Time limits for the outside world, so a stuck browser launcher or DNS
// server never leaves the person waiting without a word.
const (
	openTimeout = 5 * time.Second
	mxTimeout   = 3 * time.Second
)
