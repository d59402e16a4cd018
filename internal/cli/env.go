// Package commands holds the logic of gmailsetup's subcommands (status,
// test, forget, setup, export, send, password). Each is built by a New…Cmd
// function from an *Env, so it runs in tests against a loopback server and a
// temporary folder, with its output captured.
package cli

import (
	"context"
	"io"
	"time"

	"gmailsetup/internal/i18n"
	"gmailsetup/internal/oauth"
	"gmailsetup/internal/storage"
	"gmailsetup/mailer"
)

// Env is what every command needs from main. main fills it in the root
// command's PersistentPreRunE, after the global flags are parsed.
type Env struct {
	// Ctx is main's root context, cancelled by the first ctrl+c (SIGINT):
	// every network wait and every read of stdin ends with it.
	Ctx context.Context

	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// StdinTTY and StdoutTTY say whether those are terminals: a secret is
	// never read from or printed to a terminal by accident.
	StdinTTY, StdoutTTY bool

	Cat    i18n.Catalog
	Server mailer.Server // mailer.Gmail(), or a loopback fake in tests
	Debug  io.Writer     // --debug FILE: the SMTP/IMAP transcript, secrets redacted; nil when off
	Now    func() time.Time

	// Store opens the saved setup at the path chosen by --config,
	// GMAILSETUP_CONFIG or the default.
	Store func() (*storage.Store, error)

	// Google signs in with Google and refreshes and revokes its tokens,
	// for accounts saved with auth = "oauth"; nil means Google's real
	// service. Browser opens its sign-in page; nil opens nothing (the URL
	// is always printed).
	Google  Google
	Browser oauth.Opener
}

// context is the command's context: main's root one, or for an Env built
// without one (a test, a helper) one that is never cancelled.
func (e *Env) context() context.Context {
	if e.Ctx != nil {
		return e.Ctx
	}
	return context.Background()
}
