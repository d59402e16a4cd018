// Package fakegoogle is a fake of Google's OAuth 2.0 service on loopback,
// over real TLS, for tests and --demo: an authorization page that consents
// by itself (or shows an "Allow" button), a token endpoint as strict as
// Google's about PKCE, client secrets, single-use codes and redirect_uri,
// and revocation. fakegmail asks CheckToken whether an XOAUTH2 token is one
// this fake issued.
package fakegoogle

import (
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"encoding/base64"
	"errors"
	"io"
	"log"
	"net"
	"net/http"
	"net/url"
	"sync"
	"time"

	"gmailsetup/internal/fake/fakeca"
	"gmailsetup/internal/i18n"
)

// Paths the fake serves, as Google's hosts do.
const (
	AuthPath    = "/o/oauth2/auth"
	ConsentPath = "/o/oauth2/consent"
	TokenPath   = "/token"
	RevokePath  = "/revoke"
)

// Server is a running fake Google.
type Server struct {
	ca    *fakeca.Authority
	ln    net.Listener
	srv   *http.Server
	done  chan struct{}
	base  string
	clock func() time.Time
	ttl   time.Duration
	page  bool // show the Allow button instead of consenting
	lang  i18n.Lang

	mu            sync.Mutex
	clients       map[string]string // id → secret
	codes         map[string]*grantCode
	refresh       map[string]*refreshToken
	access        map[string]*accessToken
	pending       map[string]url.Values // consent-page requests by id
	refuse        map[string]string     // user → authorization error
	refuseRefresh map[string]bool       // user → invalid_grant at refresh
	last          url.Values
}

type grantCode struct {
	client, user, redirect, challenge, scope string
	expires                                  time.Time
	used                                     bool
	issued                                   []string // refresh tokens from it
}

type refreshToken struct {
	client, user, scope string
	revoked             bool
}

type accessToken struct {
	user, refresh string
	expires       time.Time
	revoked       bool
}

// Option changes a Server before it starts.
type Option func(*Server)

// WithConsentPage shows an authorization page with "Allow" and "Cancel"
// buttons in lang, as --demo does for a person at a real browser, instead
// of consenting at once.
func WithConsentPage(lang i18n.Lang) Option {
	return func(s *Server) { s.page, s.lang = true, lang }
}

// WithClock sets the fake's clock, for tests of expiry.
func WithClock(now func() time.Time) Option { return func(s *Server) { s.clock = now } }

// WithAccessTTL sets how long access tokens live (Google: an hour).
func WithAccessTTL(d time.Duration) Option { return func(s *Server) { s.ttl = d } }

// Start runs a fake Google on 127.0.0.1 and a random port.
func Start(opts ...Option) (*Server, error) {
	s := &Server{
		clock:         time.Now,
		ttl:           time.Hour,
		lang:          i18n.EN,
		done:          make(chan struct{}),
		clients:       map[string]string{},
		codes:         map[string]*grantCode{},
		refresh:       map[string]*refreshToken{},
		access:        map[string]*accessToken{},
		pending:       map[string]url.Values{},
		refuse:        map[string]string{},
		refuseRefresh: map[string]bool{},
	}
	for _, o := range opts {
		o(s)
	}
	// The leaf is valid for 127.0.0.1, where the fake listens, and for
	// Google's OAuth host names, for a client that dials the fake under
	// Google's names.
	ca, err := fakeca.New(s.clock(), "fakegoogle", "accounts.google.com", "oauth2.googleapis.com", "127.0.0.1")
	if err != nil {
		return nil, err
	}
	s.ca = ca
	ln, err := net.Listen("tcp4", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	s.ln = tls.NewListener(ln, ca.ServerConfig())
	s.base = "https://" + ln.Addr().String()
	mux := http.NewServeMux()
	mux.HandleFunc("GET "+AuthPath, s.authorize)
	mux.HandleFunc("POST "+ConsentPath, s.consent)
	mux.HandleFunc("POST "+TokenPath, s.token)
	mux.HandleFunc(RevokePath, s.revoke)
	s.srv = &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second, ErrorLog: log.New(io.Discard, "", 0)}
	go func() {
		defer close(s.done)
		_ = s.srv.Serve(s.ln)
	}()
	return s, nil
}

// Close stops the server and waits for it.
func (s *Server) Close() error {
	err := s.srv.Close()
	<-s.done
	if errors.Is(err, http.ErrServerClosed) {
		err = nil
	}
	return err
}

// AuthURL, TokenURL and RevokeURL are the fake's endpoints.
func (s *Server) AuthURL() string   { return s.base + AuthPath }
func (s *Server) TokenURL() string  { return s.base + TokenPath }
func (s *Server) RevokeURL() string { return s.base + RevokePath }

// CertPool holds the fake's CA, for clients that must trust it.
func (s *Server) CertPool() *x509.CertPool { return s.ca.Pool }

// CAPEM is the fake's CA certificate in PEM.
func (s *Server) CAPEM() []byte { return s.ca.CAPEM }

// HTTPClient returns a client that trusts the fake's CA and nothing else
// (its own transport, so closing its idle connections affects no one).
func (s *Server) HTTPClient() *http.Client {
	return &http.Client{Transport: &http.Transport{
		TLSClientConfig: &tls.Config{RootCAs: s.ca.Pool, MinVersion: tls.VersionTLS12},
	}, Timeout: 30 * time.Second}
}

// NewClient registers a Desktop client with a fresh ID and secret shaped
// like Google's, and returns them.
func (s *Server) NewClient() (id, secret string) {
	id = "123456789012-" + lowerRandom(16) + ".apps.googleusercontent.com"
	secret = "GOCSPX-" + random(21)
	s.AddClient(id, secret)
	return id, secret
}

// AddClient registers a client with the given ID and secret.
func (s *Server) AddClient(id, secret string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.clients[id] = secret
}

// Refuse makes the authorization of user end in Google's error code
// (access_denied, admin_policy_enforced, policy_enforced, org_internal,
// invalid_client…), sent back to the redirect URI as error=code. Real
// Google shows some of these on its own page instead; the fake redirects so
// that the mapping is tested. "" clears.
func (s *Server) Refuse(user, code string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if code == "" {
		delete(s.refuse, user)
		return
	}
	s.refuse[user] = code
}

// RefuseRefresh makes refreshing user's tokens answer invalid_grant, as
// Google does once a refresh token is revoked, the password changed, or a
// Testing app's 7 days passed.
func (s *Server) RefuseRefresh(user string, on bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.refuseRefresh[user] = on
}

// LastAuthorize is the query of the last authorization request.
func (s *Server) LastAuthorize() url.Values {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.last
}

// CheckToken reports whether token is a live access token this fake issued
// for user: not expired, not revoked, its refresh token not revoked.
func (s *Server) CheckToken(user, token string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	a, ok := s.access[token]
	if !ok || a.revoked || a.user != user || !s.clock().Before(a.expires) {
		return false
	}
	if r := s.refresh[a.refresh]; r != nil && r.revoked {
		return false
	}
	return true
}

func random(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)[:n]
}

func lowerRandom(n int) string {
	const digits = "abcdefghijklmnopqrstuvwxyz0123456789"
	b := make([]byte, n)
	_, _ = rand.Read(b)
	for i := range b {
		b[i] = digits[int(b[i])%len(digits)]
	}
	return string(b)
}
