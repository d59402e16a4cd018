package fakegmail

import (
	"bytes"
	"errors"
	"strings"
)

// TokenChecker decides which OAuth 2.0 access tokens the fake accepts for
// XOAUTH2 and OAUTHBEARER, over SMTP and IMAP. The fake Google OAuth server
// implements it with the tokens it issued; tests may use a map. It is
// called from the servers' goroutines, so it must be safe for concurrent
// use.
type TokenChecker interface {
	CheckToken(user, token string) bool
}

// The SASL mechanisms for OAuth 2.0 that Gmail offers.
const (
	mechXOAUTH2     = "XOAUTH2"
	mechOAUTHBEARER = "OAUTHBEARER"
)

// tokenStatus is what Gmail sends, base64-encoded, in the 334 (SMTP) or "+"
// (IMAP) challenge that answers a bad token; the client must then send an
// empty response to be told 535 (or NO). Gmail says "401" for an expired
// token and "400" for any other it does not take.
const tokenStatus = `{"status":"400","schemes":"Bearer","scope":"https://mail.google.com/"}`

// errTokenSyntax is a SASL message that is not XOAUTH2 or OAUTHBEARER.
var errTokenSyntax = errors.New("malformed OAuth SASL message")

// tokenServer is the server side of XOAUTH2 and OAUTHBEARER as Gmail runs
// them: one client message with the user and the token; accepted at once,
// or refused with the JSON status as a challenge and then, whatever the
// client's response to it, with refusal.
type tokenServer struct {
	mech string
	// try, if set, is told that the client's message has come, good or
	// not; refused, that it was refused for a bad token or form.
	try, refused func()
	// check reports whether the token is good; an error is a refusal that
	// is not about the token (too many attempts), sent at once.
	check   func(user, token string) (bool, error)
	refusal error // Gmail's last word on a bad token: 535 or NO
	failed  bool  // the challenge has gone; refusal comes next
	done    bool
}

func (t *tokenServer) Next(response []byte) (challenge []byte, done bool, err error) {
	switch {
	case t.done:
		return nil, true, errors.New("unexpected response")
	case t.failed:
		t.done = true
		return nil, true, t.refusal
	case response == nil:
		return []byte{}, false, nil // no initial response: ask for it
	}
	if t.try != nil {
		t.try()
	}
	if user, token, err := parseTokenMessage(t.mech, response); err == nil {
		ok, err := t.check(user, token)
		if ok || err != nil {
			t.done = true
			return nil, true, err
		}
	}
	t.failed = true
	if t.refused != nil {
		t.refused()
	}
	return []byte(tokenStatus), false, nil
}

// parseTokenMessage reads the user and the bearer token out of a client's
// XOAUTH2 message ("user=U\x01auth=Bearer T\x01\x01") or OAUTHBEARER one
// ("n,a=U,\x01host=H\x01port=P\x01auth=Bearer T\x01\x01", RFC 7628).
func parseTokenMessage(mech string, msg []byte) (user, token string, err error) {
	if mech == mechOAUTHBEARER {
		parts := bytes.SplitN(msg, []byte(","), 3)
		if len(parts) != 3 || string(parts[0]) != "n" {
			return "", "", errTokenSyntax
		}
		user = strings.TrimPrefix(string(parts[1]), "a=")
		msg = parts[2]
	}
	if !bytes.HasSuffix(msg, []byte("\x01\x01")) {
		return "", "", errTokenSyntax
	}
	for _, kv := range strings.Split(string(msg[:len(msg)-2]), "\x01") {
		k, v, ok := strings.Cut(kv, "=")
		switch {
		case kv == "":
		case !ok:
			return "", "", errTokenSyntax
		case k == "user" && mech == mechXOAUTH2:
			user = v
		case k == "auth":
			scheme, tok, ok := strings.Cut(v, " ")
			if !ok || !strings.EqualFold(scheme, "Bearer") || tok == "" {
				return "", "", errTokenSyntax
			}
			token = tok
		}
	}
	if user == "" || token == "" {
		return "", "", errTokenSyntax
	}
	return user, token, nil
}

// tokenOK reports whether user may sign in with token: the address, if the
// fake has one, must match, and the TokenChecker must approve. Without a
// TokenChecker no token is good.
func (s *Server) tokenOK(user, token string) bool {
	o := &s.opts
	if o.Address != "" && !strings.EqualFold(user, o.Address) {
		return false
	}
	return o.Tokens != nil && o.Tokens.CheckToken(user, token)
}
