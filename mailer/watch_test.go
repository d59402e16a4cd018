package mailer_test

import (
	"context"
	"crypto/tls"
	"errors"
	"strings"
	"testing"
	"time"

	"gmailsetup/internal/fake/fakeca"
	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/mailer"
)

// watchResult is what a Watch running in the background ended with.
type watchResult struct {
	a   mailer.Arrival
	err error
}

// startWatch runs c.Watch in the background and returns once it is
// watching (or has ended), with whether the server pushes news.
func startWatch(ctx context.Context, t testing.TB, c *mailer.Client, w mailer.Watch) (<-chan watchResult, bool) {
	t.Helper()
	watching := make(chan bool, 1)
	w.Watching = func(idle bool) { watching <- idle }
	done := make(chan watchResult, 1)
	go func() {
		a, err := c.Watch(ctx, acct, w)
		done <- watchResult{a, err}
	}()
	select {
	case idle := <-watching:
		return done, idle
	case r := <-done:
		t.Fatalf("the watch ended before watching: %v", r.err)
	}
	return nil, false
}

// Another program (go-smtp's client, signed in with the app password)
// sends its test mail while the watch runs: the watch reports it, with its
// subject, and has signed in once. The wizard's own test mail, sent first,
// is not taken for it.
func TestWatchSeesAnotherProgramsMail(t *testing.T) {
	for _, noIdle := range []bool{false, true} {
		name := map[bool]string{false: "idle", true: "poll"}[noIdle]
		t.Run(name, func(t *testing.T) {
			fake := startFake(t, fakegmail.Options{IMAP: true, NoIdle: noIdle})
			c, _ := client(t, fake)
			own := testMessage()
			done, idle := startWatch(t.Context(), t, c, mailer.Watch{From: addr, Since: time.Now(), Skip: []string{own.MessageID, own.Code},
				Quiet: time.Minute, Poll: 20 * time.Millisecond})
			if idle == noIdle {
				t.Fatalf("watching with idle=%v on a server with NoIdle=%v", idle, noIdle)
			}
			// The wizard's own test mail first: it must not count.
			if _, err := c.Send(t.Context(), acct, own, nil); err != nil {
				t.Fatal(err)
			}
			select {
			case r := <-done:
				t.Fatalf("the wizard's own test mail was taken for the program's: %+v %v", r.a, r.err)
			default:
			}
			if err := fakegmail.SendAsProgram(t.Context(), fake.Endpoints(), addr, pass, fakegmail.QuiFatturaSubject); err != nil {
				t.Fatal(err)
			}
			r := <-done
			if r.err != nil {
				t.Fatal(r.err)
			}
			if r.a.Subject != fakegmail.QuiFatturaSubject || !strings.EqualFold(r.a.From, addr) || r.a.At.IsZero() {
				t.Fatalf("arrival %+v, want the program's test mail", r.a)
			}
			fake.WaitIdle()                             // every connection closed
			if st := fake.Stats(); st.IMAPLogins != 2 { // the test send's check, and the watch: one each
				t.Fatalf("%d IMAP sign-ins, want one for the watch and one for the wizard's own send", st.IMAPLogins)
			}
		})
	}
}

// A mail that arrived before the watch began is old news, even though it
// is from the address.
func TestWatchIgnoresMailFromBefore(t *testing.T) {
	fake := startFake(t, fakegmail.Options{IMAP: true})
	if err := fakegmail.SendAsProgram(t.Context(), fake.Endpoints(), addr, pass, "old"); err != nil {
		t.Fatal(err)
	}
	c, _ := client(t, fake)
	done, _ := startWatch(t.Context(), t, c, mailer.Watch{From: addr, Since: time.Now().Add(time.Hour), Quiet: time.Minute})
	if err := fakegmail.SendAsProgram(t.Context(), fake.Endpoints(), addr, pass, "new"); err != nil {
		t.Fatal(err)
	}
	if r := <-done; r.err != nil || r.a.Subject != "new" {
		t.Fatalf("got %+v %v, want the new mail", r.a, r.err)
	}
}

// Nothing arrives: after Quiet the watch gives up with ErrNothingArrived
// and its connection is closed.
func TestWatchGivesUpAndCloses(t *testing.T) {
	fake := startFake(t, fakegmail.Options{IMAP: true})
	c, _ := client(t, fake)
	_, err := c.Watch(t.Context(), acct, mailer.Watch{From: addr, Quiet: time.Nanosecond})
	if !errors.Is(err, mailer.ErrNothingArrived) || mailer.KindOf(err) != mailer.KindTemporary {
		t.Fatalf("err = %v, want ErrNothingArrived", err)
	}
	fake.WaitIdle()
	if st := fake.Stats(); st.IMAPLogins != 1 {
		t.Fatalf("%d IMAP sign-ins, want 1", st.IMAPLogins)
	}
}

// Ending the context (esc) ends the watch at once and closes the
// connection, even in the middle of IDLE.
func TestWatchCanceledClosesAtOnce(t *testing.T) {
	fake := startFake(t, fakegmail.Options{IMAP: true})
	c, _ := client(t, fake)
	ctx, cancel := context.WithCancel(t.Context())
	done, _ := startWatch(ctx, t, c, mailer.Watch{From: addr, Quiet: time.Hour})
	cancel()
	r := <-done
	if mailer.KindOf(r.err) != mailer.KindCanceled {
		t.Fatalf("err = %v, want canceled", r.err)
	}
	fake.WaitIdle()
}

// A wrong password is refused once, as bad credentials.
func TestWatchWrongPassword(t *testing.T) {
	fake := startFake(t, fakegmail.Options{IMAP: true})
	c, _ := client(t, fake)
	_, err := c.Watch(t.Context(), mailer.Account{Email: addr, Password: "wrongwrongwrongw"}, mailer.Watch{From: addr})
	if mailer.KindOf(err) != mailer.KindBadCredentials {
		t.Fatalf("err = %v, want bad credentials", err)
	}
	if st := fake.Stats(); st.IMAPAuthAttempts != 1 {
		t.Fatalf("%d sign-ins, want 1", st.IMAPAuthAttempts)
	}
}

// A server that sends without end is cut off: the watch reads a bounded
// amount and fails, rather than growing with what it is sent.
func TestWatchBoundsWhatItReads(t *testing.T) {
	ca, err := fakeca.New(time.Now(), "hostile", "imap.example.test")
	if err != nil {
		t.Fatal(err)
	}
	ln, err := tls.Listen("tcp", "127.0.0.1:0", &tls.Config{Certificates: []tls.Certificate{ca.Leaf}})
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	sent := make(chan int64, 1)
	go func() {
		conn, err := ln.Accept()
		if err != nil {
			sent <- 0
			return
		}
		defer conn.Close()
		// A greeting line that never ends.
		chunk := []byte("* OK " + strings.Repeat("x", 64<<10))
		var n int64
		for n < 64<<20 {
			m, err := conn.Write(chunk)
			n += int64(m)
			if err != nil {
				break
			}
		}
		sent <- n
	}()
	c := &mailer.Client{Server: mailer.Server{IMAPAddr: ln.Addr().String(), IMAPHost: "imap.example.test", RootCAs: ca.Pool}, ReplyTimeout: 5 * time.Second}
	_, err = c.Watch(t.Context(), acct, mailer.Watch{From: addr})
	if mailer.KindOf(err) != mailer.KindOversized {
		t.Fatalf("err = %v, want the server said to send too much", err)
	}
	if n := <-sent; n >= 64<<20 {
		t.Fatalf("the watch read all %d bytes the server sent", n)
	}
}
