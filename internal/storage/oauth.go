package storage

import (
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"time"
)

// How an account signs in (Account.Auth).
const (
	// AuthAppPassword is a 16-letter app password. Files written before
	// Google sign-in existed have no auth key, which means the same.
	AuthAppPassword = "app_password"
	// AuthOAuth is "sign in with Google": the person's own Desktop OAuth
	// client, and a refresh token that gives access tokens for XOAUTH2.
	AuthOAuth = "oauth"
)

// TestingLifetime is how long Google keeps a refresh token alive for an
// External app still in "Testing" (support.google.com/cloud/answer/13464323).
const TestingLifetime = 7 * 24 * time.Hour

// IsOAuth reports whether the account signs in with Google.
func (a Account) IsOAuth() bool { return a.Auth == AuthOAuth }

// SignInExpires is when the saved sign-in stops working by itself: 7
// days after SignedIn for an app the person did not say is published.
// ok is false when it does not expire (an app password, a published app)
// or the sign-in date is unknown.
func (a Account) SignInExpires() (when time.Time, ok bool) {
	if !a.IsOAuth() || a.AppPublished || a.SignedIn.IsZero() {
		return time.Time{}, false
	}
	return a.SignedIn.Add(TestingLifetime), true
}

// OAuthSecrets are the two secrets of a Google sign-in: the refresh token
// Google gave, and the client secret of the person's Desktop client. They
// go to the keyring together, as one entry, or (with consent) to the file.
// Access tokens are never saved. It prints as "[redacted]".
type OAuthSecrets struct {
	RefreshToken string
	ClientSecret string
}

// String hides the secrets.
func (OAuthSecrets) String() string { return "[redacted]" }

// GoString hides the secrets from %#v.
func (OAuthSecrets) GoString() string { return "storage.OAuthSecrets{[redacted]}" }

// Format hides the secrets from every verb.
func (o OAuthSecrets) Format(f fmt.State, verb rune) {
	if verb == 'v' && f.Flag('#') {
		_, _ = f.Write([]byte(o.GoString()))
		return
	}
	_, _ = f.Write([]byte(o.String()))
}

// oauthEntry is the keyring entry of a Google sign-in: one JSON object
// under the account's address, the same entry an app password uses.
// One entry rather than two keeps the pair consistent: a refresh token is
// bound to the client that obtained it, and a single Set replaces both at
// once, so no crash between two writes can leave a new token beside an old
// secret. It also keeps Save's undo, Forget's delete and switching an
// account between app password and Google sign-in to one entry each,
// with no orphan left behind. Kind tells it apart from an app password.
type oauthEntry struct {
	Kind         string `json:"kind"`
	RefreshToken string `json:"refresh_token"`
	ClientSecret string `json:"client_secret"`
}

const oauthEntryKind = "gmailsetup-oauth/1"

// ErrNotOAuthEntry means the keyring entry of a Google sign-in holds
// something else: an app password left from before, or an edited entry.
var ErrNotOAuthEntry = errors.New("the OS keyring entry is not a Google sign-in")

// ErrOAuthAccount means an app password was asked of an account that signs
// in with Google: it has none (gmailsetup token gives access tokens).
var ErrOAuthAccount = errors.New("the account signs in with Google and has no app password")

func (o OAuthSecrets) entry() string {
	b, _ := json.Marshal(oauthEntry{Kind: oauthEntryKind, RefreshToken: o.RefreshToken, ClientSecret: o.ClientSecret})
	return string(b)
}

// parseEntry reads a keyring entry; its error never quotes it.
func parseEntry(s string) (OAuthSecrets, error) {
	var e oauthEntry
	if json.Unmarshal([]byte(s), &e) != nil || e.Kind != oauthEntryKind ||
		!validOAuthSecret(e.RefreshToken) || !validOAuthSecret(e.ClientSecret) {
		return OAuthSecrets{}, ErrNotOAuthEntry
	}
	return OAuthSecrets{RefreshToken: e.RefreshToken, ClientSecret: e.ClientSecret}, nil
}

// clientIDPattern is the shape of a Desktop client's ID, as the oauth
// package checks it where it is typed or read.
var clientIDPattern = regexp.MustCompile(`^[0-9]{1,30}-[a-z0-9]{1,64}\.apps\.googleusercontent\.com$`)

// validOAuthSecret is what Google issues: printable ASCII without spaces
// or quotes, of a sane length. A refresh token is about 100 characters, a
// client secret 35; a newline pasted along would otherwise be saved.
func validOAuthSecret(s string) bool {
	if s == "" || len(s) > 2048 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c <= ' ' || c >= 0x7f || c == '"' || c == '\'' || c == '\\' {
			return false
		}
	}
	return true
}

// checkOAuth is validate's rules for a Google sign-in: the key at fault
// and the problem, or 0.
func checkOAuth(a Account) (string, Problem) {
	switch {
	case a.ClientID == "":
		return "client_id", ProblemNoClientID
	case !clientIDPattern.MatchString(a.ClientID):
		return "client_id", ProblemBadClientID
	case a.Password != "":
		return "password", ProblemStraySecret
	case a.SecretStore == SecretInKeyring && a.RefreshToken != "":
		return "refresh_token", ProblemStraySecret
	case a.SecretStore == SecretInKeyring && a.ClientSecret != "":
		return "client_secret", ProblemStraySecret
	case a.SecretStore != SecretInFile:
		return "", 0
	case a.RefreshToken == "":
		return "secret_store", ProblemNoRefreshToken
	case a.ClientSecret == "":
		return "secret_store", ProblemNoClientSecret
	case !validOAuthSecret(a.RefreshToken):
		return "refresh_token", ProblemBadOAuthSecret
	case !validOAuthSecret(a.ClientSecret):
		return "client_secret", ProblemBadOAuthSecret
	}
	return "", 0
}

// writesPublished is whether the file holds app_published for a: always
// for a Google sign-in, so false is visible too; for an app password only
// when someone wrote true there (it is then kept, unused).
func writesPublished(a Account) bool { return a.IsOAuth() || a.AppPublished }

func optPublished(a Account) *bool {
	if !writesPublished(a) {
		return nil
	}
	v := a.AppPublished
	return &v
}

// SaveOAuth is Save for a Google sign-in: acct.Auth is set to AuthOAuth and
// acct.ClientID must be the client's ID. The refresh token and the client
// secret go to the keyring as one entry under the address (replacing an
// app password there), else with allowFile to the file, else a
// *NoKeyringError. Everything Save promises holds: a failed save leaves
// the previous file and keyring entry working, so signing in again
// (rotate) is safe until the new token is saved.
func (s *Store) SaveOAuth(acct Account, sec OAuthSecrets, allowFile bool) (Where, error) {
	return s.saveOAuth(acct, sec, allowFile, false)
}

// ReplaceOAuth is Replace for a Google sign-in.
func (s *Store) ReplaceOAuth(acct Account, sec OAuthSecrets, allowFile bool) (Where, error) {
	return s.saveOAuth(acct, sec, allowFile, true)
}

func (s *Store) saveOAuth(acct Account, sec OAuthSecrets, allowFile, replace bool) (Where, error) {
	acct.Auth = AuthOAuth
	acct.AppPasswordLabel, acct.AppPasswordCreated = "", time.Time{}
	if err := checkOAuthInput(acct, sec); err != nil {
		return Where{}, err
	}
	return s.save(acct, payload{
		keyring: sec.entry(),
		inFile: func(a *Account) {
			a.RefreshToken, a.ClientSecret = sec.RefreshToken, sec.ClientSecret
		},
	}, allowFile, replace)
}

// checkOAuthInput is checkInput for a Google sign-in; errors never quote
// a secret.
func checkOAuthInput(a Account, sec OAuthSecrets) error {
	bad := func(p Problem) error { return &InvalidAccountError{Email: a.Email, Problem: p} }
	if err := checkAccount(a); err != nil {
		return err
	}
	switch {
	case sec.RefreshToken == "" || sec.ClientSecret == "":
		return bad(ProblemNoSecret)
	case !validOAuthSecret(sec.RefreshToken) || !validOAuthSecret(sec.ClientSecret):
		return bad(ProblemBadOAuthSecret)
	case !cleanText(a.ClientID) || a.ClientID == "":
		return bad(ProblemNoClientID)
	case !clientIDPattern.MatchString(a.ClientID):
		return bad(ProblemBadClientID)
	}
	return nil
}

// OAuthSecrets returns the refresh token and client secret of the Google
// sign-in of the account with that address (the default one when email
// is empty), from the keyring or the file. An account that signs in with
// an app password gives a *KindError.
func (s *Store) OAuthSecrets(email string) (Account, OAuthSecrets, error) {
	cfg, err := s.Load()
	if err != nil {
		return Account{}, OAuthSecrets{}, err
	}
	acct, ok := cfg.Account(email)
	if !ok {
		return Account{}, OAuthSecrets{}, &NoAccountError{Path: s.path, Email: email}
	}
	if !acct.IsOAuth() {
		return acct, OAuthSecrets{}, &KindError{Email: acct.Email, Auth: AuthAppPassword}
	}
	if acct.SecretStore == SecretInFile {
		return acct, OAuthSecrets{RefreshToken: acct.RefreshToken, ClientSecret: acct.ClientSecret}, nil
	}
	k := s.keyring()
	if k == nil {
		return acct, OAuthSecrets{}, &KeyringError{Op: "get", Email: acct.Email, Err: ErrNoKeyring}
	}
	raw, err := k.Get(acct.Email)
	if err != nil {
		return acct, OAuthSecrets{}, &KeyringError{Op: "get", Email: acct.Email, Err: err}
	}
	sec, err := parseEntry(raw)
	if err != nil {
		return acct, OAuthSecrets{}, &KeyringError{Op: "get", Email: acct.Email, Err: err}
	}
	return acct, sec, nil
}

// KindError means a secret of one kind was asked of an account of the
// other: an app password of a Google sign-in (Auth AuthOAuth), or Google
// secrets of an app-password account (Auth AuthAppPassword). Auth is the
// account's kind.
type KindError struct {
	Email string
	Auth  string
}

func (e *KindError) Error() string {
	if e.Auth == AuthOAuth {
		return fmt.Sprintf("%s signs in with Google and has no app password; programs get an access token from: gmailsetup token", e.Email)
	}
	return fmt.Sprintf("%s signs in with an app password, not with Google", e.Email)
}

// Is makes errors.Is(err, ErrOAuthAccount) true for an app password asked
// of a Google sign-in.
func (e *KindError) Is(target error) bool { return target == ErrOAuthAccount && e.Auth == AuthOAuth }
