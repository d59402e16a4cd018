package mailer_test

import (
	"context"
	"encoding/base64"
	"errors"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/mailer"
)

// goodToken is the access token the fake takes for addr.
const goodToken = "ya29.a0-Good_Token.abcdef0123456789"

// tokenMap is a fakegmail.TokenChecker: token → the address it is for.
type tokenMap map[string]string

func (m tokenMap) CheckToken(user, token string) bool {
	u, ok := m[token]
	return ok && strings.EqualFold(u, user)
}

func oauthFake(t testing.TB, o fakegmail.Options) *fakegmail.Server {
	o.Tokens = tokenMap{goodToken: addr}
	return startFake(t, o)
}

// counted is a TokenFunc returning token, counting its calls.
func counted(token string, calls *atomic.Int32) mailer.TokenFunc {
	return func(context.Context) (string, error) {
		calls.Add(1)
		return token, nil
	}
}

// assertNoToken fails if the token, or a SASL message carrying it, shows
// in any of texts.
func assertNoToken(t *testing.T, token string, texts ...string) {
	t.Helper()
	b64 := base64.StdEncoding.EncodeToString
	secrets := []string{
		token, b64([]byte(token)),
		b64([]byte("user=" + addr + "\x01auth=Bearer " + token + "\x01\x01")),
		"Bearer " + token,
	}
	for _, text := range texts {
		for _, s := range secrets {
			if strings.Contains(text, s) {
				t.Errorf("token (%q) found in %q", s, text)
			}
		}
	}
}

// TestOAuthSend sends the test mail with an access token, over each
// mechanism and each port: SMTP signs in with it, the IMAP delivery check
// signs in with the same token and the same mechanism, the token is asked
// for once, and it never reaches the transcript.
func TestOAuthSend(t *testing.T) {
	for _, mech := range []mailer.Mechanism{mailer.XOAUTH2, mailer.OAUTHBEARER} {
		for _, port := range []int{465, 587} {
			t.Run(mech.String()+"/"+map[int]string{465: "465", 587: "587"}[port], func(t *testing.T) {
				fake := oauthFake(t, fakegmail.Options{IMAP: true})
				c, debug := client(t, fake)
				if port == 587 {
					c.Server.ImplicitAddr = closedAddr(t)
				}
				var calls atomic.Int32
				a := mailer.Account{Email: addr, Token: counted(goodToken, &calls), Mechanism: mech}
				res, err := c.Send(ctx(t), a, testMessage(), nil)
				if err != nil {
					t.Fatal(err)
				}
				if res.Port != port || !res.Arrived {
					t.Errorf("result %+v", res)
				}
				if n := calls.Load(); n != 1 {
					t.Errorf("token asked for %d times, want once", n)
				}
				fake.WaitIdle()
				st := fake.Stats()
				if !slices.Equal(st.AuthMechanisms, []string{mech.String()}) || st.AuthOK != 1 {
					t.Errorf("SMTP sign-ins %q, %d accepted", st.AuthMechanisms, st.AuthOK)
				}
				if !slices.Equal(st.IMAPAuth, []string{"AUTHENTICATE " + mech.String()}) || st.IMAPLogins != 1 {
					t.Errorf("IMAP sign-ins %q, %d accepted", st.IMAPAuth, st.IMAPLogins)
				}
				// AUTH alone, then MAIL, RCPT, BDAT and QUIT together.
				tail := st.Commands[len(st.Commands)-5:]
				if want := []string{"AUTH", "MAIL", "RCPT", "BDAT", "QUIT"}; !slices.Equal(tail, want) {
					t.Errorf("commands %q", st.Commands)
				}
				tr := debug.String()
				for _, want := range []string{"C: AUTH " + mech.String() + " [redacted]\n", " AUTHENTICATE " + mech.String() + " [redacted]\n"} {
					if !strings.Contains(tr, want) {
						t.Errorf("transcript lacks %q:\n%s", want, tr)
					}
				}
				assertNoToken(t, goodToken, tr)
			})
		}
	}
}

// TestOAuthVerifyLockStep signs in and out with a token on a server
// without PIPELINING.
func TestOAuthVerifyLockStep(t *testing.T) {
	fake := oauthFake(t, fakegmail.Options{NoPipelining: true})
	c, debug := client(t, fake)
	var calls atomic.Int32
	a := mailer.Account{Email: addr, Token: counted(goodToken, &calls)}
	if _, err := c.Verify(ctx(t), a, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Send(ctx(t), a, testMessage(), nil); err != nil {
		t.Fatal(err)
	}
	fake.WaitIdle()
	if st := fake.Stats(); st.AuthOK != 2 || st.PipelinedReads != 0 || !slices.Equal(st.AuthMechanisms, []string{"XOAUTH2", "XOAUTH2"}) {
		t.Errorf("stats %+v", st)
	}
	if calls.Load() != 2 {
		t.Errorf("token asked for %d times for two sign-ins", calls.Load())
	}
	assertNoToken(t, goodToken, debug.String())
}

// TestOAuthBadToken: Gmail answers a bad token with 334 and a JSON status;
// the client sends the dummy response, reads the 535, and reports a
// refused token, not a wrong password. Nothing was pipelined behind the
// AUTH, IMAP never signs in, and the token shows nowhere, while the status
// (not secret) does.
func TestOAuthBadToken(t *testing.T) {
	const bad = "ya29.a0-Expired_Token.zyxwvu9876543210"
	for _, mech := range []mailer.Mechanism{mailer.XOAUTH2, mailer.OAUTHBEARER} {
		t.Run(mech.String(), func(t *testing.T) {
			var server syncBuffer
			fake := oauthFake(t, fakegmail.Options{IMAP: true, Debug: &server})
			c, debug := client(t, fake)
			var calls atomic.Int32
			_, err := c.Send(ctx(t), mailer.Account{Email: addr, Token: counted(bad, &calls), Mechanism: mech}, testMessage(), nil)
			var e *mailer.Error
			if !errors.As(err, &e) || e.Kind != mailer.KindTokenRefused || e.Code != 535 || e.Enhanced != "5.7.8" ||
				!strings.Contains(e.Reply, "Username and Password not accepted") {
				t.Fatalf("got %v, want a refused token with Gmail's 535", err)
			}
			if !strings.Contains(err.Error(), "token-refused") || !strings.Contains(e.Err.Error(), `status "400"`) {
				t.Errorf("error %q, cause %v", err, e.Err)
			}
			fake.WaitIdle()
			st := fake.Stats()
			if want := []string{"EHLO", "AUTH", "QUIT"}; !slices.Equal(st.Commands, want) {
				t.Errorf("commands %q, want %q", st.Commands, want)
			}
			if st.AuthAttempts != 1 || st.IMAPAuthAttempts != 0 || len(fake.Messages()) != 0 {
				t.Errorf("stats %+v", st)
			}
			tr := debug.String()
			if !strings.Contains(tr, "S: 334 eyJzdGF0dXMiOiI0MDAi") {
				t.Errorf("the 334 status is missing from the transcript:\n%s", tr)
			}
			assertNoToken(t, bad, tr, err.Error())
		})
	}
}

// TestOAuthTokenFuncFails: the caller's refresh failing is a token-refresh
// failure that keeps its cause; a token that would break the command line
// is refused before it is sent; cancelling while the refresh runs is a
// cancel.
func TestOAuthTokenFuncFails(t *testing.T) {
	fake := oauthFake(t, fakegmail.Options{})
	c, _ := client(t, fake)
	cause := errors.New("oauth2: invalid_grant")
	_, err := c.Verify(ctx(t), mailer.Account{Email: addr, Token: func(context.Context) (string, error) { return "", cause }}, nil)
	if kindOf(err) != mailer.KindTokenRefresh || !errors.Is(err, cause) {
		t.Errorf("refresh failure: %v", err)
	}
	for _, tok := range []string{"", goodToken + "\r\nMAIL FROM:<evil@example.com>", goodToken + "\x01user=bob@gmail.com"} {
		_, err = c.Verify(ctx(t), mailer.Account{Email: addr, Token: func(context.Context) (string, error) { return tok, nil }}, nil)
		if kindOf(err) != mailer.KindTokenRefresh {
			t.Errorf("token %q: %v", tok, err)
		}
	}
	fake.WaitIdle()
	if st := fake.Stats(); st.AuthAttempts != 0 {
		t.Errorf("%d sign-ins sent with no usable token", st.AuthAttempts)
	}

	cctx, cancel := context.WithCancel(ctx(t))
	blocked := func(ctx context.Context) (string, error) {
		cancel()
		<-ctx.Done()
		return "", ctx.Err()
	}
	if _, err := c.Verify(cctx, mailer.Account{Email: addr, Token: blocked}, nil); kindOf(err) != mailer.KindCanceled {
		t.Errorf("cancelled during the refresh: %v", err)
	}
}

// TestOAuthRefreshOverlapsConnecting shows that the token is fetched while
// the connection is made: the TokenFunc returns only once the fake has
// been greeted with EHLO, which could not happen if the client waited for
// the token before connecting.
func TestOAuthRefreshOverlapsConnecting(t *testing.T) {
	fake := oauthFake(t, fakegmail.Options{})
	c, _ := client(t, fake)
	var once sync.Once
	var sawEHLO bool
	tok := func(ctx context.Context) (string, error) {
		for range 500 {
			if slices.Contains(fake.Stats().Commands, "EHLO") {
				once.Do(func() { sawEHLO = true })
				return goodToken, nil
			}
			select {
			case <-ctx.Done():
				return "", ctx.Err()
			case <-time.After(10 * time.Millisecond):
			}
		}
		return goodToken, nil
	}
	if _, err := c.Send(ctx(t), mailer.Account{Email: addr, Token: tok}, testMessage(), nil); err != nil {
		t.Fatal(err)
	}
	if !sawEHLO {
		t.Error("the client did not connect while the token was being fetched")
	}
}
