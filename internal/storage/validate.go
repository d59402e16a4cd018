package storage

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"gmailsetup/internal/gmail"
)

// The ports Gmail's SMTP server listens on for programs: implicit TLS and
// STARTTLS.
const (
	PortTLS      = 465
	PortSTARTTLS = 587
)

// validate rejects accounts the wizard could not use, with the same rules
// as a typed value: a hand-edited file is input like any other. Errors
// point at the account by position and at the line of the key at fault
// (found in data), since the email may be the thing missing, and they
// never quote a value that failed: it may be a secret, or hold escapes.
func validate(path string, cfg Config, data []byte) error {
	var l *layout
	parsed := false
	lineOf := func(acct int, key string) int {
		if !parsed {
			l, _ = parseLayout(data)
			parsed = true
		}
		if l == nil {
			return 0
		}
		if acct < 0 {
			if e, ok := l.find(0, key); ok {
				return l.line(e.lineStart)
			}
			return 0
		}
		return l.accountLine(acct, key)
	}
	if !cleanText(cfg.Default) {
		return &ConfigError{Path: path, Key: "default", Line: lineOf(-1, "default"), Problem: ProblemBadText}
	}
	seen := make(map[string]bool, len(cfg.Accounts))
	for i, a := range cfg.Accounts {
		bad := func(key string, p Problem) error {
			e := &ConfigError{Path: path, Index: i + 1, Key: key, Line: lineOf(i, key), Problem: p}
			if validAddress(a.Email) {
				e.Email = a.Email // safe to show, and the best name of the account
			}
			return e
		}
		for _, f := range [...]struct{ key, v string }{
			{"email", a.Email}, {"name", a.Name}, {"host", a.Host}, {"secret_store", a.SecretStore},
			{"app_password_label", a.AppPasswordLabel}, {"password", a.Password},
			{"auth", a.Auth}, {"client_id", a.ClientID},
			{"refresh_token", a.RefreshToken}, {"client_secret", a.ClientSecret},
		} {
			if !cleanText(f.v) {
				return bad(f.key, ProblemBadText)
			}
		}
		switch {
		case a.Email == "":
			return bad("email", ProblemNoEmail)
		case !validAddress(a.Email):
			return bad("email", ProblemBadAddress)
		case seen[gmail.Mailbox(a.Email)]:
			return bad("email", ProblemDuplicateEmail)
		case !validHost(a.Host):
			return bad("host", ProblemBadHost)
		case !validPort(a.Port):
			return bad("port", ProblemBadPort)
		case a.SecretStore != SecretInKeyring && a.SecretStore != SecretInFile:
			return bad("secret_store", ProblemBadSecretStore)
		case a.Auth != "" && a.Auth != AuthAppPassword && a.Auth != AuthOAuth:
			return bad("auth", ProblemBadAuth)
		case a.IsOAuth():
			if key, p := checkOAuth(a); p != 0 {
				return bad(key, p)
			}
		case a.RefreshToken != "":
			return bad("refresh_token", ProblemStraySecret)
		case a.ClientSecret != "":
			return bad("client_secret", ProblemStraySecret)
		case a.SecretStore == SecretInFile && a.Password == "":
			return bad("secret_store", ProblemNoPassword)
		case a.SecretStore == SecretInFile && !validAppPassword(a.Password):
			return bad("password", ProblemBadPassword)
		}
		seen[gmail.Mailbox(a.Email)] = true
	}
	return nil
}

// validAddress applies the rules of a typed address (gmail.CheckAddress);
// a suggestion for a likely typo is not a refusal.
func validAddress(s string) bool {
	return cleanText(s) && gmail.CheckAddress(s).Problem == gmail.AddressOK
}

// validAppPassword is Google's 16 letters, in any of the forms a paste
// normalizes from (groups of four, capitals).
func validAppPassword(s string) bool {
	_, p := gmail.NormalizeAppPassword(s)
	return p == gmail.AppPasswordOK && cleanText(s)
}

// validPort is 465 or 587, or 0 for "not given" (programs then use 465).
func validPort(p int) bool { return p == 0 || p == PortTLS || p == PortSTARTTLS }

// validHost is empty ("not given") or a plain host name: letters, digits,
// dots and hyphens, which every export format can hold unquoted.
func validHost(h string) bool {
	if len(h) > 253 {
		return false
	}
	for _, r := range h {
		if !(r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) || r == '.' || r == '-') {
			return false
		}
	}
	return !strings.HasPrefix(h, ".") && !strings.HasPrefix(h, "-")
}

// cleanText is valid UTF-8 without control characters: a newline pasted
// with an app password would otherwise be saved as part of it, and an
// escape in a name would reach the terminal.
func cleanText(s string) bool {
	return utf8.ValidString(s) && strings.IndexFunc(s, unicode.IsControl) < 0
}
