package mailer_test

import (
	"bytes"
	"context"
	"net"
	"sync"
	"testing"
	"time"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/mailer"
)

const (
	addr = "ada@gmail.com"
	pass = "abcdefghijklmnop"
)

var acct = mailer.Account{Email: addr, Password: pass}

// startFake runs a fake Gmail for addr/pass, closed at the end of the test.
func startFake(t testing.TB, o fakegmail.Options) *fakegmail.Server {
	t.Helper()
	if o.Address == "" {
		o.Address = addr
	}
	if o.Password == "" {
		o.Password = pass
	}
	s, err := fakegmail.Start(o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// syncBuffer is a bytes.Buffer safe for the client's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// client is a Client for the fake with short limits, so failing paths
// finish fast, and a transcript kept for the test.
func client(t testing.TB, fake *fakegmail.Server) (*mailer.Client, *syncBuffer) {
	t.Helper()
	var debug syncBuffer
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("transcript:\n%s", debug.String())
		}
	})
	return &mailer.Client{
		Server:         mailer.Server(fake.Endpoints()),
		Debug:          &debug,
		ConnectTimeout: 2 * time.Second,
		ReplyTimeout:   2 * time.Second,
		DataTimeout:    2 * time.Second,
		// Long enough that a loaded machine still secures 465 first, so
		// tests that count commands see one session; a 465 that fails
		// starts 587 at once whatever this is.
		FallbackDelay:  2 * time.Second,
		ConfirmTimeout: 5 * time.Second,
		ConfirmPoll:    20 * time.Millisecond,
	}, &debug
}

func testMessage() mailer.Message {
	return mailer.NewTestMessage(addr, "gmailsetup test %s", "It works.\n.dot line\nè già\n", time.Now())
}

// closedAddr is a loopback address where nothing listens.
func closedAddr(t testing.TB) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	a := l.Addr().String()
	l.Close()
	return a
}

func ctx(t testing.TB) context.Context {
	c, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return c
}

func kindOf(err error) mailer.Kind { return mailer.KindOf(err) }
