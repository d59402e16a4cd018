package accessible

import (
	"context"
	"errors"
	"fmt"

	"gmailsetup/gmail"
	"gmailsetup/mailer"
	"gmailsetup/storage"
)

// savedSetup is where a re-run starts, as in the wizard: the saved setup and
// what to do with it (rotate, check, add, start again). With nothing saved
// it goes straight to the address; a file that does not load is explained
// and only replaced if the person says so.
func (s *session) savedSetup(ctx context.Context) (step, error) {
	cfg, err := s.cfg.Store.Load()
	switch {
	case errors.Is(err, storage.ErrNotFound) && !s.cfg.Rotate:
		return stepAddress, nil
	case errors.Is(err, storage.ErrNotFound):
		s.out.blank()
		s.out.line(s.t("summary.none", s.showPath(s.cfg.Store.Path())))
		return s.newOrQuit()
	case err != nil:
		s.out.blank()
		s.out.line(s.t("summary.broken"))
		if p := s.storageProblem(err); p != "" {
			s.out.line(p)
		} else {
			s.out.line(s.t("store.other", clip(err.Error(), 300)))
		}
		s.out.line(s.t("summary.brokenSafe"))
		pick, cerr := s.choose(s.t("summary.what"), s.t("summary.opt.replaceBroken"), s.t("summary.opt.quit"))
		if cerr != nil || pick == 1 {
			return s.quitOr(cerr)
		}
		s.replaceBroken = true
		return stepAddress, nil
	}
	acct, ok := cfg.Account(s.cfg.Account)
	if !ok && s.cfg.Account == "" && len(cfg.Accounts) > 0 {
		acct, ok = cfg.Accounts[0], true // several accounts, no default: the first
	}
	if !ok {
		s.out.blank()
		s.out.line(s.t("summary.missing", s.cfg.Account))
		return s.newOrQuit()
	}
	if s.cfg.Rotate {
		return s.rotate(acct), nil
	}
	for {
		s.out.blank()
		s.out.line(s.t("summary.title"))
		s.savedDetails(acct, len(cfg.Accounts)-1)
		pick, err := s.choose(s.t("summary.what"), s.t("summary.opt.rotate"), s.t("summary.opt.check"),
			s.t("summary.opt.add"), s.t("summary.opt.replace"), s.t("summary.opt.quit"))
		if err != nil {
			return 0, err
		}
		switch pick {
		case 0:
			return s.rotate(acct), nil
		case 1:
			if err := s.check(ctx, &acct); err != nil {
				return 0, err
			}
		case 2:
			return stepAddress, nil
		case 3:
			s.previous = &acct
			return stepAddress, nil
		default:
			return s.quit()
		}
	}
}

// rotate goes straight to a new app password for acct: 2-Step Verification
// is on, or the saved one could not exist. The saved setup stays as it is
// until the new password has passed the test and been saved.
func (s *session) rotate(acct storage.Account) step {
	s.email, s.previous = acct.Email, &acct
	s.kind = kindWorkspace
	if gmail.IsPersonalDomain(gmail.Domain(acct.Email)) {
		s.kind = kindPersonal
	}
	return stepAppPassword
}

// check signs in with the saved setup, sending nothing, and records when.
func (s *session) check(ctx context.Context, acct *storage.Account) error {
	s.out.line(s.t("summary.checking"))
	secret, err := s.cfg.Store.Secret(acct.Email)
	if err == nil {
		_, err = s.cfg.Sender.Verify(ctx, mailer.Account{Email: acct.Email, Password: secret}, nil)
	}
	if ctx.Err() != nil {
		return errInterrupted
	}
	var me *mailer.Error
	switch {
	case err == nil:
		s.out.line(s.t("summary.checkOK"))
		acct.LastVerified = s.cfg.Now()
		// Recording the time is a courtesy; failing to is not a failed check.
		_ = s.cfg.Store.SetVerified(acct.Email, acct.LastVerified)
	case errors.As(err, &me):
		s.diagnose(err)
	default:
		s.out.line(s.t("summary.checkReadFailed"))
		if p := s.storageProblem(err); p != "" {
			s.out.line(p)
		}
	}
	return nil
}

// savedDetails lists the saved account, without its secret.
func (s *session) savedDetails(a storage.Account, others int) {
	secret := s.t("summary.secretKeyring")
	if a.SecretStore == storage.SecretInFile {
		secret = s.t("summary.secretFile")
	}
	verified := s.t("summary.never")
	if !a.LastVerified.IsZero() {
		verified = a.LastVerified.Local().Format("2006-01-02 15:04")
	}
	s.out.line(s.t("summary.address", a.Email))
	s.out.line(s.t("summary.server", fmt.Sprintf("%s:%d", a.Host, a.Port)))
	s.out.line(s.t("summary.secret", secret))
	s.out.line(s.t("summary.label", s.passwordName(a)))
	s.out.line(s.t("summary.verified", verified))
	s.out.line(s.t("summary.file", s.showPath(s.cfg.Store.Path())))
	if others > 0 {
		s.out.line(s.t("summary.others", others))
	}
}

// passwordName is how Google's App passwords page lists a saved password:
// its label and the day it was created.
func (s *session) passwordName(a storage.Account) string {
	label := a.AppPasswordLabel
	if label == "" {
		label = "?"
	}
	if a.AppPasswordCreated.IsZero() {
		return fmt.Sprintf("%q", label)
	}
	return s.t("summary.labelDate", label, a.AppPasswordCreated.Local().Format("2006-01-02"))
}

func (s *session) newOrQuit() (step, error) {
	pick, err := s.choose(s.t("summary.what"), s.t("summary.opt.new"), s.t("summary.opt.quit"))
	if err != nil || pick == 1 {
		return s.quitOr(err)
	}
	return stepAddress, nil
}

func (s *session) quitOr(err error) (step, error) {
	if err != nil {
		return 0, err
	}
	return s.quit()
}
