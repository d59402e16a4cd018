// Package storage keeps the saved setup: a TOML file of accounts, and each
// account's app password in the OS keyring or, with consent, in that file.
// Every write is atomic and every file holding a secret is private.
package storage

import (
	"time"

	"gmailsetup/internal/gmail"
)

// Account is one saved Gmail setup. It never holds the secret itself except
// when SecretStore is "file"; use Store.Secret to read it.
type Account struct {
	Email              string    `toml:"email"`
	Name               string    `toml:"name,omitempty"` // sender display name
	Host               string    `toml:"host"`
	Port               int       `toml:"port"`
	AppPasswordLabel   string    `toml:"app_password_label,omitempty"`
	AppPasswordCreated time.Time `toml:"app_password_created,omitzero"`
	LastVerified       time.Time `toml:"last_verified,omitzero"`
	SecretStore        string    `toml:"secret_store"` // SecretInKeyring or SecretInFile
	Password           string    `toml:"password,omitempty"`

	// Auth is how the account signs in: AuthOAuth, or an app password
	// ("" or AuthAppPassword). The fields below are the Google sign-in's;
	// see oauth.go.
	Auth string `toml:"auth,omitempty"`
	// ClientID is the person's own Desktop OAuth client. It is not secret.
	ClientID string `toml:"client_id,omitempty"`
	// SignedIn is when the person last signed in with Google: a Testing
	// app's refresh token dies 7 days later.
	SignedIn time.Time `toml:"signed_in,omitzero"`
	// AppPublished is whether the person said their app is "In production".
	AppPublished bool `toml:"app_published,omitempty"`
	// RefreshToken and ClientSecret are set only when SecretStore is
	// "file"; use Store.OAuthSecrets to read them.
	RefreshToken string `toml:"refresh_token,omitempty"`
	ClientSecret string `toml:"client_secret,omitempty"`
}

// Where the secret lives.
const (
	SecretInKeyring = "keyring"
	SecretInFile    = "file"
)

// Config is the whole saved file.
type Config struct {
	Default  string    `toml:"default,omitempty"` // email of the default account
	Accounts []Account `toml:"account"`
}

// Account returns the account with that address, or the default one when
// email is empty. Addresses match by mailbox (gmail.SameMailbox): case
// aside, and for Gmail dots and googlemail.com aside.
func (c Config) Account(email string) (Account, bool) {
	if email == "" {
		email = c.Default
		if email == "" && len(c.Accounts) == 1 {
			return c.Accounts[0], true
		}
	}
	for _, a := range c.Accounts {
		if gmail.SameMailbox(a.Email, email) {
			return a, true
		}
	}
	return Account{}, false
}

// Where says where a save put things, so the wizard can tell the person.
type Where struct {
	ConfigPath string
	Keyring    bool // the secret went to the OS keyring; otherwise into ConfigPath
	// Backup is where the old file's bytes were kept: by Replace, for a file
	// that did not load, or when the file could not be edited in place and
	// had to be rewritten whole; else "".
	Backup string
}
