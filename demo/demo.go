// Package demo runs the wizard's outside world on this computer: a fake
// smtp.gmail.com on loopback (fakegmail, with a throwaway CA that the client
// trusts explicitly), a temporary folder for the saved setup, no keyring, no
// browser and no DNS. `gmailsetup --demo` uses it so anyone can walk every
// step without a Google account or a network.
package demo

import (
	"context"
	"net"
	"os"
	"path/filepath"

	"gmailsetup/fakegmail"
	"gmailsetup/mailer"
	"gmailsetup/storage"
)

// Password is the app password the demo server accepts, in the spaced form
// Google shows.
const Password = fakegmail.DemoPasswordSpaced

// Env is a running demo.
type Env struct {
	Server     mailer.Server
	ConfigPath string
	Store      *storage.Store
	fake       *fakegmail.Server
	dir        string
}

// Start starts the fake server and makes the temporary config folder.
func Start() (*Env, error) {
	fake, err := fakegmail.Start(fakegmail.Options{IMAP: true})
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "gmailsetup-demo-")
	if err != nil {
		fake.Close()
		return nil, err
	}
	path := filepath.Join(dir, "gmailsetup", "config.toml")
	return &Env{
		Server:     mailer.Server(fake.Endpoints()),
		ConfigPath: path,
		Store:      storage.Open(path, storage.WithoutKeyring()),
		fake:       fake,
		dir:        dir,
	}, nil
}

// Close stops the server and removes the temporary folder.
func (e *Env) Close() error {
	e.fake.Close()
	return os.RemoveAll(e.dir)
}

// Browser stands in for the real browser: the demo opens nothing.
type Browser struct{}

// Open does nothing; the wizard says a real run would open the page.
func (Browser) Open(context.Context, string) error { return nil }

// Resolver answers every domain as hosted by Google, without asking DNS.
type Resolver struct{}

// LookupMX returns Google's mail exchanger.
func (Resolver) LookupMX(context.Context, string) ([]*net.MX, error) {
	return []*net.MX{{Host: "smtp.google.com.", Pref: 1}}, nil
}
