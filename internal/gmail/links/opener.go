package links

import (
	"context"
	"errors"
	"strings"
)

// Opener opens a page for the person. It has the same method as the steps'
// Opener, so what NewOpener returns can be handed to the wizard as it is.
type Opener interface {
	Open(ctx context.Context, url string) error
}

// Reason says why no browser can be opened from here.
type Reason int

// The reasons NewOpener gives up on a browser.
const (
	// ReasonSSH: the wizard runs over SSH, so a browser would open (if at
	// all) on the remote machine, not in front of the person.
	ReasonSSH Reason = iota + 1
	// ReasonNoDisplay: a Unix without X11 or Wayland (a server console, a
	// container); xdg-open would fall back to a text browser such as lynx
	// and take over the wizard's own terminal.
	ReasonNoDisplay
)

// ErrNoBrowser is what NoBrowser.Open returns (wrapped in a
// *NoBrowserError, which says why): no browser can be reached from here.
var ErrNoBrowser = errors.New("no browser can be opened from this terminal")

// NoBrowserError is ErrNoBrowser with its reason.
type NoBrowserError struct {
	Reason Reason
}

func (e *NoBrowserError) Error() string {
	if e.Reason == ReasonSSH {
		return ErrNoBrowser.Error() + " (SSH session)"
	}
	return ErrNoBrowser.Error() + " (no graphical display)"
}

// Is makes errors.Is(err, ErrNoBrowser) true.
func (e *NoBrowserError) Is(target error) bool { return target == ErrNoBrowser }

// NoBrowser is the opener used where no browser can be reached: it starts
// nothing and fails at once, so the wizard shows the link, the copy key and
// the QR code instead.
type NoBrowser struct {
	Reason Reason
}

// Open fails immediately with a *NoBrowserError.
func (n NoBrowser) Open(context.Context, string) error { return &NoBrowserError{Reason: n.Reason} }

// NewOpener picks how to open pages on this machine: the system browser
// (Browser) when a graphical one can be reached, NoBrowser otherwise.
// getenv is os.Getenv and goos runtime.GOOS, passed in so tests can play any
// machine. Over SSH there is never a browser in front of the person, on any
// system; macOS and Windows always have one locally; the other Unixes need
// an X11 or Wayland display.
func NewOpener(getenv func(string) string, goos string) Opener {
	if r := noBrowserReason(getenv, goos); r != 0 {
		return NoBrowser{Reason: r}
	}
	return Browser{}
}

func noBrowserReason(getenv func(string) string, goos string) Reason {
	for _, v := range []string{"SSH_CONNECTION", "SSH_CLIENT", "SSH_TTY"} {
		if strings.TrimSpace(getenv(v)) != "" {
			return ReasonSSH
		}
	}
	switch goos {
	case "linux", "freebsd", "openbsd", "netbsd", "dragonfly", "solaris", "illumos", "aix", "hurd":
		if getenv("DISPLAY") == "" && getenv("WAYLAND_DISPLAY") == "" {
			return ReasonNoDisplay
		}
	}
	// darwin and windows open their own browser; anything else is left to
	// pkg/browser, which fails fast where it has no way to open one.
	return 0
}
