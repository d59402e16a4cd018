package oauth

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/oauth2"

	"gmailsetup/internal/i18n"
)

// Opener opens a page in the person's browser. Failing is not an error of
// the sign-in: the URL is shown anyway (a terminal over SSH has no
// browser).
type Opener interface {
	Open(ctx context.Context, url string) error
}

// OpenerFunc makes a function an Opener.
type OpenerFunc func(ctx context.Context, url string) error

// Open calls f.
func (f OpenerFunc) Open(ctx context.Context, url string) error { return f(ctx, url) }

// DefaultTimeout is how long a sign-in waits for Google's answer.
const DefaultTimeout = 5 * time.Minute

// SignInOptions are the person's side of a sign-in.
type SignInOptions struct {
	// Address is the Gmail address, sent as login_hint so Google offers
	// the right account.
	Address string
	// Catalog speaks the page shown after Google sends the browser back.
	Catalog i18n.Catalog
	// Opener opens the browser; nil opens nothing.
	Opener Opener
	// Timeout bounds Wait; 0 means DefaultTimeout.
	Timeout time.Duration
}

// Grant is what a sign-in yields. Refresh is saved; Access is used at once
// and never saved.
type Grant struct {
	Refresh Secret
	Access  Secret
	Expiry  time.Time
	Scope   string
}

// Session is one sign-in in progress: a loopback listener on 127.0.0.1 and
// a random port that takes exactly one answer from Google, then closes.
// Start it, show URL (always, whether or not the browser opened), then Wait;
// Paste feeds an address copied from another machine's browser instead.
// Close releases the port if Wait is never called.
type Session struct {
	svc      Service
	client   Client
	opts     SignInOptions
	state    string
	verifier string
	port     int
	hostport string
	redirect string
	authURL  string
	browser  error

	ln        net.Listener
	srv       *http.Server
	served    chan struct{}
	callbacks chan callback
	delivered atomic.Bool

	waitOnce sync.Once
	done     chan struct{} // closed once the outcome is known
	grant    Grant
	err      error
	closed   sync.Once
	quit     chan struct{} // closed by Close, to stop a Wait under way
	quitOnce sync.Once
}

// Start opens the listener, builds Google's authorization URL and, when
// there is an Opener, opens the browser on it.
func Start(ctx context.Context, svc Service, client Client, opts SignInOptions) (*Session, error) {
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp4", "127.0.0.1:0")
	if err != nil {
		return nil, withCause(Refusal(CodeListen), errors.Unwrap(err))
	}
	port := ln.Addr().(*net.TCPAddr).Port
	s := &Session{
		svc:       svc,
		client:    client,
		opts:      opts,
		state:     randomState(),
		verifier:  oauth2.GenerateVerifier(),
		port:      port,
		hostport:  "127.0.0.1:" + strconv.Itoa(port),
		ln:        ln,
		served:    make(chan struct{}),
		callbacks: make(chan callback, 1),
		done:      make(chan struct{}),
		quit:      make(chan struct{}),
	}
	// No trailing slash: the form Google's native-app guide gives. The
	// browser still asks for "/".
	s.redirect = "http://" + s.hostport
	s.authURL = svc.config(client, s.redirect).AuthCodeURL(s.state,
		oauth2.S256ChallengeOption(s.verifier),
		oauth2.AccessTypeOffline,
		oauth2.ApprovalForce, // prompt=consent: a refresh token every time
		oauth2.SetAuthURLParam("login_hint", opts.Address),
	)
	s.srv = &http.Server{
		Handler:           s,
		ReadHeaderTimeout: 10 * time.Second,
		MaxHeaderBytes:    16 << 10,
		// The server's own complaints (a port scanner's garbage) would
		// scribble over the terminal.
		ErrorLog: log.New(io.Discard, "", 0),
	}
	go func() {
		defer close(s.served)
		_ = s.srv.Serve(ln)
	}()
	if opts.Opener != nil {
		s.browser = opts.Opener.Open(ctx, s.authURL)
	}
	return s, nil
}

func randomState() string {
	b := make([]byte, 24)
	_, _ = rand.Read(b) // never fails (crypto/rand)
	return base64.RawURLEncoding.EncodeToString(b)
}

// URL is Google's authorization page for this sign-in. It holds no
// secret (the PKCE challenge is a hash) and is always shown.
func (s *Session) URL() string { return s.authURL }

// Port is the listener's port on 127.0.0.1.
func (s *Session) Port() int { return s.port }

// RedirectURI is where Google sends the browser back.
func (s *Session) RedirectURI() string { return s.redirect }

// BrowserError is why the browser did not open, or nil if it did (or no
// Opener was given).
func (s *Session) BrowserError() error { return s.browser }

// SSHTunnel is the option that forwards this sign-in's port from the
// machine with the browser, for a terminal reached over SSH: the person
// runs "ssh -L PORT:127.0.0.1:PORT" plus their usual host.
func (s *Session) SSHTunnel() string {
	return fmt.Sprintf("ssh -L %d:127.0.0.1:%d", s.port, s.port)
}

// Paste takes the address Google sent the browser to, copied from its
// address bar. nil means it was accepted and Wait goes on with it; an
// *Error (PasteWrongState, PasteWrongHost…) means it was not, and the
// sign-in keeps waiting.
func (s *Session) Paste(text string) error {
	cb, perr := parseCallback(text, s.port, s.state)
	if perr != nil {
		return perr
	}
	if !s.deliver(cb) {
		return pasteError(PasteDone)
	}
	return nil
}

// deliver hands the one answer to Wait; false if one came already.
func (s *Session) deliver(cb callback) bool {
	if !s.delivered.CompareAndSwap(false, true) {
		return false
	}
	s.callbacks <- cb
	// One answer, then the port closes to everyone else.
	_ = s.ln.Close()
	return true
}

// Wait waits for Google's answer (through the browser or Paste), within
// the timeout and until ctx ends, then trades the code for tokens. Errors
// are *Error: a refusal from Google, timeout, cancelled. Calling it again
// returns the same result.
func (s *Session) Wait(ctx context.Context) (Grant, error) {
	s.waitOnce.Do(func() {
		ctx, cancel := context.WithTimeoutCause(ctx, s.opts.Timeout, errTimeout)
		defer cancel()
		ctx, stop := context.WithCancel(ctx)
		defer stop()
		go func() {
			select {
			case <-s.quit:
				stop()
			case <-ctx.Done():
			}
		}()
		var g Grant
		var err error
		select {
		case cb := <-s.callbacks:
			if cb.errCode != "" {
				err = Refusal(cb.errCode)
			} else {
				g, err = s.exchange(ctx, cb.code)
			}
		case <-ctx.Done():
			err = fromContext(ctx)
		}
		s.finish(g, err)
	})
	<-s.done
	return s.grant, s.err
}

func (s *Session) exchange(ctx context.Context, code string) (Grant, error) {
	conf := s.svc.config(s.client, s.redirect)
	tok, err := conf.Exchange(s.svc.withHTTP(ctx), code, oauth2.VerifierOption(s.verifier))
	if err != nil {
		return Grant{}, tokenError(ctx, err, true, code, s.client.Secret.Reveal(), s.verifier)
	}
	scope, _ := tok.Extra("scope").(string)
	if scope != "" && !hasScope(scope, Scope) {
		// Google's consent screen lets the person untick Gmail.
		return Grant{}, Refusal(CodeScopeMissing)
	}
	if tok.RefreshToken == "" {
		return Grant{}, Refusal(CodeNoRefreshToken)
	}
	return Grant{Refresh: NewSecret(tok.RefreshToken), Access: NewSecret(tok.AccessToken), Expiry: tok.Expiry, Scope: scope}, nil
}

func hasScope(list, want string) bool {
	for _, s := range strings.Fields(list) {
		if s == want {
			return true
		}
	}
	return false
}

// finish records the outcome, lets the browser's pending request write its
// page, and shuts the listener down.
func (s *Session) finish(g Grant, err error) {
	s.closed.Do(func() {
		s.grant, s.err = g, err
		close(s.done)
		_ = s.ln.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		if s.srv.Shutdown(ctx) != nil {
			_ = s.srv.Close()
		}
		<-s.served
	})
}

// Close ends the sign-in if Wait has not, and frees the port. It is safe
// to call more than once and after Wait.
func (s *Session) Close() error {
	s.quitOnce.Do(func() { close(s.quit) })
	s.finish(Grant{}, withCause(Refusal(CodeCancelled), context.Canceled))
	return nil
}

// ServeHTTP takes Google's redirect. Only GET / on the exact host
// 127.0.0.1:PORT is looked at (a page elsewhere cannot reach it through a
// rebound DNS name); the state must match. A stray request gets an
// explanation and the sign-in goes on waiting.
func (s *Session) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	cat := s.opts.Catalog
	if r.Host != s.hostport || r.URL.Path != "/" || r.Method != http.MethodGet {
		writePage(w, http.StatusNotFound, cat, "oauth.page.stray.title", "oauth.page.stray.body")
		return
	}
	cb, perr := checkQuery(r.URL.Query(), s.state)
	if perr != nil {
		writePage(w, http.StatusBadRequest, cat, "oauth.page.stray.title", "oauth.page.stray.body")
		return
	}
	if !s.deliver(cb) {
		writePage(w, http.StatusConflict, cat, "oauth.page.stray.title", "oauth.page.stray.body")
		return
	}
	select {
	case <-s.done:
	case <-r.Context().Done():
		return
	}
	if s.err != nil {
		writePage(w, http.StatusOK, cat, "oauth.page.failed.title", "oauth.page.failed.body")
		return
	}
	writePage(w, http.StatusOK, cat, "oauth.page.done.title", "oauth.page.done.body")
}

// SignIn runs a whole sign-in for callers without an event loop (plain
// mode, setup --oauth): show is called with the session before any
// waiting, to print the URL and the ssh -L hint.
func SignIn(ctx context.Context, svc Service, client Client, opts SignInOptions, show func(*Session)) (Grant, error) {
	s, err := Start(ctx, svc, client, opts)
	if err != nil {
		return Grant{}, err
	}
	defer s.Close()
	if show != nil {
		show(s)
	}
	return s.Wait(ctx)
}

// Format prints a session as its port only: its fields hold the client
// secret, the PKCE verifier and the state, which fmt would otherwise print
// from unexported fields without asking Secret.
func (s *Session) Format(f fmt.State, verb rune) {
	_, _ = fmt.Fprintf(f, "oauth.Session{port: %d}", s.port)
}
