package mailer_test

import (
	"errors"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/mailer"
)

func TestSendConfirmsArrival(t *testing.T) {
	tests := []struct {
		name string
		opts fakegmail.Options
		acct mailer.Account
	}{
		{"inbox", fakegmail.Options{}, acct},
		{"all mail only", fakegmail.Options{SkipInbox: true}, acct},
		{"after a delay", fakegmail.Options{DeliveryDelay: 100 * time.Millisecond}, acct},
		// The fake's IMAP refuses the spaced form, as some servers do.
		{"spaced password", fakegmail.Options{}, mailer.Account{Email: addr, Password: "abcd efgh ijkl mnop"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := tt.opts
			o.IMAP = true
			fake := startFake(t, o)
			c, debug := client(t, fake)
			var mu sync.Mutex
			var phases []mailer.Phase
			res, err := c.Send(ctx(t), tt.acct, testMessage(), func(p mailer.Phase) {
				mu.Lock()
				phases = append(phases, p)
				mu.Unlock()
			})
			if err != nil {
				t.Fatal(err)
			}
			if !res.Arrived || res.ConfirmErr != nil || res.ArrivedAfter < 0 {
				t.Errorf("result %+v", res)
			}
			if phases[len(phases)-1] != mailer.PhaseConfirming {
				t.Errorf("phases %v, want PhaseConfirming last", phases)
			}
			if st := fake.Stats(); st.IMAPLogins != 1 || st.IMAPLoginFailures != 0 {
				t.Errorf("stats %+v", st)
			}
			assertNoSecret(t, tt.acct.Password, debug.String())
		})
	}
}

func TestConfirmFailuresDoNotFailTheSend(t *testing.T) {
	tests := []struct {
		name  string
		opts  fakegmail.Options
		setup func(*mailer.Client)
		kind  mailer.Kind
		check func(*testing.T, *mailer.Error)
	}{
		{"never arrives", fakegmail.Options{LoseMail: true}, nil, mailer.KindTemporary, func(t *testing.T, e *mailer.Error) {
			if !errors.Is(e, mailer.ErrNotArrived) {
				t.Errorf("%v is not ErrNotArrived", e)
			}
		}},
		{"IMAP disabled", fakegmail.Options{IMAPDisabled: true}, nil, mailer.KindRejected, func(t *testing.T, e *mailer.Error) {
			if !strings.Contains(e.Reply, "not enabled for IMAP") {
				t.Errorf("reply %q", e.Reply)
			}
		}},
		{"IMAP unreachable", fakegmail.Options{}, func(c *mailer.Client) { c.Server.IMAPAddr = closedAddr(t) }, mailer.KindPortsBlocked, nil},
		{"IMAP certificate", fakegmail.Options{}, func(c *mailer.Client) { c.Server.IMAPHost = "imap.example.com" }, mailer.KindTLS, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := tt.opts
			o.IMAP = true
			fake := startFake(t, o)
			c, _ := client(t, fake)
			c.ConfirmTimeout = 300 * time.Millisecond
			if tt.setup != nil {
				tt.setup(c)
			}
			res, err := c.Send(ctx(t), acct, testMessage(), nil)
			if err != nil {
				t.Fatalf("send failed: %v", err)
			}
			if len(fake.Messages()) != 1 {
				t.Error("not sent")
			}
			var e *mailer.Error
			if res.Arrived || !errors.As(res.ConfirmErr, &e) || e.Kind != tt.kind {
				t.Fatalf("arrived %v, confirm error %v, want kind %v", res.Arrived, res.ConfirmErr, tt.kind)
			}
			if tt.check != nil {
				tt.check(t, e)
			}
		})
	}
}

func TestNoIMAPNoConfirmation(t *testing.T) {
	fake := startFake(t, fakegmail.Options{})
	c, _ := client(t, fake)
	var phases []mailer.Phase
	res, err := c.Send(ctx(t), acct, testMessage(), func(p mailer.Phase) { phases = append(phases, p) })
	if err != nil {
		t.Fatal(err)
	}
	if res.Arrived || res.ConfirmErr != nil || slices.Contains(phases, mailer.PhaseConfirming) {
		t.Errorf("result %+v, phases %v", res, phases)
	}
}

func TestSendFailureWithIMAP(t *testing.T) {
	fake := startFake(t, fakegmail.Options{IMAP: true})
	c, _ := client(t, fake)
	_, err := c.Send(ctx(t), mailer.Account{Email: addr, Password: "wrongwrongwrongw"}, testMessage(), nil)
	if kindOf(err) != mailer.KindBadCredentials {
		t.Fatalf("got %v", err)
	}
}

// The --debug transcript has the IMAP conversation too, line by line and
// tagged [993], with the LOGIN arguments replaced.
func TestDebugTranscriptHasIMAP(t *testing.T) {
	fake := startFake(t, fakegmail.Options{IMAP: true})
	c, debug := client(t, fake)
	if _, err := c.Send(ctx(t), acct, testMessage(), nil); err != nil {
		t.Fatal(err)
	}
	tr := debug.String()
	for _, want := range []string{"[993] S: * OK", "[993] C: ", " LOGIN [redacted]", "[993] S: "} {
		if !strings.Contains(tr, want) {
			t.Errorf("transcript lacks %q:\n%s", want, tr)
		}
	}
	if strings.Contains(tr, addr+" ") && strings.Contains(tr, "LOGIN "+addr) {
		t.Errorf("LOGIN arguments were logged:\n%s", tr)
	}
	assertNoSecret(t, acct.Password, tr)
}

// TestWrongPasswordSignsInOnce: Google counts every failed sign-in towards
// its lockout, so a wrong password must cost one (SMTP's), never a second
// one over IMAP. The fake takes its time over AUTH, which leaves IMAP all
// the time it would need to send LOGIN if it did not wait for SMTP's 235.
func TestWrongPasswordSignsInOnce(t *testing.T) {
	for _, pipelining := range []bool{true, false} {
		fake := startFake(t, fakegmail.Options{IMAP: true, AuthDelay: 300 * time.Millisecond, NoPipelining: !pipelining})
		c, _ := client(t, fake)
		_, err := c.Send(ctx(t), mailer.Account{Email: addr, Password: "wrongwrongwrongw"}, testMessage(), nil)
		if kindOf(err) != mailer.KindBadCredentials {
			t.Fatalf("got %v", err)
		}
		fake.WaitIdle()
		st := fake.Stats()
		if st.AuthAttempts != 1 || st.AuthOK != 0 || st.IMAPAuthAttempts != 0 {
			t.Errorf("pipelining %v: %d SMTP sign-ins (%d accepted), %d IMAP sign-ins; want 1, 0, 0",
				pipelining, st.AuthAttempts, st.AuthOK, st.IMAPAuthAttempts)
		}
	}
}

// TestIMAPSignsInAfterSMTP: with the right password the delivery check
// still signs in, once, after SMTP has.
func TestIMAPSignsInAfterSMTP(t *testing.T) {
	fake := startFake(t, fakegmail.Options{IMAP: true, AuthDelay: 100 * time.Millisecond})
	c, _ := client(t, fake)
	res, err := c.Send(ctx(t), acct, testMessage(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Arrived {
		t.Errorf("not confirmed: %v", res.ConfirmErr)
	}
	if st := fake.Stats(); st.AuthOK != 1 || st.IMAPAuthAttempts != 1 || st.IMAPLogins != 1 {
		t.Errorf("stats %+v", st)
	}
}
