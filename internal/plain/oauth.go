package plain

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"time"

	"gmailsetup/internal/guide"
	"gmailsetup/internal/oauth"
	"gmailsetup/internal/safetext"
)

// branchHeader announces a step of the Google sign-in branch, which has no
// number: it stands in for steps 5 and 6.
func (s *session) branchHeader(id guide.ID) {
	s.out.blank()
	s.out.line(s.t("oauthui.branch") + ": " + s.t(id.Title()))
}

// googleProblem prints a refusal, a bad client or a bad address as what
// happened and what to do; any other error as the storage explains it.
func (s *session) googleProblem(err error) {
	what, todo, ok := guide.GoogleProblem(err)
	if !ok {
		s.say(guide.StorageProblem(err))
		return
	}
	s.out.line(s.t("diag.whatLabel") + ": " + what.Text(s.cfg.Cat))
	s.out.line(s.t("diag.todoLabel") + ": " + todo.Text(s.cfg.Cat))
}

// oauthConsole walks to the person's own Desktop client, one console page
// at a time, each opened as it comes; then the notes and the question
// whether the app is published.
func (s *session) oauthConsole(ctx context.Context) (guide.Event, error) {
	s.a.UseOAuth()
	s.branchHeader(guide.OAuthConsole)
	s.out.line(s.t("oauth.console.intro"))
	workspace := s.a.Kind() == guide.KindWorkspace
	if workspace {
		s.out.line(s.t("oauthui.console.workspace"))
	}
	walk := oauth.Walk(s.a.Email(), workspace)
	for i, w := range walk {
		s.out.blank()
		s.out.line(s.t("oauthui.console.page", i+1, len(walk), s.t(w.Title)))
		s.out.line(s.t(w.Text))
		if w.ID == "branding" {
			s.out.line(s.t("oauthui.console.appName", s.cfg.AppName))
		}
		s.openPage(ctx, w.URL)
		s.out.line(s.t("oauthui.acc.pageDone"))
		if _, err := s.in.line(ctx); err != nil {
			return 0, err
		}
	}
	s.out.blank()
	s.out.line(s.t("oauthui.console.notesTitle"))
	for _, m := range guide.ConsoleNotes(s.cfg.AppName) {
		s.say(m)
	}
	menu := guide.PublishMenu(s.a.Kind())
	texts := make([]string, len(menu))
	for i, m := range menu {
		texts[i] = s.t(m.Key)
	}
	pick, err := s.choose(ctx, s.t("oauthui.console.question"), texts...)
	if err != nil {
		return 0, err
	}
	s.a.SetPublished(menu[pick].Published)
	if !menu[pick].Published {
		s.out.line(s.t("oauthui.console.testingNote"))
	}
	return guide.Done, nil
}

// oauthClient takes the Desktop client: the file found in Downloads, a
// typed path, or the ID and secret (the secret read without echo).
func (s *session) oauthClient(ctx context.Context) (guide.Event, error) {
	s.branchHeader(guide.OAuthClient)
	s.out.line(s.t("oauthui.client.intro"))
	dir := s.tasks.DownloadsDir()
	for {
		found, has := s.tasks.FindClient()
		if !has {
			s.out.line(s.t("oauthui.client.notFound", s.showPath(dir)))
		} else if s.cfg.Demo {
			s.out.line(s.t("oauthui.client.demo", s.showPath(dir)))
		}
		ways := guide.ClientWays(has)
		texts := make([]string, len(ways))
		for i, w := range ways {
			texts[i] = w.Option(s.showPath(found.Path), found).Text(s.cfg.Cat)
			if w == guide.ClientFound {
				if !s.cfg.Demo {
					s.out.line(s.t("oauthui.client.foundIn", s.showPath(dir)))
				}
			}
		}
		pick, err := s.choose(ctx, s.t("oauthui.client.question"), texts...)
		if err != nil {
			return 0, err
		}
		var client oauth.Client
		switch ways[pick] {
		case guide.ClientFound:
			client, err = s.tasks.ReadClient(found.Path)
		case guide.ClientTyped:
			s.out.line(s.t("oauthui.client.pathPrompt"))
			path, rerr := s.in.line(ctx)
			if rerr != nil {
				return 0, rerr
			}
			client, err = s.tasks.ReadClient(safetext.Clean(path))
		case guide.ClientPasted:
			s.out.line(s.t("oauthui.client.idPrompt"))
			id, rerr := s.in.line(ctx)
			if rerr != nil {
				return 0, rerr
			}
			s.out.line(s.t("oauthui.client.secretPrompt"))
			secret, echoOff, rerr := s.in.secret(ctx)
			if echoOff {
				s.out.blank()
			}
			if rerr != nil {
				return 0, rerr
			}
			client, err = oauth.NewClient(id, secret)
		}
		if err != nil {
			s.googleProblem(err)
			continue
		}
		s.a.SetClient(client)
		if client.Project != "" {
			s.out.line(s.t("oauthui.client.okProject", client.ID, client.Project))
		} else {
			s.out.line(s.t("oauthui.client.ok", client.ID))
		}
		return guide.Done, nil
	}
}

// oauthSignIn signs in with Google. The page's address is printed and
// opened; then one line is read: enter once access is allowed (in the
// demo, enter presses "Allow"), the address the browser ended on pasted
// from another machine, or the error Google showed on its own page.
func (s *session) oauthSignIn(ctx context.Context) (guide.Event, error) {
	s.branchHeader(guide.OAuthSignIn)
	email := s.a.Email()
	for {
		grant, err := s.signInOnce(ctx, email)
		if ctx.Err() != nil {
			return 0, errInterrupted
		}
		if err == nil {
			s.a.SetGrant(grant)
			s.out.line(s.t("oauthui.signin.done"))
			return guide.Done, nil
		}
		if isInput(err) {
			return 0, err
		}
		s.out.line(s.t("oauthui.signin.failed"))
		s.googleProblem(err)
		_, ev, stay, err := s.menu(ctx, guide.SignInFailedMenu)
		switch {
		case err != nil:
			return 0, err
		case ev == guide.Quit && !stay:
			return s.quit()
		case !stay:
			return ev, nil
		}
	}
}

// inputErr marks a failure to read the person's answer, which ends the run
// rather than the sign-in.
type inputErr struct{ error }

func isInput(err error) bool { _, ok := err.(inputErr); return ok }

// Unwrap lets the run see a b or q typed at the sign-in's line.
func (e inputErr) Unwrap() error { return e.error }

// signInOnce is one sign-in: start, show, read the one line, wait.
func (s *session) signInOnce(ctx context.Context, email string) (oauth.Grant, error) {
	client := s.a.Client()
	if !s.a.HasClient() {
		c, err := s.tasks.SavedClient(email)
		if err != nil {
			return oauth.Grant{}, err
		}
		client = c
		s.a.SetClient(c)
	}
	sctx, cancel := context.WithCancel(ctx)
	defer cancel()
	sess, err := s.tasks.SignIn(sctx, email, client, s.cfg.Cat)
	if err != nil {
		return oauth.Grant{}, err
	}
	defer sess.Close()
	s.out.line(s.t("oauthui.signin.intro", email))
	s.out.line(sess.URL())
	switch {
	case s.cfg.Demo || s.cfg.Deps.Opener == nil:
	case sess.BrowserError() != nil:
		s.out.line(s.t("acc.link.failed", sess.URL()))
	default:
		s.out.line(s.t("oauthui.signin.opened"))
	}
	consent := s.tasks.CanConsent()
	if consent {
		s.out.line(s.t("oauthui.signin.demo"))
	} else {
		s.out.line(s.t("oauthui.signin.unverified", s.cfg.AppName))
	}
	s.out.line(s.t("oauthui.acc.ssh", sess.SSHTunnel()))
	s.out.line(s.t("oauthui.acc.signinLine"))

	type result struct {
		g   oauth.Grant
		err error
	}
	done := make(chan result, 1)
	var mu sync.Mutex
	asking := true // the line is still being read: say when Google answers
	go func() {
		g, err := sess.Wait(sctx)
		mu.Lock()
		if asking && sctx.Err() == nil {
			if err == nil {
				s.out.line(s.t("oauthui.acc.signedInEnter"))
			} else {
				s.out.line(s.t("oauthui.signin.failed") + " " + s.t("oauthui.acc.failedEnter"))
			}
		}
		mu.Unlock()
		done <- result{g, err}
	}()
	for {
		line, err := s.in.line(ctx)
		if err != nil {
			return oauth.Grant{}, inputErr{err}
		}
		line = strings.TrimSpace(safetext.Clean(line))
		switch {
		case line == "":
			if consent {
				go func() { _ = s.tasks.Consent(sctx, sess.URL()) }()
			}
		case strings.Contains(line, "127.0.0.1") || strings.Contains(line, "://"):
			if perr := sess.Paste(line); perr != nil {
				s.googleProblem(perr)
				continue
			}
		default:
			return oauth.Grant{}, oauth.Refusal(line)
		}
		break
	}
	mu.Lock()
	asking = false
	mu.Unlock()
	s.out.line(s.t("oauthui.signin.waiting", minutes(s.timeout())))
	select {
	case r := <-done:
		return r.g, r.err
	case <-ctx.Done():
		return oauth.Grant{}, errInterrupted
	}
}

func (s *session) timeout() time.Duration {
	if t := s.cfg.Timeouts.SignIn; t > 0 {
		return t
	}
	return guide.DefaultTimeouts.SignIn
}

// minutes is a time limit as people read it.
func minutes(d time.Duration) string {
	if d < time.Minute {
		return fmt.Sprintf("%d s", int(d.Seconds()))
	}
	return fmt.Sprintf("%d min", int(d.Minutes()))
}
