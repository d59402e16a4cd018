package fakegmail

import (
	"encoding/base64"
	"errors"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-sasl"
)

// tokens is a TokenChecker holding the good tokens per user.
type tokens struct {
	mu   sync.Mutex
	good map[string]string // token → user
}

func (k *tokens) CheckToken(user, token string) bool {
	k.mu.Lock()
	defer k.mu.Unlock()
	u, ok := k.good[token]
	return ok && strings.EqualFold(u, user)
}

const goodToken = "ya29.good-token"

func tokenFake(t *testing.T, o Options) *Server {
	o.Tokens = &tokens{good: map[string]string{goodToken: testAddr}}
	return start(t, o)
}

func xoauth2(user, token string) string {
	return base64.StdEncoding.EncodeToString([]byte("user=" + user + "\x01auth=Bearer " + token + "\x01\x01"))
}

func oauthBearer(user, token string) string {
	return base64.StdEncoding.EncodeToString([]byte("n,a=" + user + ",\x01host=smtp.gmail.com\x01port=465\x01auth=Bearer " + token + "\x01\x01"))
}

// TestSMTPTokens signs in over SMTP with both mechanisms: a good token is
// taken at once; a bad one, or a good one for another user, gets Gmail's
// 334 with the JSON status and, after the empty response, its 535.
func TestSMTPTokens(t *testing.T) {
	status := base64.StdEncoding.EncodeToString([]byte(`{"status":"400","schemes":"Bearer","scope":"https://mail.google.com/"}`))
	for _, mech := range []struct {
		name     string
		ir       func(user, token string) string
		response string // the client's dummy response to the challenge
	}{{"XOAUTH2", xoauth2, ""}, {"OAUTHBEARER", oauthBearer, "AQ=="}} {
		for _, tt := range []struct {
			user, token string
			ok          bool
		}{{testAddr, goodToken, true}, {testAddr, "ya29.bad", false}, {"bob@gmail.com", goodToken, false}, {testAddr, "", false}} {
			s := tokenFake(t, Options{})
			c, r := dialRaw(t, s)
			c.Write([]byte("EHLO me\r\n"))
			readReply(t, r)
			c.Write([]byte("AUTH " + mech.name + " " + mech.ir(tt.user, tt.token) + "\r\n"))
			got := readReply(t, r)
			if tt.ok {
				if !slices.Equal(got, []string{"235 2.7.0 Accepted"}) {
					t.Errorf("%s %s: %q", mech.name, tt.token, got)
				}
			} else {
				if !slices.Equal(got, []string{"334 " + status}) {
					t.Fatalf("%s %s %s: %q, want the 334 status", mech.name, tt.user, tt.token, got)
				}
				c.Write([]byte(mech.response + "\r\n"))
				got = readReply(t, r)
				if len(got) != 2 || got[0] != "535-5.7.8 Username and Password not accepted. For more information, go to" {
					t.Errorf("%s %s: %q, want Gmail's 535", mech.name, tt.token, got)
				}
			}
			c.Close()
			s.WaitIdle()
			st := s.Stats()
			if st.AuthAttempts != 1 || (st.AuthOK == 1) != tt.ok || !slices.Equal(st.AuthMechanisms, []string{mech.name}) {
				t.Errorf("%s %s: stats %+v", mech.name, tt.token, st)
			}
		}
	}
}

// TestSMTPTokenWithoutInitialResponse: AUTH XOAUTH2 alone gets an empty
// 334, and the message follows on its own line.
func TestSMTPTokenWithoutInitialResponse(t *testing.T) {
	s := tokenFake(t, Options{})
	c, r := dialRaw(t, s)
	c.Write([]byte("EHLO me\r\n"))
	readReply(t, r)
	c.Write([]byte("AUTH XOAUTH2\r\n"))
	if got := readReply(t, r); !slices.Equal(got, []string{"334 "}) {
		t.Fatalf("%q", got)
	}
	c.Write([]byte(xoauth2(testAddr, goodToken) + "\r\n"))
	if got := readReply(t, r); !slices.Equal(got, []string{"235 2.7.0 Accepted"}) {
		t.Errorf("%q", got)
	}
}

// TestSMTPTokenRefusals: with no TokenChecker, no token is good, and
// too many attempts is said at once, without the challenge.
func TestSMTPTokenRefusals(t *testing.T) {
	s := start(t, Options{})
	c, r := dialRaw(t, s)
	c.Write([]byte("EHLO me\r\n"))
	readReply(t, r)
	c.Write([]byte("AUTH XOAUTH2 " + xoauth2(testAddr, goodToken) + "\r\n"))
	if got := readReply(t, r); !strings.HasPrefix(got[0], "334 ") {
		t.Errorf("no checker: %q", got)
	}

	s = tokenFake(t, Options{TooManyAttempts: true})
	c, r = dialRaw(t, s)
	c.Write([]byte("EHLO me\r\n"))
	readReply(t, r)
	c.Write([]byte("AUTH XOAUTH2 " + xoauth2(testAddr, goodToken) + "\r\n"))
	if got := readReply(t, r); !strings.HasPrefix(got[0], "454-4.7.0 Too many login attempts") {
		t.Errorf("too many attempts: %q", got)
	}
}

// xoauth2Client is the client side of XOAUTH2, for the IMAP tests.
type xoauth2Client struct{ user, token string }

func (x *xoauth2Client) Start() (string, []byte, error) {
	return "XOAUTH2", []byte("user=" + x.user + "\x01auth=Bearer " + x.token + "\x01\x01"), nil
}

func (x *xoauth2Client) Next([]byte) ([]byte, error) { return []byte{}, nil }

func TestIMAPTokens(t *testing.T) {
	for _, tt := range []struct {
		client sasl.Client
		ok     bool
	}{
		{&xoauth2Client{testAddr, goodToken}, true},
		{&xoauth2Client{testAddr, "ya29.bad"}, false},
		{sasl.NewOAuthBearerClient(&sasl.OAuthBearerOptions{Username: testAddr, Token: goodToken}), true},
	} {
		s := tokenFake(t, Options{IMAP: true})
		c := dialIMAP(t, s)
		err := c.Authenticate(tt.client)
		mech, _, _ := tt.client.Start()
		if tt.ok {
			if err != nil {
				t.Fatalf("%s: %v", mech, err)
			}
			if _, err := c.Select(Inbox, nil).Wait(); err != nil {
				t.Errorf("%s: signed in but cannot select: %v", mech, err)
			}
		} else {
			var ie *imap.Error
			if !errors.As(err, &ie) || ie.Code != imap.ResponseCodeAuthenticationFailed || ie.Text != "Invalid credentials (Failure)" {
				t.Errorf("%s: %v, want NO [AUTHENTICATIONFAILED]", mech, err)
			}
		}
		st := s.Stats()
		if !slices.Equal(st.IMAPAuth, []string{"AUTHENTICATE " + mech}) || (st.IMAPLogins == 1) != tt.ok || (st.IMAPLoginFailures == 1) == tt.ok {
			t.Errorf("%s: stats %+v", mech, st)
		}
	}
}
