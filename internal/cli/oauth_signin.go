package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"gmailsetup/internal/guide"
	"gmailsetup/internal/oauth"
	"gmailsetup/internal/safetext"
)

// oauthFlags are the sign-in options of setup --oauth and rotate.
type oauthFlags struct {
	on         bool // setup only: --oauth
	clientFile string
	noBrowser  bool
	published  bool
	timeout    time.Duration
}

// add puts setup's --oauth flags on cmd.
func (f *oauthFlags) add(env *Env, cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.BoolVar(&f.on, "oauth", false, env.Cat.T("oauthcmd.flag.oauth"))
	fl.StringVar(&f.clientFile, "client-secret-file", "", env.Cat.T("oauthcmd.flag.clientFile"))
	fl.BoolVar(&f.published, "app-published", false, env.Cat.T("oauthcmd.flag.published"))
	f.addSignIn(env, cmd)
}

// addSignIn puts the flags of the sign-in itself on cmd (setup, rotate).
func (f *oauthFlags) addSignIn(env *Env, cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.BoolVar(&f.noBrowser, "no-browser", false, env.Cat.T("oauthcmd.flag.noBrowser"))
	fl.DurationVar(&f.timeout, "timeout", oauth.DefaultTimeout, env.Cat.T("oauthcmd.flag.timeout"))
}

// maxPasteLine bounds one pasted address; Google's are well under 2 KB.
const maxPasteLine = 8 << 10

// signIn signs email in with Google through client. The page's address is
// always printed (on stderr: it holds no secret, and stdout stays for
// results); the browser opens on it unless noBrowser. With noBrowser the
// address Google sends the browser back to, copied from another machine's
// address bar, is read from stdin, one per line, until one is accepted.
// On failure it has said why, and returns the exit.
func signIn(env *Env, client oauth.Client, email string, f oauthFlags) (oauth.Grant, error) {
	cat := env.Cat
	opts := oauth.SignInOptions{Address: email, Catalog: cat, Timeout: f.timeout}
	if !f.noBrowser {
		opts.Opener = env.Browser
	}
	ctx, stop := interruptible(env.context())
	defer stop()
	show := func(s *oauth.Session) {
		fmt.Fprintln(env.Stderr, cat.T("oauthcmd.signin.open"))
		fmt.Fprintln(env.Stderr, "  "+s.URL())
		if f.noBrowser || s.BrowserError() != nil || opts.Opener == nil {
			fmt.Fprintln(env.Stderr, cat.T("oauthcmd.signin.ssh", s.SSHTunnel(), s.Port()))
		}
		if f.noBrowser {
			fmt.Fprintln(env.Stderr, cat.T("oauthcmd.signin.paste", s.Port()))
			go readPastes(ctx, env, s)
		}
		fmt.Fprintln(env.Stderr, cat.T("oauthcmd.signin.waiting", minutes(f.timeout)))
	}
	grant, err := env.google().SignIn(ctx, client, opts, show)
	if err != nil {
		fmt.Fprintln(env.Stderr, cat.T("oauthcmd.signin.failed", safetext.Clean(email)))
		if !explainGoogle(env, err, storageAccountFor(email)) {
			fmt.Fprintln(env.Stderr, cat.T("diag.detail", guide.Clip(err.Error(), guide.MaxDetail)))
		}
		var oe *oauth.Error
		if errors.As(err, &oe) && oe.Code == oauth.CodeCancelled || env.context().Err() != nil {
			return oauth.Grant{}, exit(ExitInterrupted)
		}
		return oauth.Grant{}, exit(ExitFailed)
	}
	fmt.Fprintln(env.Stderr, cat.T("oauthcmd.signin.done"))
	return grant, nil
}

// readPastes feeds each line of stdin to the session until one is taken
// or the sign-in ends. A refused line is explained, never echoed: it may
// hold a code.
func readPastes(ctx context.Context, env *Env, s *oauth.Session) {
	r := bufio.NewReaderSize(io.LimitReader(env.Stdin, 64*maxPasteLine), maxPasteLine)
	for ctx.Err() == nil {
		line, err := r.ReadString('\n')
		if strings.TrimSpace(line) != "" && ctx.Err() == nil {
			perr := s.Paste(line)
			var oe *oauth.Error
			switch {
			case perr == nil:
				return
			case errors.As(perr, &oe) && oe.Code == oauth.PasteDone:
				return
			case errors.As(perr, &oe):
				fmt.Fprintf(env.Stderr, "%s %s\n", env.Cat.T(oe.What), env.Cat.T(oe.Todo))
			}
		}
		if err != nil {
			return
		}
	}
}

// minutes is a timeout as people read it.
func minutes(d time.Duration) string {
	if d < time.Minute {
		return fmt.Sprintf("%d s", int(d.Seconds()))
	}
	return fmt.Sprintf("%d min", int(d.Minutes()))
}
