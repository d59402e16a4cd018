// Package demo runs the wizard's outside world on this computer: a fake
// smtp.gmail.com on loopback (fakegmail, with a throwaway CA that the client
// trusts explicitly), a fake Google sign-in (fakegoogle, whose tokens
// fakegmail accepts), a temporary folder for the saved setup and for a
// Desktop client file "downloaded" there, no keyring and no DNS. The only
// page it opens in a browser is the fake Google's own "Allow" page.
// `gmailsetup --demo` uses it so anyone can walk every step, the Google
// sign-in branch included, without a Google account or a network.
package demo

import (
	"context"
	"encoding/json"
	"errors"
	"net"
	"os"
	"path/filepath"
	"strings"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/internal/fake/fakegoogle"
	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
	"gmailsetup/internal/oauth"
	"gmailsetup/internal/storage"
	"gmailsetup/mailer"
)

// Password is the app password the demo server accepts, in the spaced form
// Google shows.
const Password = fakegmail.DemoPasswordSpaced

// Env is a running demo.
type Env struct {
	Server     mailer.Server
	ConfigPath string
	Store      *storage.Store
	// Google is the fake Google sign-in, as the guide uses it; it can
	// press "Allow" by itself.
	Google *Google
	// Downloads holds the demo's client_secret_….json, as if downloaded.
	Downloads string
	fake      *fakegmail.Server
	google    *fakegoogle.Server
	dir       string
}

// Start starts the fake servers and makes the temporary folders; lang is
// the language of the fake Google's page. It first sweeps away the folders
// of demos that died without cleaning up (see sweep).
func Start(lang i18n.Lang) (*Env, error) {
	g, err := fakegoogle.Start(fakegoogle.WithConsentPage(lang))
	if err != nil {
		return nil, err
	}
	fake, err := fakegmail.Start(fakegmail.Options{IMAP: true, Tokens: g})
	if err != nil {
		g.Close()
		return nil, err
	}
	sweep(os.TempDir())
	dir, err := os.MkdirTemp("", folderPrefix)
	if err != nil {
		fake.Close()
		g.Close()
		return nil, err
	}
	e := &Env{
		Server:     mailer.Server(fake.Endpoints()),
		ConfigPath: filepath.Join(dir, "gmailsetup", "config.toml"),
		Downloads:  filepath.Join(dir, "Downloads"),
		fake:       fake,
		google:     g,
		dir:        dir,
	}
	e.Store = storage.Open(e.ConfigPath, storage.WithoutKeyring())
	e.Google = &Google{
		GoogleService: guide.GoogleService{Service: oauth.Service{
			Endpoints:  oauth.Endpoints{Auth: g.AuthURL(), Token: g.TokenURL(), Revoke: g.RevokeURL()},
			HTTPClient: g.HTTPClient(),
		}},
		fake: g,
	}
	if err := markFolder(dir); err != nil {
		e.Close()
		return nil, err
	}
	if err := e.writeClient(); err != nil {
		e.Close()
		return nil, err
	}
	return e, nil
}

// writeClient registers a Desktop client at the fake and puts its JSON in
// Downloads, shaped as Google's console downloads it.
func (e *Env) writeClient() error {
	id, secret := e.google.NewClient()
	data, err := json.Marshal(map[string]any{"installed": map[string]any{
		"client_id": id, "project_id": "gmailsetup-demo",
		"auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token",
		"client_secret": secret, "redirect_uris": []string{"http://localhost"},
	}})
	if err != nil {
		return err
	}
	if err := os.MkdirAll(e.Downloads, 0o700); err != nil {
		return err
	}
	name := "client_secret_" + strings.TrimSuffix(id, ".apps.googleusercontent.com") + ".apps.googleusercontent.com.json"
	return os.WriteFile(filepath.Join(e.Downloads, name), data, 0o600)
}

// Close stops the servers and removes the temporary folder.
func (e *Env) Close() error {
	e.fake.Close()
	e.google.Close()
	return os.RemoveAll(e.dir)
}

// Google is the fake Google as the guide's Google, which can press
// "Allow" for a person with no browser.
type Google struct {
	guide.GoogleService
	fake *fakegoogle.Server
}

// Approve consents to authURL as if the person pressed "Allow".
func (g *Google) Approve(ctx context.Context, authURL string) error {
	return g.fake.Approve(ctx, authURL)
}

// Browser stands in for the real browser: the demo opens no Google page,
// only the fake Google's "Allow" page, through Real when there is one.
type Browser struct {
	Real  guide.Opener // the system's opener; nil opens nothing
	Allow string       // the fake Google's authorization address
}

// Open opens the fake's page in the real browser, and nothing else.
func (b Browser) Open(ctx context.Context, url string) error {
	if b.Allow == "" || !strings.HasPrefix(url, b.Allow+"?") {
		return nil
	}
	if b.Real == nil {
		return errNoBrowser
	}
	return b.Real.Open(ctx, url)
}

// errNoBrowser is a demo with no real browser to show the "Allow" page.
var errNoBrowser = errors.New("demo: no browser to open the Allow page")

// AuthURL is the fake Google's authorization address, for Browser.Allow.
func (e *Env) AuthURL() string { return e.google.AuthURL() }

// Resolver answers every domain as hosted by Google, without asking DNS.
type Resolver struct{}

// LookupMX returns Google's mail exchanger.
func (Resolver) LookupMX(context.Context, string) ([]*net.MX, error) {
	return []*net.MX{{Host: "smtp.google.com.", Pref: 1}}, nil
}

// FakeGoogle is the demo's fake Google server, for tests that make it
// refuse or look at what it was asked.
func (e *Env) FakeGoogle() *fakegoogle.Server { return e.google }
