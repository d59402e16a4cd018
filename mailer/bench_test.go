package mailer_test

import (
	"context"
	"crypto/tls"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/mailer"
)

// benchDelay is the one-way delay of the proxy: 20 ms round trips.
const benchDelay = 10 * time.Millisecond

// benchSetup starts a fake Gmail scripted by o behind a delaying proxy on
// the port under test (465 or 587).
func benchSetup(b *testing.B, port int, o fakegmail.Options) (*fakegmail.Server, *delayProxy, mailer.Server) {
	fake := startFake(b, o)
	srv := mailer.Server(fake.Endpoints())
	var p *delayProxy
	if port == 465 {
		p = newDelayProxy(b, srv.ImplicitAddr, benchDelay)
		srv.ImplicitAddr, srv.StartTLSAddr = p.Addr(), ""
	} else {
		p = newDelayProxy(b, srv.StartTLSAddr, benchDelay)
		srv.ImplicitAddr, srv.StartTLSAddr = "", p.Addr()
	}
	return fake, p, srv
}

// report waits until the fake has seen every connection end, so the count
// includes the last op, and reports round trips per op.
func report(b *testing.B, fake *fakegmail.Server, p *delayProxy) {
	b.StopTimer()
	fake.WaitIdle()
	if n := len(fake.Messages()); n != b.N {
		b.Fatalf("%d messages delivered for %d ops", n, b.N)
	}
	b.ReportMetric(float64(p.Turns())/float64(b.N), "rtt/op")
}

func benchmarkSend(b *testing.B, port int, o fakegmail.Options) {
	fake, p, srv := benchSetup(b, port, o)
	c := &mailer.Client{Server: srv}
	msg := testMessage()
	b.ReportAllocs()
	p.Turns()
	for b.Loop() {
		if _, err := c.Send(b.Context(), acct, msg, nil); err != nil {
			b.Fatal(err)
		}
	}
	report(b, fake, p)
}

// BenchmarkTestSend* send over BDAT, as to Gmail: one round trip after
// EHLO. BenchmarkTestSendData* send to a server without CHUNKING: DATA,
// then the message, two.
func BenchmarkTestSend465(b *testing.B) { benchmarkSend(b, 465, fakegmail.Options{}) }
func BenchmarkTestSend587(b *testing.B) { benchmarkSend(b, 587, fakegmail.Options{}) }
func BenchmarkTestSendData465(b *testing.B) {
	benchmarkSend(b, 465, fakegmail.Options{NoChunking: true})
}
func BenchmarkTestSendData587(b *testing.B) {
	benchmarkSend(b, 587, fakegmail.Options{NoChunking: true})
}

// benchmarkGoSMTP sends the same message with go-smtp's client, the
// baseline: it waits for each reply, QUIT's included.
func benchmarkGoSMTP(b *testing.B, port int) {
	fake, p, srv := benchSetup(b, port, fakegmail.Options{})
	cfg := &tls.Config{ServerName: srv.Host, RootCAs: srv.RootCAs}
	raw := string(testMessageBytes(b))
	b.ReportAllocs()
	p.Turns()
	for b.Loop() {
		var c *smtp.Client
		var err error
		if port == 465 {
			c, err = smtp.DialTLS(srv.ImplicitAddr, cfg)
		} else {
			c, err = smtp.DialStartTLS(srv.StartTLSAddr, cfg)
		}
		if err != nil {
			b.Fatal(err)
		}
		if err := c.Auth(sasl.NewPlainClient("", addr, pass)); err != nil {
			b.Fatal(err)
		}
		if err := c.SendMail(addr, []string{addr}, strings.NewReader(raw)); err != nil {
			b.Fatal(err)
		}
		if err := c.Quit(); err != nil {
			b.Fatal(err)
		}
	}
	report(b, fake, p)
}

func BenchmarkGoSMTP465(b *testing.B) { benchmarkGoSMTP(b, 465) }
func BenchmarkGoSMTP587(b *testing.B) { benchmarkGoSMTP(b, 587) }

// testMessageBytes is a message of the size mailer sends.
func testMessageBytes(b *testing.B) []byte {
	return []byte("Date: Sat, 01 Mar 2025 12:00:00 +0000\r\nMessage-ID: <x@gmailsetup.local>\r\n" +
		"From: " + addr + "\r\nTo: " + addr + "\r\nSubject: gmailsetup test ABCDEF\r\n" +
		"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n" +
		"Content-Transfer-Encoding: quoted-printable\r\n\r\nIt works.\r\n")
}

// benchmarkOAuth is the test send signed in with an access token. The
// TokenFunc takes one round trip, as a refresh at Google's token endpoint
// does; it runs while the connection is set up, so it adds no time. AUTH
// XOAUTH2 or OAUTHBEARER must be last in its group (a bad token gets a 334
// challenge), which costs one round trip more than AUTH PLAIN.
func benchmarkOAuth(b *testing.B, port int, mech mailer.Mechanism) {
	fake, p, srv := benchSetup(b, port, fakegmail.Options{Tokens: tokenMap{goodToken: addr}})
	c := &mailer.Client{Server: srv}
	msg := testMessage()
	a := mailer.Account{Email: addr, Mechanism: mech, Token: func(ctx context.Context) (string, error) {
		select {
		case <-time.After(2 * benchDelay):
			return goodToken, nil
		case <-ctx.Done():
			return "", ctx.Err()
		}
	}}
	b.ReportAllocs()
	p.Turns()
	for b.Loop() {
		if _, err := c.Send(b.Context(), a, msg, nil); err != nil {
			b.Fatal(err)
		}
	}
	report(b, fake, p)
}

func BenchmarkOAuthXOAUTH2465(b *testing.B)     { benchmarkOAuth(b, 465, mailer.XOAUTH2) }
func BenchmarkOAuthXOAUTH2587(b *testing.B)     { benchmarkOAuth(b, 587, mailer.XOAUTH2) }
func BenchmarkOAuthOAUTHBEARER465(b *testing.B) { benchmarkOAuth(b, 465, mailer.OAUTHBEARER) }
func BenchmarkOAuthOAUTHBEARER587(b *testing.B) { benchmarkOAuth(b, 587, mailer.OAUTHBEARER) }
