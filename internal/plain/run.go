package plain

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
	"gmailsetup/internal/safetext"
	"gmailsetup/mailer"
)

// session is one run: the streams, the guide's tasks and the answers.
type session struct {
	cfg   Config
	out   *printer
	in    *input
	tasks guide.Tasks
	a     guide.Answers
	saved guide.Saved // what the summary found
}

// Run asks the guide's questions on cfg.In and cfg.Out until the setup is
// saved and verified, the person quits, or the input ends. It returns the
// exit code: ExitOK, ExitNotDone (with a last line saying whether anything
// was saved) or ExitInterrupted (ctx canceled: ctrl+c).
func Run(ctx context.Context, cfg Config) int {
	s := &session{cfg: cfg, out: &printer{w: cfg.Out}, in: newInput(cfg.In), tasks: cfg.Tasks}
	s.out.line(s.t("acc.intro"))
	s.out.line(s.t("newcomer.acc.keys")) // once: b and q work at every question
	if cfg.Demo {
		s.out.line(s.t("wizard.demoBadge"))
	}
	at := guide.Summary    // it moves on at once when nothing is saved
	var history []guide.ID // the steps that led here, for b
	for {
		ev, err := steps[at](s, ctx)
		if err == nil && ctx.Err() != nil {
			err = errInterrupted
		}
		switch {
		case errors.Is(err, errBack) && len(history) == 0:
			s.out.line(s.t("newcomer.acc.noBack"))
			continue
		case errors.Is(err, errBack):
			at, history = history[len(history)-1], history[:len(history)-1]
			continue
		case errors.Is(err, errQuit):
			s.quit()
			s.forgetUnsaved(ctx)
			return guide.ExitCode(&s.a, false)
		}
		if err != nil {
			if !errors.Is(err, errInterrupted) {
				s.forgetUnsaved(ctx)
			}
			return s.stopped(err)
		}
		mv, ok := guide.Next(at, ev, &s.a)
		if !ok {
			panic(fmt.Sprintf("accessible: step %v has no event %d", at, ev))
		}
		if mv.End {
			s.forgetUnsaved(ctx)
			return guide.ExitCode(&s.a, false)
		}
		// The summary that moved on at once (nothing saved) asked nothing:
		// b from the first question has nowhere to go back to.
		if mv.To != at && (at != guide.Summary || s.saved.State != guide.SavedNone) {
			history = append(history, at)
		}
		at = mv.To
	}
}

// steps render each of the guide's steps and return what happened there.
var steps = map[guide.ID]func(*session, context.Context) (guide.Event, error){
	guide.Summary:     (*session).summary,
	guide.Account:     (*session).account,
	guide.SignIn:      (*session).signIn,
	guide.TwoSVStatus: (*session).twoSVStatus,
	guide.TwoSVEnable: (*session).twoSVEnable,
	guide.AppPassword: (*session).appPassword,
	guide.Paste:       (*session).paste,
	guide.TestSend:    (*session).testSend,
	guide.Save:        (*session).save,

	guide.OAuthConsole: (*session).oauthConsole,
	guide.OAuthClient:  (*session).oauthClient,
	guide.OAuthSignIn:  (*session).oauthSignIn,
}

// forgetUnsaved revokes at Google a sign-in the person leaves unsaved
// (quit, or the input ended), briefly: its refresh token was only in
// memory, but Google lists the grant until then. Not after ctrl+c, which
// must not wait: the caller skips it then, and ctx ends it.
func (s *session) forgetUnsaved(ctx context.Context) {
	_ = s.tasks.ForgetUnsaved(ctx, &s.a)
}

// stopped ends the run early and says whether anything was saved.
func (s *session) stopped(err error) int {
	s.out.blank()
	if w := s.a.Saved(); w.ConfigPath != "" {
		s.out.line(s.t("acc.stoppedSaved", s.showPath(w.ConfigPath)))
	} else {
		s.out.line(s.t("wizard.interrupted"))
	}
	return guide.ExitCode(&s.a, errors.Is(err, errInterrupted))
}

// quit is the person choosing to leave; nothing is saved unless it was.
func (s *session) quit() (guide.Event, error) {
	if s.a.Saved().ConfigPath == "" {
		s.out.blank()
		s.out.line(s.t("wizard.quitNoSave"))
	}
	return guide.Quit, nil
}

func (s *session) t(key i18n.Key, args ...any) string { return s.cfg.Cat.T(key, args...) }

// say prints a guide message as a line.
func (s *session) say(m guide.Message) {
	if !m.IsZero() {
		s.out.line(m.Text(s.cfg.Cat))
	}
}

// showPath shortens a path in the home folder to ~/…, except on Windows.
func (s *session) showPath(p string) string { return guide.ShowPath(s.cfg.Home, p) }

// header announces a step with the guide's number and title: "Step 3 of 8:
// Is 2-Step Verification on?".
func (s *session) header(id guide.ID) {
	s.out.blank()
	s.out.line(id.Counter().Text(s.cfg.Cat) + ": " + s.t(id.Title()))
}

// choose asks question (when not empty) and reads a number until it is one
// of options; it returns the option's index from 0. The choices are one
// line, "1) On  2) Off  3) I can't find it — type a number and press
// enter.", repeated after every wrong answer with what to do.
func (s *session) choose(ctx context.Context, question string, options ...string) (int, error) {
	if question != "" {
		s.out.line(question)
	}
	numbered := make([]string, len(options))
	for i, o := range options {
		numbered[i] = fmt.Sprintf("%d) %s", i+1, o)
	}
	choices := s.t("acc.choices", strings.Join(numbered, "  "))
	for {
		s.out.line(choices)
		ans, err := s.in.line(ctx)
		if err != nil {
			return 0, err
		}
		ans = strings.TrimSpace(safetext.Clean(ans))
		n, err := strconv.Atoi(strings.TrimRight(ans, ").")) // "2)" and "2." as well as "2"
		switch {
		case err == nil && n >= 1 && n <= len(options):
			return n - 1, nil
		case ans == "":
			s.out.line(s.t("acc.noChoice", len(options)))
		case utf8.RuneCountInString(ans) <= maxEcho:
			s.out.line(s.t("acc.badChoice", ans, len(options)))
		default:
			// Perhaps a password pasted one prompt too early: a screen
			// reader would speak it. Say what to do without it.
			s.out.line(s.t("harden.acc.badChoiceHidden", len(options)))
		}
	}
}

// maxEcho is the longest wrong menu answer read back: enough for a slip
// ("9", "12", "yes"), too short for any password.
const maxEcho = 3

// chooseKeys is choose over catalog keys.
func (s *session) chooseKeys(ctx context.Context, question string, keys []i18n.Key) (int, error) {
	texts := make([]string, len(keys))
	for i, k := range keys {
		texts[i] = s.t(k)
	}
	return s.choose(ctx, question, texts...)
}

// menu asks one of the guide's menus; stay reports an option the step acts
// on itself.
func (s *session) menu(ctx context.Context, menu []guide.Option) (pick int, ev guide.Event, stay bool, err error) {
	pick, err = s.chooseKeys(ctx, s.t("summary.what"), guide.Keys(menu))
	if err != nil {
		return 0, 0, false, err
	}
	return pick, menu[pick].Act, menu[pick].Stay, nil
}

// openPage opens url through the guide and says, on one line that names
// the address, whether it worked.
func (s *session) openPage(ctx context.Context, url string) {
	switch {
	case s.cfg.Demo:
		s.out.line(s.t("acc.link.demo", url))
	case s.tasks.Open(ctx, url) != nil:
		s.out.line(s.t("acc.link.failed", url))
	default:
		s.out.line(s.t("acc.link.opened", url))
	}
}

// waitEnter prints prompt and waits for a line, whatever it holds.
func (s *session) waitEnter(ctx context.Context, prompt i18n.Key) error {
	s.out.line(s.t(prompt))
	_, err := s.in.line(ctx)
	return err
}

// numbered prints lines as "1. …", "2. …".
func (s *session) numbered(texts ...string) {
	for i, t := range texts {
		s.out.line(fmt.Sprintf("%d. %s", i+1, t))
	}
}

// diagnose explains a failed send or sign-in as the guide does, each part
// on its own line with its label.
func (s *session) diagnose(err error) {
	// No "…": plain mode has no width to keep, and the reply is read whole.
	what, todo, detail := guide.DiagnosisUpTo(err, guide.MaxReply)
	s.out.line(s.t("diag.whatLabel") + ": " + what.Text(s.cfg.Cat))
	s.out.line(s.t("diag.todoLabel") + ": " + todo.Text(s.cfg.Cat))
	s.say(detail)
}

// phases returns the progress callback that prints each phase once, as its
// own line, and stop, after which it prints nothing: a late call from the
// mailer must not land in the middle of the next question.
func (s *session) phases() (progress func(mailer.Phase), stop func()) {
	var mu sync.Mutex
	last, stopped := mailer.Phase(-1), false
	progress = func(p mailer.Phase) {
		mu.Lock()
		defer mu.Unlock()
		if stopped || p == last {
			return
		}
		last = p
		s.out.line(s.t(guide.PhaseKey(&s.a, p)))
	}
	stop = func() {
		mu.Lock()
		defer mu.Unlock()
		stopped = true
	}
	return progress, stop
}
