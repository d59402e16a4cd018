package cli

import (
	"context"
	"fmt"
	"sync"
	"time"

	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
	"gmailsetup/mailer"
)

// client is the mail client for a command, with the --debug transcript.
func (e *Env) client() *mailer.Client {
	return &mailer.Client{Server: e.Server, Debug: e.Debug}
}

// interruptible is ctx with its own cancel. ctrl+c is main's business: its
// root context, which cobra hands to every command (cmd.Context()) and
// Env.Ctx holds, is cancelled by the first SIGINT, so a sign-in stuck on a
// slow network ends with the diagnosis "you stopped it" and exit 130.
func interruptible(ctx context.Context) (context.Context, context.CancelFunc) {
	if ctx == nil {
		ctx = context.Background()
	}
	return context.WithCancel(ctx)
}

// progress writes each phase of a send as a plain line on stderr. The
// mailer calls it from its own goroutines, one at a time; the lock makes
// that ordering visible to the race detector as well.
func progress(env *Env) func(mailer.Phase) {
	var mu sync.Mutex
	return func(p mailer.Phase) {
		mu.Lock()
		defer mu.Unlock()
		fmt.Fprintln(env.Stderr, env.Cat.T(guide.Phase(p)))
	}
}

// diagnose prints why a sign-in or send failed on stderr: what happened,
// what to try, and Gmail's own reply, already sanitised by the mailer and
// cleaned again here. It returns the exit code.
func diagnose(env *Env, headline string, err error) error {
	cat, w := env.Cat, env.Stderr
	kind := mailer.KindOf(err)
	what, todo := guide.Failure(kind)
	fmt.Fprintln(w, headline)
	fmt.Fprintf(w, "%s: %s\n", cat.T("diag.whatLabel"), cat.T(what))
	fmt.Fprintf(w, "%s: %s\n", cat.T("diag.todoLabel"), cat.T(todo))
	if d := detail(cat, err); d != "" {
		fmt.Fprintln(w, d)
	}
	if kind == mailer.KindCanceled {
		return exit(ExitInterrupted)
	}
	return exit(ExitFailed)
}

// detail is Gmail's reply, or the error's text when there was none, as
// the guide words and cuts it.
func detail(cat i18n.Catalog, err error) string { return guide.Detail(err).Text(cat) }

// seconds is a duration as people read it: "0.4 s".
func seconds(cat i18n.Catalog, d time.Duration) string { return cat.Seconds(d) }
