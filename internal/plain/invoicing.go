package plain

import (
	"context"
	"errors"
	"strings"
	"time"

	"gmailsetup/internal/gmail/links"
	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
	"gmailsetup/internal/safetext"
	"gmailsetup/mailer"
)

// demoDelay is how long the demo's Qui Fattura waits before sending its
// test mail, as in the wizard.
const demoDelay = 4 * time.Second

// offerInvoicing asks, at the end, whether to go on to the guide's step 9;
// enter alone or the end of the input finishes, as before: one key.
func (s *session) offerInvoicing(ctx context.Context) (guide.Event, error) {
	if !guide.InvoicingOffered(&s.a) {
		return guide.Done, nil
	}
	s.out.line(s.t("invoicing.acc.offer"))
	choices := s.t("acc.choices", "1) "+s.t("invoicing.acc.yes")+"  2) "+s.t("invoicing.acc.no")) + " " + s.t("invoicing.acc.enterFinishes")
	for {
		s.out.line(choices)
		ans, err := s.in.line(ctx)
		if err != nil && !errors.Is(err, errStop) {
			return 0, err
		}
		switch ans = strings.TrimSpace(safetext.Clean(ans)); strings.TrimRight(ans, ").") {
		case "1":
			return guide.UseInInvoicing, nil
		case "", "2":
			s.rotationNote()
			return guide.Done, nil
		}
		s.out.line(s.t("acc.badChoice", guide.Clip(ans, 40), 2))
	}
}

// rotationNote is the rotation's word on the old app password, in the
// right order (guide.RevokeOld), with Google's page.
func (s *session) rotationNote() {
	m := guide.RevokeOld(&s.a)
	if m.IsZero() {
		return
	}
	s.say(m)
	s.out.line(s.t("acc.page", links.AppPasswords(s.a.Email())))
}

// invoicing is the guide's step 9: Qui Fattura's clicks and another
// program's fields, then a watch on the inbox for the test mail the
// invoicing software sends, which enter stops.
func (s *session) invoicing(ctx context.Context) (guide.Event, error) {
	s.out.blank()
	s.out.line(s.t(guide.Invoicing.Title())) // not numbered: Ready was the last
	if s.a.OAuth() {
		msg, canHave := guide.OAuthNoPaste(&s.a)
		s.say(msg)
		if !canHave {
			return guide.Done, nil
		}
		pick, err := s.chooseKeys(ctx, "", []i18n.Key{"invoicing.oauth.create", "invoicing.oauth.finish"})
		if err != nil || pick == 1 {
			return guide.Done, ignoreStop(err)
		}
		s.a.AppPasswordInstead()
		return guide.NewAppPassword, nil
	}
	s.out.line(s.t("invoicing.acc.qf", guide.QuiFatturaURL))
	items := guide.QuiFatturaItems()
	texts := make([]string, len(items))
	for i, m := range items {
		texts[i] = m.Text(s.cfg.Cat)
	}
	s.numbered(texts...)
	s.out.line(s.t("invoicing.acc.other"))
	for _, f := range guide.InvoicingFields(&s.a) {
		value := f.Value
		if f.Aliases != "" {
			value = s.t("invoicing.other.aliases", f.Value, f.Aliases)
		}
		s.out.line(s.t("acc.label", s.t(f.Label), value))
	}
	s.out.line(s.t("invoicing.acc.password"))
	for {
		arrived, err := s.watchInvoicing(ctx)
		if err != nil {
			return 0, err
		}
		if arrived {
			s.rotationNote()
			return guide.Done, nil
		}
		pick, err := s.chooseKeys(ctx, "", []i18n.Key{"invoicing.acc.again", "invoicing.acc.showPw", "invoicing.acc.no"})
		if err != nil {
			s.rotationNote()
			return guide.Done, ignoreStop(err)
		}
		switch pick {
		case 1:
			s.out.line(s.t("lastmile.acc.pw", guide.Grouped(s.a.Password())))
		case 2:
			s.rotationNote()
			return guide.Done, nil
		}
	}
}

// ignoreStop is err, except the end of the input, which finishes.
func ignoreStop(err error) error {
	if errors.Is(err, errStop) {
		return nil
	}
	return err
}

// watchEnd is how a watch ended.
type watchEnd struct {
	a       mailer.Arrival
	readErr error
	err     error
}

// watchInvoicing watches the inbox until the test mail comes, the watch
// gives up, or a line is typed (enter stops it, and closes the
// connection at once). It reports whether the mail came.
func (s *session) watchInvoicing(ctx context.Context) (bool, error) {
	wctx, cancel := context.WithCancel(ctx)
	defer cancel()
	end := make(chan watchEnd, 1)
	watching := make(chan struct{})
	email, own, since, quiet := s.a.Email(), guide.OwnMail(&s.a), s.tasks.Deps.Now(), s.tasks.Timeouts.Invoicing
	go func() {
		a, readErr, err := s.tasks.WatchInvoicing(wctx, email, own, since, quiet, func(bool) { close(watching) })
		end <- watchEnd{a, readErr, err}
	}()
	s.out.line(s.t("invoicing.watch.starting"))
	done := make(chan struct{})
	go func() {
		select {
		case <-watching:
			s.out.line(s.t("invoicing.acc.watching") + " " + s.t("invoicing.acc.watchNote"))
			s.demoSend(wctx, email)
		case <-done:
		}
	}()
	var got watchEnd
	stopped := make(chan struct{})
	go func() {
		got = <-end
		close(done)
		close(stopped)
	}()
	_, typed, err := s.in.lineUnless(ctx, stopped)
	if err != nil && !errors.Is(err, errStop) {
		cancel()
		<-stopped
		return false, err
	}
	if typed || err != nil {
		cancel() // closes the connection now
		<-stopped
		if got.readErr != nil || got.err != nil { // else it came just then
			s.out.line(s.t("invoicing.acc.stopped"))
			return false, nil
		}
	}
	switch {
	case got.readErr == nil && got.err == nil:
		s.a.SetInvoicingConfirmed()
		for _, m := range guide.Arrived(got.a) {
			s.say(m)
		}
		return true, nil
	case guide.NothingArrived(got.err):
		s.out.line(s.t("invoicing.nothing"))
		for _, h := range guide.InvoicingHints(&s.a) {
			s.out.line("- " + h.Text(s.cfg.Cat))
		}
	case got.readErr != nil:
		s.say(guide.ReadBackFailed(got.readErr, email))
	case errors.Is(got.err, guide.ErrNoWatcher):
		s.out.line(s.t("invoicing.noWatch"))
	default:
		s.out.line(s.t("invoicing.failed") + " " + s.t("invoicing.failedNote"))
		s.diagnose(got.err)
	}
	return false, nil
}

// demoSend, in the demo, plays Qui Fattura sending its test mail a few
// seconds after the watch began.
func (s *session) demoSend(ctx context.Context, email string) {
	if s.cfg.DemoProgram == nil {
		return
	}
	t := time.NewTimer(demoDelay)
	defer t.Stop()
	select {
	case <-t.C:
	case <-ctx.Done():
		return
	}
	if err := s.cfg.DemoProgram(ctx, email); err == nil {
		s.out.line(s.t("invoicing.acc.demoSent"))
	}
}

// lineUnless waits for a line, or until stop is closed; a line still
// coming then is kept for the next read. typed reports a line.
func (in *input) lineUnless(ctx context.Context, stop <-chan struct{}) (string, bool, error) {
	if ctx.Err() != nil {
		return "", false, errInterrupted
	}
	in.read()
	select {
	case got := <-in.lines:
		s, err := in.got(ctx, got)
		return s, err == nil, err
	case <-stop:
		in.pending = true
		return "", false, nil
	case <-ctx.Done():
		close(in.want)
		return "", false, errInterrupted
	}
}

func init() { steps[guide.Invoicing] = (*session).invoicing }
