package accessible

import (
	"context"
	"fmt"

	"gmailsetup/i18n"
	"gmailsetup/links"
)

// signIn is step 2: the browser must be signed in to this address, or
// every page that follows shows another account's settings.
func (s *session) signIn(ctx context.Context) (step, error) {
	s.header(2, "signin.title")
	s.openPage(ctx, links.AccountHome(s.email))
	s.out.line(s.t("signin.where"))
	for {
		pick, err := s.choose(s.t("signin.question", s.email),
			s.t("signin.optYes"), s.t("signin.optOther"), s.t("signin.optNone"), s.t("account.optChange"))
		if err != nil {
			return 0, err
		}
		switch pick {
		case 0:
			return stepTwoSV, nil
		case 1:
			s.out.line(s.t("signin.other"))
			s.out.line(s.t("acc.signin.chooser", s.email, links.AccountChooser(s.email, links.AccountHome(s.email))))
			s.out.line(s.t("acc.signin.logout", s.email, links.Logout))
			s.out.line(s.t("signin.thenYes"))
		case 2:
			s.out.line(s.t("acc.signin.none", s.email))
			s.out.line(s.t("signin.thenYes"))
		case 3:
			return stepAddress, nil
		}
	}
}

// twoSV is step 3: app passwords exist only with 2-Step Verification on.
func (s *session) twoSV(ctx context.Context) (step, error) {
	s.header(3, "twosv.status.title")
	page := links.TwoStepVerification(s.email)
	s.openPage(ctx, page)
	s.out.line(s.t("twosv.status.look"))
	for {
		pick, err := s.choose(s.t("twosv.status.question"),
			s.t("twosv.status.optOn"), s.t("twosv.status.optOff"), s.t("twosv.status.optNotFound"))
		if err != nil {
			return 0, err
		}
		switch pick {
		case 0:
			return stepAppPassword, nil
		case 1:
			return stepEnableTwoSV, nil
		}
		s.out.line(s.t("acc.twosv.notFound", page, s.email))
	}
}

// enableTwoSV is step 4: Google's three pages as numbered instructions.
func (s *session) enableTwoSV() (step, error) {
	s.header(4, "twosv.enable.title")
	s.out.line(s.t("acc.twosv.enableIntro", links.TwoStepVerification(s.email)))
	s.numbered("twosv.enable.item.start", "twosv.enable.item.phone", "twosv.enable.item.code", "twosv.enable.item.turnOn")
	s.out.line(s.t("twosv.enable.mail"))
	if err := s.waitEnter(s.t("acc.doneEnter")); err != nil {
		return 0, err
	}
	return stepAppPassword, nil
}

// appPassword is step 5: creating the app password on Google's page, with
// the reasons the page may be missing.
func (s *session) appPassword(ctx context.Context) (step, error) {
	s.header(5, "apppass.title")
	s.openPage(ctx, links.AppPasswords(s.email))
	s.out.line("1. " + s.t("apppass.step1", s.cfg.AppName))
	s.out.line("2. " + s.t("apppass.step2"))
	s.out.line("3. " + s.t("apppass.step3"))
	s.out.line(s.t("apppass.warn"))
	if s.cfg.Demo {
		s.out.line(s.t("apppass.demo", s.cfg.DemoPassword))
	}
	for {
		pick, err := s.choose(s.t("acc.apppass.question"),
			s.t("acc.apppass.optCopied"), s.t("acc.apppass.optMissing"), s.t("acc.apppass.optTwoSV"))
		if err != nil {
			return 0, err
		}
		switch pick {
		case 0:
			return stepPaste, nil
		case 2:
			return stepEnableTwoSV, nil
		}
		s.whyMissing()
	}
}

// whyMissing lists why Google may not offer app passwords, marking the
// likeliest for this kind of account.
func (s *session) whyMissing() {
	s.out.line(s.t("apppass.why.title"))
	reasons := []struct {
		key    i18n.Key
		likely bool
	}{
		{"acc.why.off", s.kind == kindPersonal},
		{"apppass.why.keysOnly", false},
		{"apppass.why.advanced", false},
		{"apppass.why.work", s.kind != kindPersonal},
	}
	for _, r := range reasons {
		text := s.t(r.key)
		if r.likely {
			text = s.t("acc.why.likely", text)
		}
		s.out.line("- " + text)
	}
	s.out.line(s.t("acc.why.help", links.HelpAppPasswords))
}

// numbered prints instructions as "1. …", "2. …", one per line.
func (s *session) numbered(keys ...i18n.Key) {
	for i, k := range keys {
		s.out.line(fmt.Sprintf("%d. %s", i+1, s.t(k)))
	}
}
