package plain

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"go.uber.org/goleak"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
	"gmailsetup/internal/storage"
	"gmailsetup/mailer"
)

// ctrl+c while the test mail is on its way (a server that never answers)
// stops the run at once: exit 130, nothing saved, and nothing left running
// behind it, no goroutine of the send and no reader of the input.
func TestCtrlCDuringTheTestSend(t *testing.T) {
	before := goleak.IgnoreCurrent() // the test runner's own
	h := newHarness(t, fakegmail.Options{NoGreeting: true})
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	out := newWatchedOutput()
	in := newWalker(t, i18n.New(i18n.EN), out, script{guide.TestSend: {endInput}})
	done := make(chan int, 1)
	go func() {
		done <- Run(ctx, Config{
			In: in, Out: out, Cat: i18n.New(i18n.EN),
			Tasks: guide.Tasks{AppName: "gmailsetup", Deps: guide.Deps{
				Sender: &mailer.Client{Server: mailer.Server(h.fake.Endpoints())}, Store: h.store}},
		})
	}()
	connecting := i18n.New(i18n.EN).T("test.phase.connecting")
	for !strings.Contains(out.String(), connecting) {
		out.next(t, done)
	}
	cancel() // what main's signal.NotifyContext does on ctrl+c
	start := time.Now()
	var code int
	select {
	case code = <-done:
	case <-time.After(5 * time.Second): // a bound on a hang, not a speed check
		t.Fatal("the run did not stop after ctrl+c")
	}
	t.Logf("stopped %v after ctrl+c", time.Since(start))
	if code != ExitInterrupted {
		t.Fatalf("exit %d, want %d\n%s", code, ExitInterrupted, out.String())
	}
	if _, err := h.store.Load(); !errors.Is(err, storage.ErrNotFound) {
		t.Fatalf("something was saved: %v", err)
	}
	h.fake.Close()
	goleak.VerifyNone(t, before)
}
