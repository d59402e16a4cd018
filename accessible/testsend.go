package accessible

import (
	"context"
	"errors"
	"fmt"
	"gmailsetup/explain"
	"strings"
	"sync"
	"time"

	"gmailsetup/i18n"
	"gmailsetup/mailer"
)

// testSend is step 7: a mail from the address to itself, each phase on its
// own line; on failure, what happened, what to try and the choices.
func (s *session) testSend(ctx context.Context) (step, error) {
	s.header(7, "test.title")
	for {
		s.out.line(s.t("test.intro", s.email))
		msg := mailer.NewTestMessage(s.email, s.t("test.mail.subject", "%s"), "", s.cfg.Now())
		msg.Body = s.t("test.mail.body", s.email, msg.Code)
		progress, stop := s.phases()
		res, err := s.cfg.Sender.Send(ctx, s.account(), msg, progress)
		stop()
		if err == nil {
			s.tested, s.result = true, res
			s.reportSent(msg, res)
			return stepSave, nil
		}
		if ctx.Err() != nil {
			return 0, errInterrupted
		}
		s.tested = false
		s.out.line(s.t("test.failed"))
		s.diagnose(err)
		pick, cerr := s.choose(s.t("summary.what"),
			s.t("test.choice.paste"), s.t("test.choice.appPassword"), s.t("test.choice.retry"),
			s.t("test.choice.saveAnyway"), s.t("test.choice.quit"))
		if cerr != nil {
			return 0, cerr
		}
		switch pick {
		case 0:
			return stepPaste, nil
		case 1:
			return stepAppPassword, nil
		case 3:
			return stepSave, nil
		case 4:
			return s.quit()
		}
	}
}

func (s *session) account() mailer.Account {
	return mailer.Account{Email: s.email, Password: s.password}
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
		s.out.line(s.t(explain.Phase(p)))
	}
	stop = func() {
		mu.Lock()
		defer mu.Unlock()
		stopped = true
	}
	return progress, stop
}

// reportSent says the mail went, how to find it, and whether it arrived.
func (s *session) reportSent(msg mailer.Message, res mailer.Result) {
	s.out.line(s.t("test.ok", res.Port))
	s.out.line(s.t("test.lookFor", msg.Code))
	s.out.line(s.t("test.subject", msg.Subject))
	switch {
	case res.Arrived:
		s.out.line(s.t("test.arrived", s.seconds(res.ArrivedAfter)))
	case res.ConfirmErr != nil:
		s.out.line(s.t("test.notConfirmed", clip(res.ConfirmErr.Error(), maxDetail)))
	}
}

// seconds is "2.3 s", with a decimal comma in Italian.
func (s *session) seconds(d time.Duration) string {
	out := fmt.Sprintf("%.1f s", d.Seconds())
	if s.cfg.Cat.Lang() == i18n.IT {
		out = strings.Replace(out, ".", ",", 1)
	}
	return out
}

// maxDetail bounds a server reply quoted under a diagnosis.
const maxDetail = 160

// diagnose explains a failed send or sign-in: what happened and what to
// try, each one line with its label, then Gmail's own reply (sanitised by
// the printer) so whoever helps can see what the server said.
func (s *session) diagnose(err error) {
	kind := mailer.KindOf(err)
	what, todo := explain.Failure(kind)
	s.out.line(s.t("diag.whatLabel") + ": " + s.t(what))
	s.out.line(s.t("diag.todoLabel") + ": " + s.t(todo))
	if kind == mailer.KindCanceled {
		return
	}
	var me *mailer.Error
	if errors.As(err, &me) && me.Code != 0 {
		s.out.line(s.t("diag.reply", clip(strings.Join(strings.Fields(fmt.Sprintf("%d %s %s", me.Code, me.Enhanced, me.Reply)), " "), maxDetail)))
		return
	}
	if errors.As(err, &me) && me.Reply != "" {
		s.out.line(s.t("diag.reply", clip(me.Reply, maxDetail)))
		return
	}
	s.out.line(s.t("diag.detail", clip(err.Error(), maxDetail)))
}
