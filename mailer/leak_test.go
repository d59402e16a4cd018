package mailer_test

import (
	"context"
	"runtime"
	"testing"
	"time"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/mailer"
)

// TestNoGoroutinesLeft runs sends that succeed, fail, race both ports and
// get cancelled, and checks that nothing the client started is left
// running once they have returned and the fakes are closed.
func TestNoGoroutinesLeft(t *testing.T) {
	before := runtime.NumGoroutine()
	func() {
		fake, err := fakegmail.Start(fakegmail.Options{Address: addr, Password: pass, IMAP: true})
		if err != nil {
			t.Fatal(err)
		}
		defer fake.Close()
		c := &mailer.Client{Server: mailer.Server(fake.Endpoints()), FallbackDelay: time.Nanosecond}
		bg := context.Background()
		if _, err := c.Send(bg, acct, testMessage(), nil); err != nil {
			t.Fatal(err)
		}
		c.Verify(bg, mailer.Account{Email: addr, Password: "wrongwrongwrongw"}, nil)
		c.Send(bg, mailer.Account{Email: addr, Password: "wrongwrongwrongw"}, testMessage(), nil)
		ctx, cancel := context.WithCancel(bg)
		cancel()
		c.Send(ctx, acct, testMessage(), nil)
	}()
	var after int
	for range 200 {
		if after = runtime.NumGoroutine(); after <= before {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	buf := make([]byte, 1<<20)
	t.Errorf("%d goroutines before, %d after\n%s", before, after, buf[:runtime.Stack(buf, true)])
}
