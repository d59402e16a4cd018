package plain

import (
	"context"
	"errors"
	"slices"
	"strings"

	"gmailsetup/internal/gmail"
	"gmailsetup/internal/gmail/links"
	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
	"gmailsetup/internal/storage"
	"gmailsetup/mailer"
)

// summary is where a run starts: with nothing saved it goes straight on to
// a new setup; otherwise the saved setup and what to do with it.
func (s *session) summary(ctx context.Context) (guide.Event, error) {
	saved := s.tasks.LoadSaved(s.cfg.Account)
	s.saved = saved
	menu, ev, now := guide.SummaryOpens(saved, s.cfg.Rotate)
	if now {
		return s.choose1(ev)
	}
	if saved.State != guide.SavedFound {
		s.out.blank()
		s.out.line(s.t(guide.Summary.Title()))
	}
	switch saved.State {
	case guide.SavedNone:
		s.out.line(s.t("summary.none", s.showPath(s.cfg.Deps.Store.Path())))
	case guide.SavedMissing:
		s.out.line(s.t("summary.missing", s.cfg.Account))
	case guide.SavedBroken:
		s.out.line(s.t("summary.broken"))
		s.say(guide.StorageProblem(saved.Err))
		s.out.line(s.t("summary.brokenSafe"))
	}
	for {
		if saved.State == guide.SavedFound {
			s.out.blank()
			s.out.line(s.t(guide.Summary.Title()))
			for _, m := range guide.SavedDetails(saved.Account) {
				s.say(m)
			}
			s.out.line(s.t("summary.file", s.showPath(s.cfg.Deps.Store.Path())))
			if saved.Others > 0 {
				s.out.line(s.t("summary.others", saved.Others))
			}
		}
		_, ev, stay, err := s.menu(ctx, menu)
		if err != nil || !stay {
			if ev == guide.Quit {
				return s.quit()
			}
			return s.choose1(ev)
		}
		s.out.line(s.t("summary.checking"))
		at, err := s.tasks.CheckSaved(ctx, saved.Account.Email)
		var me *mailer.Error
		switch {
		case ctx.Err() != nil:
			return 0, errInterrupted
		case err == nil:
			s.out.line(s.t("summary.checkOK"))
			saved.Account.LastVerified = at
		case errors.As(err, &me):
			s.diagnose(err)
		default:
			s.out.line(s.t("summary.checkReadFailed"))
			s.say(guide.StorageProblem(err))
		}
	}
}

// choose1 starts the answers a summary choice needs, as the wizard does.
func (s *session) choose1(ev guide.Event) (guide.Event, error) {
	s.a = guide.AnswersAfter(ev, s.saved, s.a)
	return ev, nil
}

// account is step 1: the Gmail address, with the typo suggestion as a
// question and, for a domain other than Gmail's, a look at who handles
// its mail.
func (s *session) account(ctx context.Context) (guide.Event, error) {
	s.header(guide.Account)
	prefill := guide.Prefill{}
	// Back here with b, the address given is kept with enter alone, as
	// the screen's field keeps it filled.
	kept := s.a.Email()
	if kept == "" {
		prefill = s.tasks.KnownAddress(ctx, s.cfg.Demo)
	}
	for {
		s.out.line(s.t("account.intro") + " " + s.t("account.next"))
		switch {
		case kept != "":
			s.out.line(s.t("qa.acc.keep", kept))
		case prefill.Demo:
			s.out.line(s.t("lastmile.acc.knownDemo", prefill.Address))
		case !prefill.IsZero():
			s.out.line(s.t("lastmile.acc.known", prefill.Address, prefill.From().Text(s.cfg.Cat)))
		}
		raw, err := s.in.line(ctx)
		if err != nil {
			return 0, err
		}
		switch {
		case strings.TrimSpace(raw) != "":
		case kept != "":
			raw = kept
		case !prefill.IsZero():
			raw = prefill.Address
		}
		// The raw text is checked, so a control character is named rather
		// than silently dropped; the printer cleans what is shown.
		addr := gmail.NormalizeAddress(raw)
		check := gmail.CheckAddress(addr)
		if p := guide.AddressProblem(check); !p.IsZero() {
			s.out.line(p.Text(s.cfg.Cat) + " " + s.t("account.fixNext"))
			continue
		}
		if check.Suggestion != "" {
			pick, err := s.choose(ctx, s.t("account.suggest", check.Suggestion),
				s.t("acc.suggest.use", check.Suggestion), s.t("acc.suggest.keep", addr))
			if err != nil {
				return 0, err
			}
			if pick == 0 {
				addr = check.Suggestion
			}
		}
		kind, ok, err := s.hosting(ctx, addr)
		if err != nil {
			return 0, err
		}
		if ok {
			s.a.SetEmail(addr, kind)
			return guide.Done, nil
		}
	}
}

// hosting looks the address's domain up, says what it found, and reports
// whether to go on with it: a domain Google does not handle asks first.
// A domain that does not exist, or a look-up that failed, is only a
// warning, as in the wizard: the look-up is advice, and the test mail
// will tell for sure.
func (s *session) hosting(ctx context.Context, addr string) (guide.AccountKind, bool, error) {
	domain := gmail.Domain(addr)
	if !gmail.IsPersonalDomain(domain) && s.cfg.Deps.Resolver != nil {
		s.out.line(s.t("account.checking", domain))
	}
	h := s.tasks.LookupKind(ctx, addr)
	switch {
	case h.Kind == guide.KindPersonal || (s.cfg.Deps.Resolver == nil && h.Kind == guide.KindUnknown):
	case h.Kind == guide.KindWorkspace:
		s.out.line(s.t("account.workspace", domain))
		s.out.line(s.t("account.workspaceAdmin"))
	case h.Kind == guide.KindNotGoogle:
		s.out.line(s.t("account.notGoogle", domain))
		s.out.line(s.t("account.notGoogleWhy"))
		pick, err := s.chooseKeys(ctx, "", guide.Keys(guide.NotGoogleMenu))
		return h.Kind, err == nil && !guide.NotGoogleMenu[pick].Stay, err
	case h.NotFound:
		s.out.line(s.t("account.notFound", domain))
	default:
		s.out.line(s.t("account.unknown", domain))
	}
	return h.Kind, true, nil
}

// signIn is step 2: the browser must be signed in to this address, or
// every page that follows shows another account's settings.
func (s *session) signIn(ctx context.Context) (guide.Event, error) {
	s.header(guide.SignIn)
	email := s.a.Email()
	home := links.AccountHome(email)
	s.openPage(ctx, home)
	for {
		// The hint follows its question (it came first, and read as an
		// answer to nothing).
		pick, err := s.chooseKeys(ctx, s.t("signin.question", email)+"\n"+s.t("signin.where"), guide.Prompts[guide.SignIn].Options)
		if err != nil {
			return 0, err
		}
		switch pick {
		case guide.SignInRight:
			return guide.Done, nil
		case guide.SignInOther:
			s.out.line(s.t("signin.other"))
			s.out.line(s.t("acc.signin.chooser", email, links.AccountChooser(email, home)))
			s.out.line(s.t("acc.signin.logout", email, links.Logout))
		case guide.SignInNone:
			s.out.line(s.t("acc.signin.none", email))
		}
		s.out.line(s.t("signin.thenYes"))
	}
}

// twoSVStatus is step 3: app passwords exist only with 2-Step
// Verification on.
func (s *session) twoSVStatus(ctx context.Context) (guide.Event, error) {
	s.header(guide.TwoSVStatus)
	page := links.TwoStepVerification(s.a.Email())
	s.openPage(ctx, page)
	s.out.line(s.t("twosv.status.look"))
	for {
		pick, err := s.chooseKeys(ctx, s.t("twosv.status.question"), guide.Prompts[guide.TwoSVStatus].Options)
		if err != nil {
			return 0, err
		}
		s.a.SetTwoSV(guide.TwoSVAnswer(pick))
		if pick != guide.TwoSVPickNotFound {
			return guide.Done, nil
		}
		s.out.line(s.t("acc.twosv.notFound", page, s.a.Email()))
	}
}

// twoSVEnable is step 4: the guide's checklist as numbered instructions.
func (s *session) twoSVEnable(ctx context.Context) (guide.Event, error) {
	s.header(guide.TwoSVEnable)
	s.out.line(s.t("acc.twosv.enableIntro", links.TwoStepVerification(s.a.Email())))
	var items []string
	for _, k := range guide.Prompts[guide.TwoSVEnable].Options {
		items = append(items, s.t(k))
	}
	s.numbered(items...)
	s.out.line(s.t("twosv.enable.mail"))
	if err := s.waitEnter(ctx, "acc.doneEnter"); err != nil {
		return 0, err
	}
	s.a.SetTwoSV(guide.TwoSVOn)
	return guide.Done, nil
}

// appPassword is step 5: creating the app password on Google's page, with
// the reasons the page may be missing.
func (s *session) appPassword(ctx context.Context) (guide.Event, error) {
	s.header(guide.AppPassword)
	s.openPage(ctx, links.AppPasswords(s.a.Email()))
	s.tasks.ChooseLabel(&s.a)
	s.numbered(s.t("apppass.step1", s.a.Label()), s.t("apppass.step2"), s.t("apppass.step3"))
	if p := s.a.Replaces(); p != nil {
		s.out.line(s.t("lastmile.rotate.name", p.AppPasswordLabel))
	}
	s.out.line(s.t("apppass.warn"))
	if s.cfg.Demo {
		s.out.line(s.t("apppass.demo", s.cfg.DemoPassword))
	}
	for {
		pick, err := s.choose(ctx, s.t("acc.apppass.question"),
			s.t("acc.apppass.optCopied"), s.t("acc.apppass.optMissing"), s.t("acc.apppass.optTwoSV"), s.t("oauthui.acc.useOAuth"))
		if err != nil {
			return 0, err
		}
		switch pick {
		case 0:
			return guide.Done, nil
		case 2:
			return guide.TurnOnTwoSV, nil
		case 3:
			return guide.UseOAuth, nil
		}
		s.out.line(s.t("apppass.why.title"))
		for _, r := range guide.WhyMissing(s.a.Kind(), s.a.TwoSV()) {
			text := s.t(r.Key)
			if r.Key == guide.ReasonOff {
				text = s.t("acc.why.off") // names the choice, not the wizard's key
			}
			if r.Likely {
				text = s.t("newcomer.acc.likely", text)
			}
			s.out.line("- " + text)
		}
		s.out.line(s.t("acc.why.help", guide.HelpAppPasswords))
	}
}

// paste is step 6: the app password, read without echo and checked as the
// guide checks it. It is never printed.
func (s *session) paste(ctx context.Context) (guide.Event, error) {
	s.header(guide.Paste)
	s.out.line(s.t("paste.intro"))
	for {
		s.out.line(s.t("acc.paste.prompt"))
		raw, echoOff, err := s.in.secret(ctx)
		if echoOff {
			s.out.blank() // the person's enter was not echoed either
		}
		if err != nil {
			return 0, err
		}
		pw, problem := guide.AppPasswordProblem(raw)
		if !problem.IsZero() {
			s.say(problem)
			continue
		}
		s.a.SetPassword(pw)
		s.out.line(s.t("paste.ok", guide.Letters(len(pw)).Text(s.cfg.Cat)))
		return guide.Done, nil
	}
}

// testSend is step 7: a mail from the address to itself, each phase on its
// own line; on failure, what happened, what to try and the choices.
func (s *session) testSend(ctx context.Context) (guide.Event, error) {
	s.header(guide.TestSend)
	for {
		email := s.a.Email()
		msg := guide.TestMessage(s.cfg.Cat, email, s.tasks.Deps.Now())
		var res mailer.Result
		err := guide.ErrSamePassword // not a new password: nothing to test
		if !s.tasks.SameAsSaved(s.a) {
			s.out.line(s.t("test.intro", email))
			progress, stop := s.phases()
			res, err = s.tasks.TestSendAs(ctx, s.tasks.MailAccount(&s.a), msg, progress)
			stop()
		}
		if ctx.Err() != nil {
			return 0, errInterrupted
		}
		if err == nil {
			s.a.Passed(res)
			s.out.line(s.t("test.ok", res.Port))
			s.out.line(s.t("test.lookFor", msg.Code))
			s.out.line(s.t("test.subject", msg.Subject))
			switch {
			case res.Arrived:
				s.out.line(s.t("test.arrived", s.cfg.Cat.Seconds(res.ArrivedAfter)))
			case res.ConfirmErr != nil:
				s.out.line(s.t("test.notConfirmed", guide.Clip(res.ConfirmErr.Error(), guide.MaxReply)))
			}
			return guide.Done, s.waitEnter(ctx, "test.next")
		}
		s.a.Untested()
		s.out.line(s.t(guide.TestFailedHeadline(err)))
		s.diagnose(err)
		s.say(guide.UntestedMeans(err))
		_, ev, stay, err := s.menu(ctx, guide.TestFailedMenuFor(&s.a, err))
		switch {
		case err != nil:
			return 0, err
		case ev == guide.Quit:
			return s.quit()
		case !stay:
			return ev, nil
		}
	}
}

// save is step 8: the summary, the choice when the test did not pass, the
// save (asking before the secret goes to the file when there is no
// keyring), a sign-in with what was saved, and the settings for programs.
func (s *session) save(ctx context.Context) (guide.Event, error) {
	s.header(guide.Save)
	s.out.line(s.t("acc.label", s.t("save.label.address"), s.a.Email()))
	s.out.line(s.t("acc.label", s.t("save.label.kind"), guide.KindText(s.a.Kind()).Text(s.cfg.Cat)))
	s.out.line(s.t("acc.label", s.t("save.label.server"), s.t("save.serverValue", guide.Port(&s.a))))
	if s.a.OAuth() {
		s.out.line(s.t("acc.label", s.t("oauthui.save.signin"), s.t("oauthui.save.signinValue", s.a.Client().ID)))
	}
	s.out.line(s.t("acc.label", s.t("save.label.file"), s.showPath(s.cfg.Deps.Store.Path())))
	if s.a.Tested() {
		// The enter after the test ("Press enter to save the setup") was
		// the go-ahead: the save is not asked for twice.
		s.out.line(s.t("save.tested"))
	} else {
		s.out.line(s.t("save.untested"))
		_, ev, stay, err := s.menu(ctx, guide.UntestedMenu)
		switch {
		case err != nil:
			return 0, err
		case ev == guide.Quit:
			return s.quit()
		case !stay:
			return ev, nil
		}
	}
	allowFile := guide.FileConsentGiven(&s.a) // asked once, when it was first saved
	// "Saving…" once per try the person asked for: not again after the
	// question whether the file may hold the secret.
	announce := true
	for {
		if announce {
			s.out.line(s.t("save.saving"))
		}
		announce = false
		where, err := s.tasks.Save(s.a, allowFile)
		if err == nil {
			s.a.SetSaved(where)
			return s.verify(ctx)
		}
		if !allowFile && errors.Is(err, storage.ErrNoKeyring) {
			pick, err := s.chooseKeys(ctx, s.t(guide.ConsentKey(&s.a, guide.NoKeyring(err)), s.showPath(s.cfg.Deps.Store.Path())), guide.Keys(guide.ConsentMenu))
			if err != nil {
				return 0, err
			}
			if pick == 0 {
				allowFile = true
				continue
			}
			s.out.line(s.t(guide.ConsentKey(&s.a, "save.declined")))
			return guide.Quit, nil
		}
		s.out.line(s.t("save.failed", guide.Clip(err.Error(), guide.MaxError)))
		s.say(guide.StorageProblem(err))
		s.out.line(s.t("save.failedNote"))
		if _, ev, stay, err := s.menu(ctx, guide.SaveFailedMenu); err != nil || !stay {
			if err == nil && ev == guide.Quit {
				return s.quit()
			}
			return ev, err
		}
		announce = true // trying again
	}
}

// verify reads the setup back as a program would and signs in with it,
// sending nothing; then it prints the settings for programs.
func (s *session) verify(ctx context.Context) (guide.Event, error) {
	where := s.a.Saved()
	secret := s.t(guide.SecretWhere(&s.a, where.Keyring))
	s.out.line(s.t("save.savedIn", s.showPath(where.ConfigPath)) + " " + secret)
	for {
		s.out.line(s.t("save.verifying"))
		readErr, err := s.tasks.VerifySaved(ctx, s.a.Email())
		if ctx.Err() != nil {
			return 0, errInterrupted
		}
		if readErr == nil && err == nil {
			s.a.SetReady()
			s.ready()
			if err := s.offerPassword(ctx); err != nil {
				return 0, err
			}
			return s.offerInvoicing(ctx)
		}
		if readErr != nil {
			s.say(guide.ReadBackFailed(readErr, s.a.Email()))
		} else {
			s.out.line(s.t("save.verifyFailed"))
			s.diagnose(err)
		}
		_, ev, stay, err := s.menu(ctx, guide.VerifyFailedMenuFor(&s.a))
		if err != nil || !stay {
			return ev, err // Quit leaves it saved: ExitNotDone
		}
	}
}

// ready is the end: where things are and what to type into programs.
func (s *session) ready() {
	s.out.blank()
	s.out.line(s.t("save.ready"))
	for _, k := range []i18n.Key{"save.how", "save.how.server", "save.how.port"} {
		s.out.line(s.t(k))
	}
	s.out.line(s.t("save.how.user", s.a.Email()))
	if s.a.OAuth() {
		s.out.line(s.t("oauthui.save.how.password", s.a.Email()))
		s.say(guide.EndNote(&s.a, s.tasks.Deps.Now()))
		return
	}
	s.out.line(s.t("save.how.password"))
	// A rotation's word on the old password comes once step 9 is done or
	// declined (offerInvoicing): the invoicing software still holds it.
}

// offerPassword prints the app password, for the invoicing software's
// settings page, only after an explicit yes: enter alone, or the end of
// the input, is no. The setup is saved either way; only ctrl+c is an
// error.
func (s *session) offerPassword(ctx context.Context) error {
	if s.a.OAuth() {
		return nil // a Google sign-in has no password to print
	}
	s.out.line(s.t("lastmile.acc.showPw"))
	ans, err := s.in.line(ctx)
	if errors.Is(err, errInterrupted) {
		return err
	}
	if err == nil && s.yes(ans) {
		s.out.line(s.t("lastmile.acc.pw", guide.Grouped(s.a.Password())))
		return nil
	}
	s.out.line(s.t("lastmile.acc.pwNotShown"))
	return nil
}

// yes reports whether ans is one of the language's words for yes.
func (s *session) yes(ans string) bool {
	ans = strings.ToLower(strings.TrimSpace(ans))
	return ans != "" && slices.Contains(strings.Fields(s.t("lastmile.acc.yesWords")), ans)
}
