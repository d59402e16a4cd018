package guide

import (
	"context"
	"net"
	"time"

	"gmailsetup/internal/gmail/known"
	"gmailsetup/internal/storage"
	"gmailsetup/mailer"
)

// The outside world, as the guide uses it: each interface is defined here
// once, for both faces.

// Opener opens a URL in the person's browser. It may fail or hang: the
// page's address is always shown as well, and ctx ends the launch.
type Opener interface {
	Open(ctx context.Context, url string) error
}

// Sender talks to the mail server.
type Sender interface {
	// Send delivers msg and, where it can, confirms its arrival.
	Send(ctx context.Context, acct mailer.Account, msg mailer.Message, progress func(mailer.Phase)) (mailer.Result, error)
	// Verify signs in and out without sending anything.
	Verify(ctx context.Context, acct mailer.Account, progress func(mailer.Phase)) (mailer.Result, error)
}

// Store keeps the saved setup.
type Store interface {
	// Path is where the setup file is, for the person to see before saving.
	Path() string
	Load() (storage.Config, error)
	// Save writes the account and its secret; allowFile permits the secret in
	// the file when no keyring is available.
	Save(acct storage.Account, secret string, allowFile bool) (storage.Where, error)
	// Replace is Save over a file that does not load, keeping a backup; used
	// only after the person chose to replace it.
	Replace(acct storage.Account, secret string, allowFile bool) (storage.Where, error)
	// Secret reads an account's app password back.
	Secret(email string) (string, error)
	// SetVerified records when the saved setup last signed in.
	SetVerified(email string, when time.Time) error
}

// Clock tells the time, so tests can fix it.
type Clock interface {
	Now() time.Time
}

// Resolver looks up mail exchangers, to tell a Google Workspace domain from
// a domain that Google does not host.
type Resolver interface {
	LookupMX(ctx context.Context, domain string) ([]*net.MX, error)
}

// Deps are the outside world. A nil Opener only shows pages; a nil Resolver
// leaves a non-Gmail domain unchecked; a nil Clock is the system's.
type Deps struct {
	Opener   Opener
	Sender   Sender
	Store    Store
	Clock    Clock
	Resolver Resolver
	// Known is where the address may already be written down (git, msmtp,
	// $EMAIL); nil looks nowhere.
	Known *known.Config
	// Google signs in with Google (OAuth); nil is Google's real service.
	Google Google
	// Downloads is where the client's JSON is looked for; "" is
	// ~/Downloads.
	Downloads string
	// Clipboard is the system's clipboard; nil copies through the
	// terminal only (OSC 52), which no one can vouch for.
	Clipboard Clipboard
}

// Clipboard is the system's clipboard (internal/clipboard.System).
type Clipboard interface {
	// Copy puts text there and reads it back: nil means it is there.
	Copy(ctx context.Context, text string) error
	// Clear empties it if it still holds text, reporting whether it did.
	Clear(ctx context.Context, text string) (bool, error)
}

// SystemClock is the real clock.
type SystemClock struct{}

// Now is time.Now.
func (SystemClock) Now() time.Time { return time.Now() }

// ClockFunc is a function as a Clock: time.Now, or a test's fixed time.
type ClockFunc func() time.Time

// Now calls f.
func (f ClockFunc) Now() time.Time { return f() }

// Now is the deps' clock's time, or the system's when none was given.
func (d Deps) Now() time.Time {
	if d.Clock == nil {
		return time.Now()
	}
	return d.Clock.Now()
}

// Timeouts bound the outside world, so a stuck browser launcher or DNS
// server never leaves the person waiting without a word. They are options
// so tests need not wait for the real ones.
type Timeouts struct {
	Open time.Duration // a browser launch; the URL is on screen anyway
	MX   time.Duration // a domain's mail servers; the answer is only advice
	// SignIn is how long a Google sign-in waits for the browser.
	SignIn time.Duration
	// Invoicing is how long step 9 watches the inbox with nothing
	// arriving before it says what to check (InvoicingWatch when zero).
	Invoicing time.Duration
}

// DefaultTimeouts are the ones a person gets.
var DefaultTimeouts = Timeouts{Open: 5 * time.Second, MX: 3 * time.Second, SignIn: 5 * time.Minute}

// orDefault fills the zero fields of t from DefaultTimeouts.
func (t Timeouts) orDefault() Timeouts {
	if t.Open <= 0 {
		t.Open = DefaultTimeouts.Open
	}
	if t.MX <= 0 {
		t.MX = DefaultTimeouts.MX
	}
	if t.SignIn <= 0 {
		t.SignIn = DefaultTimeouts.SignIn
	}
	return t
}

// The real implementations must keep fitting these interfaces.
var (
	_ Sender = (*mailer.Client)(nil)
	_ Store  = (*storage.Store)(nil)
)
