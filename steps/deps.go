package steps

import (
	"context"
	"net"
	"time"

	"gmailsetup/mailer"
	"gmailsetup/storage"
)

// Opener opens a URL in the person's browser. It may block; steps call it
// only from a command, with a time limit.
type Opener interface {
	Open(url string) error
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

// Deps are the outside world as the steps see it.
type Deps struct {
	Opener   Opener
	Sender   Sender
	Store    Store
	Clock    Clock
	Resolver Resolver
}

// SystemClock is the real clock.
type SystemClock struct{}

// Now is time.Now.
func (SystemClock) Now() time.Time { return time.Now() }

// The real implementations must keep fitting these interfaces.
var (
	_ Sender = (*mailer.Client)(nil)
	_ Store  = (*storage.Store)(nil)
)
