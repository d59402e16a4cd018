package storage

import (
	"bytes"
	"time"

	"github.com/BurntSushi/toml"
)

// header opens every file we write, for whoever finds it later.
const header = `# gmailsetup: how your programs send mail through Gmail (smtp.gmail.com).
# Written by gmailsetup; run it again to change this file.
# This file may contain an app password: keep it private (chmod 600), and
# never share or commit it.

`

// fileAccount is how an Account is written: the secret's place next to the
// secret, and unset times left out rather than written as year 1.
type fileAccount struct {
	Email              string     `toml:"email"`
	Name               string     `toml:"name,omitempty"`
	Host               string     `toml:"host"`
	Port               int        `toml:"port"`
	SecretStore        string     `toml:"secret_store"`
	Password           string     `toml:"password,omitempty"`
	AppPasswordLabel   string     `toml:"app_password_label,omitempty"`
	AppPasswordCreated *time.Time `toml:"app_password_created,omitempty"`
	LastVerified       *time.Time `toml:"last_verified,omitempty"`
	Auth               string     `toml:"auth,omitempty"`
	ClientID           string     `toml:"client_id,omitempty"`
	SignedIn           *time.Time `toml:"signed_in,omitempty"`
	// AppPublished is written for every Google sign-in, false too, so
	// the person sees the answer that status's expiry date rests on.
	AppPublished *bool  `toml:"app_published,omitempty"`
	RefreshToken string `toml:"refresh_token,omitempty"`
	ClientSecret string `toml:"client_secret,omitempty"`
}

type fileConfig struct {
	Default  string        `toml:"default,omitempty"`
	Accounts []fileAccount `toml:"account"`
}

func optTime(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	return &t
}

// encode renders cfg as the file's bytes.
func encode(cfg Config) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(header)
	if err := toml.NewEncoder(&b).Encode(toFile(cfg)); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// encodeAccounts renders accounts as [[account]] tables alone, to be added
// to a file that has other things in it.
func encodeAccounts(accts []Account) ([]byte, error) {
	var b bytes.Buffer
	if err := toml.NewEncoder(&b).Encode(toFile(Config{Accounts: accts})); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func toFile(cfg Config) fileConfig {
	fc := fileConfig{Default: cfg.Default}
	for _, a := range cfg.Accounts {
		fc.Accounts = append(fc.Accounts, fileAccount{
			Email:              a.Email,
			Name:               a.Name,
			Host:               a.Host,
			Port:               a.Port,
			SecretStore:        a.SecretStore,
			Password:           a.Password,
			AppPasswordLabel:   a.AppPasswordLabel,
			AppPasswordCreated: optTime(a.AppPasswordCreated),
			LastVerified:       optTime(a.LastVerified),
			Auth:               a.Auth,
			ClientID:           a.ClientID,
			SignedIn:           optTime(a.SignedIn),
			AppPublished:       optPublished(a),
			RefreshToken:       a.RefreshToken,
			ClientSecret:       a.ClientSecret,
		})
	}
	return fc
}

// normalize makes times survive a round trip unchanged: UTC (TOML keeps an
// offset, not a zone) without the monotonic reading.
func normalize(a Account) Account {
	a.AppPasswordCreated = a.AppPasswordCreated.UTC()
	a.LastVerified = a.LastVerified.UTC()
	a.SignedIn = a.SignedIn.UTC()
	return a
}

// sameConfig reports whether two configs hold the same setup.
func sameConfig(x, y Config) bool {
	if x.Default != y.Default || len(x.Accounts) != len(y.Accounts) {
		return false
	}
	for i, a := range x.Accounts {
		b := y.Accounts[i]
		if !a.AppPasswordCreated.Equal(b.AppPasswordCreated) || !a.LastVerified.Equal(b.LastVerified) ||
			!a.SignedIn.Equal(b.SignedIn) {
			return false
		}
		a.AppPasswordCreated, b.AppPasswordCreated = time.Time{}, time.Time{}
		a.LastVerified, b.LastVerified = time.Time{}, time.Time{}
		a.SignedIn, b.SignedIn = time.Time{}, time.Time{}
		if a != b {
			return false
		}
	}
	return true
}
