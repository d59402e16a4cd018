package oauth

import (
	"net/http"
	"time"

	"golang.org/x/oauth2"
)

// Scope is the one scope IMAP, POP and SMTP accept
// (developers.google.com/gmail/imap/xoauth2-protocol, "OAuth 2.0 scopes").
const Scope = "https://mail.google.com/"

// Endpoints are the three addresses of Google's OAuth service.
type Endpoints struct {
	Auth, Token, Revoke string
}

// Google's endpoints. They are the ones oauth2/google.Endpoint names (that
// package is not imported: it would bring in cloud.google.com/go/compute
// for nothing), plus revoke; see
// developers.google.com/identity/protocols/oauth2/native-app. The v2 auth
// path gmail.md lists serves the same flow.
var Google = Endpoints{
	Auth:   "https://accounts.google.com/o/oauth2/auth",
	Token:  "https://oauth2.googleapis.com/token",
	Revoke: "https://oauth2.googleapis.com/revoke",
}

// Service is where tokens come from: Google by default, the fake in tests.
// The zero value talks to Google with a client that gives up after a minute.
type Service struct {
	Endpoints Endpoints // zero: Google
	// HTTPClient carries every request; tests give one that trusts the
	// fake's CA (never InsecureSkipVerify). nil: defaultHTTP.
	HTTPClient *http.Client
}

var defaultHTTP = &http.Client{Timeout: time.Minute}

func (s Service) endpoints() Endpoints {
	if s.Endpoints == (Endpoints{}) {
		return Google
	}
	return s.Endpoints
}

func (s Service) http() *http.Client {
	if s.HTTPClient == nil {
		return defaultHTTP
	}
	return s.HTTPClient
}

// config is the oauth2 configuration for client; redirect is "" outside the
// sign-in.
func (s Service) config(c Client, redirect string) *oauth2.Config {
	e := s.endpoints()
	return &oauth2.Config{
		ClientID:     c.ID,
		ClientSecret: c.Secret.Reveal(),
		Endpoint: oauth2.Endpoint{
			AuthURL:  e.Auth,
			TokenURL: e.Token,
			// Google takes the secret in the form; saying so spares the
			// auto-detection's failed first request.
			AuthStyle: oauth2.AuthStyleInParams,
		},
		RedirectURL: redirect,
		Scopes:      []string{Scope},
	}
}
