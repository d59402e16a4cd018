package plain

import (
	"context"
	"strings"
	"testing"

	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
)

// A Google sign-in left before it is saved (the file declined with no
// keyring, or the input ending after the test) is revoked at Google when
// the run ends; a saved one is kept.
func TestPlainAbandonedSignInIsRevoked(t *testing.T) {
	for _, c := range []struct {
		name string
		save []string // lines at the save
		code int
		live int
	}{
		{"file declined", []string{"2"}, ExitNotDone, 0},
		{"input ends after the test", nil, ExitNotDone, 0},
		{"saved", []string{"1"}, ExitOK, 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			var out syncBuffer
			sc := toGoogle("2")
			if c.save == nil {
				sc[guide.TestSend] = []string{endInput}
			} else {
				sc[guide.Save] = append(c.save, endInput)
			}
			cfg, env := demoConfig(t, i18n.EN, newWalker(t, i18n.New(i18n.EN), &out, sc), &out)
			if code := Run(t.Context(), cfg); code != c.code {
				t.Fatalf("exit %d, want %d:\n%s", code, c.code, out.String())
			}
			_, rest, ok := strings.Cut(out.String(), i18n.New(i18n.EN).T("oauthui.signin.done"))
			if !ok {
				t.Fatalf("never signed in:\n%s", out.String())
			}
			if got := env.FakeGoogle().LiveGrants(oauthUser); got != c.live {
				t.Fatalf("Google lists %d grants at the end, want %d:\n%s", got, c.live, out.String())
			}
			if strings.Contains(rest, "app password") {
				t.Fatalf("a Google sign-in speaks of an app password:\n%s", out.String())
			}
		})
	}
}

// ctrl+c after the sign-in asks nothing of Google: the run ends at once,
// and the refresh token dies with the process.
func TestPlainCtrlCDoesNotRevoke(t *testing.T) {
	feed := &lineFeeder{lines: make(chan string, 64)}
	out := newWatchedOutput()
	in := newWalker(t, i18n.New(i18n.EN), out, toGoogle("2"))
	in.script[guide.TestSend], in.rest = []string{handOver}, feed // the test passes; then nothing is typed
	cfg, env := demoConfig(t, i18n.EN, in, out)
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	done := make(chan int, 1)
	go func() { done <- Run(ctx, cfg) }()
	out.waitFor(t, i18n.New(i18n.EN).T("oauthui.signin.done"))
	out.waitFor(t, i18n.New(i18n.EN).T("test.next"))
	cancel() // what main's signal.NotifyContext does on ctrl+c
	if code := <-done; code != ExitInterrupted {
		t.Fatalf("exit %d, want %d:\n%s", code, ExitInterrupted, out.String())
	}
	close(feed.lines)
	if got := env.FakeGoogle().LiveGrants(oauthUser); got != 1 {
		t.Fatalf("Google lists %d grants after ctrl+c, want the one (no revoke)", got)
	}
}
