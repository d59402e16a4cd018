package oauth

import "fmt"

// Secret is a refresh token, an access token or a client secret. It prints
// as "[redacted]" through fmt (%v, %s, %q, %#v, %x…), so one passed to a log
// line or an error by mistake leaks nothing. Reveal is the only way out.
//
// The text sits behind a pointer: fmt prints an unexported struct field by
// reflection without calling its methods, so a Secret inside a UI model's
// unexported field would print as-is; behind a pointer, fmt shows only an
// address.
type Secret struct {
	p *string
}

// NewSecret wraps s.
func NewSecret(s string) Secret {
	if s == "" {
		return Secret{}
	}
	return Secret{p: &s}
}

// Reveal returns the secret itself, for the one place that must send it.
func (s Secret) Reveal() string {
	if s.p == nil {
		return ""
	}
	return *s.p
}

// Empty reports whether there is no secret.
func (s Secret) Empty() bool { return s.p == nil }

const redacted = "[redacted]"

// String hides the secret.
func (s Secret) String() string {
	if s.p == nil {
		return ""
	}
	return redacted
}

// GoString hides the secret from %#v.
func (s Secret) GoString() string { return "oauth.Secret(" + s.String() + ")" }

// Format hides the secret from every verb, %x and %d included, which would
// otherwise print the bytes of the unexported field.
func (s Secret) Format(f fmt.State, verb rune) {
	if verb == 'v' && f.Flag('#') {
		_, _ = f.Write([]byte(s.GoString()))
		return
	}
	_, _ = f.Write([]byte(s.String()))
}

// MarshalText refuses, so a Secret never lands in JSON or TOML by accident;
// storage saves Reveal() through its own secret path.
func (s Secret) MarshalText() ([]byte, error) {
	return nil, fmt.Errorf("oauth: a secret is not marshalled")
}
