package steps

import "gmailsetup/internal/guide"

// The outside world is the guide's: its interfaces are defined there once.
type (
	// Opener opens a URL in the person's browser.
	Opener = guide.Opener
	// Sender talks to the mail server.
	Sender = guide.Sender
	// Store keeps the saved setup.
	Store = guide.Store
	// Clock tells the time.
	Clock = guide.Clock
	// Resolver looks up mail exchangers.
	Resolver = guide.Resolver
	// Deps are the outside world as the steps see it.
	Deps = guide.Deps
	// SystemClock is the real clock.
	SystemClock = guide.SystemClock
)
