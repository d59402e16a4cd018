package mailer

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/emersion/go-sasl"

	"gmailsetup/internal/safetext"
)

// TokenFunc returns a fresh OAuth 2.0 access token for the account, with
// the https://mail.google.com/ scope: typically it refreshes one with the
// saved refresh token. It must return when ctx ends.
type TokenFunc func(ctx context.Context) (token string, err error)

// Mechanism is the SASL mechanism an OAuth sign-in uses.
type Mechanism int

// The OAuth mechanisms Gmail offers, over SMTP and IMAP.
const (
	XOAUTH2     Mechanism = iota // Google's own, the default
	OAUTHBEARER                  // RFC 7628
)

func (m Mechanism) String() string {
	if m == OAUTHBEARER {
		return "OAUTHBEARER"
	}
	return "XOAUTH2"
}

// errTokenChars is the cause of a token that would break the SASL message
// it goes into, or the command line around it.
var errTokenChars = errors.New("mailer: the access token is empty or has characters a token cannot have")

// tokenFetch is the access token on its way: Account.Token runs while the
// connection is made, secured and greeted, so OAuth costs no round trip of
// its own.
type tokenFetch struct {
	done   chan struct{}
	cancel context.CancelFunc
	token  string // set before done is closed
	err    error
}

// startToken calls Account.Token in the background, if there is one.
func (s *session) startToken() {
	if s.acct.Token == nil {
		return
	}
	ctx, cancel := context.WithCancel(s.ctx)
	f := &tokenFetch{done: make(chan struct{}), cancel: cancel}
	s.tok = f
	go func() {
		defer close(f.done)
		tok, err := s.acct.Token(ctx)
		if err == nil && (tok == "" || strings.ContainsFunc(tok, func(r rune) bool { return r <= ' ' || r == 0x7f })) {
			err = errTokenChars
		}
		if err == nil {
			s.secrets.add(tok, base64.StdEncoding.EncodeToString([]byte(tok)))
		}
		f.token, f.err = tok, err
	}()
}

// stopToken ends a fetch still running and waits for it; the token, if it
// came, stays.
func (s *session) stopToken() {
	if s.tok != nil {
		s.tok.cancel()
		<-s.tok.done
	}
}

// token waits for the access token. A failure to get one is
// KindTokenRefresh with the TokenFunc's error as the cause, unless it is
// already a *Error or the send was cancelled.
func (s *session) token() (string, error) {
	select {
	case <-s.tok.done:
	case <-s.ctx.Done():
		return "", s.classify(s.ctx.Err(), 0)
	}
	if err := s.tok.err; err != nil {
		var e *Error
		switch {
		case s.ctx.Err() != nil:
			return "", s.classify(s.ctx.Err(), 0)
		case errors.As(err, &e):
			return "", e
		}
		return "", &Error{Kind: KindTokenRefresh, Err: err}
	}
	return s.tok.token, nil
}

// oauthMechanism is the mechanism to sign in with: the account's if the
// server offers it, else the other one.
func (s *session) oauthMechanism(caps capabilities) (Mechanism, bool) {
	offered := map[Mechanism]bool{XOAUTH2: caps.xoauth2, OAUTHBEARER: caps.oauthBearer}
	m := s.acct.Mechanism
	if offered[m] {
		return m, true
	}
	if m == XOAUTH2 {
		m = OAUTHBEARER
	} else {
		m = XOAUTH2
	}
	return m, offered[m]
}

// saslToken is the SASL client for m. Its Next answers Gmail's challenge,
// which only ever comes with a refusal, with the dummy response that ends
// the exchange, and keeps the challenge's status for the error.
func saslToken(m Mechanism, user, token, host string, port int) *tokenClient {
	if m == OAUTHBEARER {
		return &tokenClient{Client: sasl.NewOAuthBearerClient(&sasl.OAuthBearerOptions{
			Username: user, Token: token, Host: host, Port: port,
		}), dummy: []byte{0x01}} // RFC 7628 section 3.2.3
	}
	return &tokenClient{Client: xoauth2Client{user: user, token: token}, dummy: []byte{}}
}

// tokenClient wraps a mechanism's client to end a refused exchange.
type tokenClient struct {
	sasl.Client
	dummy  []byte
	status string // from the challenge, sanitised: "400", "401"
}

func (t *tokenClient) Next(challenge []byte) ([]byte, error) {
	var st struct {
		Status string `json:"status"`
	}
	if json.Unmarshal(challenge, &st) == nil {
		t.status = safetext.Clean(st.Status)
	}
	return t.dummy, nil
}

// refused describes a refused token for Error.Err.
func (t *tokenClient) refused() error {
	if t.status == "" {
		return errors.New("mailer: Gmail refused the access token")
	}
	return fmt.Errorf("mailer: Gmail refused the access token (status %q)", t.status)
}

// xoauth2Client is Google's XOAUTH2: one message with the user and the
// bearer token. go-sasl dropped it; it is four lines.
type xoauth2Client struct{ user, token string }

func (x xoauth2Client) Start() (string, []byte, error) {
	return "XOAUTH2", []byte("user=" + x.user + "\x01auth=Bearer " + x.token + "\x01\x01"), nil
}

func (x xoauth2Client) Next([]byte) ([]byte, error) { return []byte{}, nil }

// authToken signs in with the access token, in a group of its own: a bad
// token is answered with a 334 challenge, which the client must answer
// before the server reads another command, so nothing may be pipelined
// after it (RFC 4954 section 4). The challenge's JSON status is not
// secret and shows in the transcript; the token never does.
func (s *session) authToken(c *conn, caps capabilities) error {
	m, ok := s.oauthMechanism(caps)
	if !ok {
		return &Error{Kind: KindRejected, Port: c.port, Err: errors.New("mailer: the server offers neither AUTH XOAUTH2 nor AUTH OAUTHBEARER")}
	}
	tok, err := s.token()
	if err != nil {
		return err
	}
	s.mech = m
	cl := saslToken(m, s.acct.Email, tok, s.cl.Server.Host, c.port)
	name, ir, _ := cl.Start()
	enc := base64.StdEncoding.EncodeToString(ir)
	s.secrets.add(enc)
	s.phase(PhaseSigningIn)
	c.secret("AUTH "+name+" "+enc, "AUTH "+name+" [redacted]")
	rep, err := c.roundTrip()
	if err != nil {
		return err
	}
	challenged := rep.Code == 334
	if challenged {
		challenge, _ := base64.StdEncoding.DecodeString(strings.TrimSpace(strings.Join(rep.Lines, "")))
		resp, _ := cl.Next(challenge)
		c.cmd(base64.StdEncoding.EncodeToString(resp))
		if rep, err = c.roundTrip(); err != nil {
			return err
		}
	}
	if rep.Code == 235 {
		s.accepted()
		return nil
	}
	e := s.replyError(rep, c.port)
	if rep.Code == 535 || (challenged && rep.Code >= 500) {
		e.Kind = KindTokenRefused
		e.Err = cl.refused()
	}
	return e
}
