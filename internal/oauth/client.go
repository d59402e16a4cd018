package oauth

import (
	"bytes"
	"encoding/json"
	"net/url"
	"regexp"
	"strings"
	"unicode/utf8"

	"gmailsetup/internal/i18n"
)

// Client is the person's own Desktop OAuth client.
type Client struct {
	ID     string
	Secret Secret
	// Project is the Cloud project the JSON names, for display; may be "".
	Project string
}

// MaxClientFile is the largest client JSON read. Google's is about 400
// bytes; a megabyte file is not one of them.
const MaxClientFile = 64 << 10

var clientIDPattern = regexp.MustCompile(`^[0-9]{1,30}-[a-z0-9]{1,64}\.apps\.googleusercontent\.com$`)

// clientFile is the "installed" (or "web") object of a client_secret JSON.
type clientFile struct {
	ClientID     string   `json:"client_id"`
	ProjectID    string   `json:"project_id"`
	AuthURI      string   `json:"auth_uri"`
	TokenURI     string   `json:"token_uri"`
	ClientSecret string   `json:"client_secret"`
	RedirectURIs []string `json:"redirect_uris"`
}

func clientError(code string) *Error {
	return &Error{Code: code, What: i18n.Key("oauth.client." + code + ".what"), Todo: i18n.Key("oauth.client." + code + ".todo")}
}

// Client file problems, as Error codes (keys oauth.client.<code>.what/.todo).
const (
	ClientNotJSON        = "not_json"
	ClientWeb            = "web"
	ClientServiceAccount = "service_account"
	ClientUnknown        = "unknown"
	ClientIncomplete     = "incomplete"
	ClientBadID          = "bad_id"
	ClientBadSecret      = "bad_secret"
	ClientNotDesktop     = "not_desktop"
	ClientNotGoogle      = "not_google"
	ClientTooBig         = "too_big"
)

// ParseClientJSON reads a client_secret_*.json as Google's console downloads
// it. Only a Desktop client ("installed") is accepted: a "web" client cannot
// redirect to a port on this computer, so it is refused with that reason.
// The file's auth_uri and token_uri are checked to be Google's but never
// used: a tampered file must not send the secret elsewhere.
func ParseClientJSON(data []byte) (Client, error) {
	if len(data) > MaxClientFile {
		return Client{}, clientError(ClientTooBig)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")) // a BOM from an editor
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		return Client{}, clientError(ClientNotJSON)
	}
	raw, ok := top["installed"]
	switch {
	case ok:
	case top["web"] != nil:
		return Client{}, clientError(ClientWeb)
	case top["type"] != nil:
		var kind string
		if json.Unmarshal(top["type"], &kind) == nil && kind == "service_account" {
			return Client{}, clientError(ClientServiceAccount)
		}
		return Client{}, clientError(ClientUnknown)
	default:
		return Client{}, clientError(ClientUnknown)
	}
	var f clientFile
	if err := json.Unmarshal(raw, &f); err != nil {
		return Client{}, clientError(ClientNotJSON)
	}
	if f.ClientID == "" || f.ClientSecret == "" {
		return Client{}, clientError(ClientIncomplete)
	}
	for _, u := range []string{f.AuthURI, f.TokenURI} {
		if u != "" && !googleURL(u) {
			return Client{}, clientError(ClientNotGoogle)
		}
	}
	if len(f.RedirectURIs) > 0 && !hasLoopback(f.RedirectURIs) {
		return Client{}, clientError(ClientNotDesktop)
	}
	c, err := NewClient(f.ClientID, f.ClientSecret)
	if err != nil {
		return Client{}, err
	}
	c.Project = cleanProject(f.ProjectID)
	return c, nil
}

// NewClient builds a client from an ID and a secret pasted from the
// console. Spaces and quotes around them, as a copy picks them up, go.
func NewClient(id, secret string) (Client, error) {
	id = strings.Trim(strings.TrimSpace(id), `"'`)
	secret = strings.Trim(strings.TrimSpace(secret), `"'`)
	if !clientIDPattern.MatchString(id) {
		return Client{}, clientError(ClientBadID)
	}
	if !validSecret(secret) {
		return Client{}, clientError(ClientBadSecret)
	}
	return Client{ID: id, Secret: NewSecret(secret)}, nil
}

// validSecret accepts what Google issues (GOCSPX-… today, 24 characters of
// base64url before) and refuses what is surely a slip: a client ID pasted
// twice, spaces, control characters, or a paragraph.
func validSecret(s string) bool {
	if len(s) < 8 || len(s) > 256 || strings.HasSuffix(s, ".apps.googleusercontent.com") {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c <= ' ' || c >= 0x7f {
			return false
		}
	}
	return true
}

func googleURL(s string) bool {
	u, err := url.Parse(s)
	if err != nil || u.Scheme != "https" || u.User != nil {
		return false
	}
	switch u.Host {
	case "accounts.google.com", "oauth2.googleapis.com", "www.googleapis.com":
		return true
	}
	return false
}

func hasLoopback(uris []string) bool {
	for _, s := range uris {
		u, err := url.Parse(s)
		if err != nil || u.Scheme != "http" {
			continue
		}
		switch u.Hostname() {
		case "localhost", "127.0.0.1", "::1":
			return true
		}
	}
	return false
}

// cleanProject keeps a project ID to what Google allows (lower-case
// letters, digits, hyphens, 30 characters), since it is shown on screen.
func cleanProject(s string) string {
	if len(s) > 30 || !utf8.ValidString(s) {
		return ""
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
			return ""
		}
	}
	return s
}
