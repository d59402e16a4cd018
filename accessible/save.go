package accessible

import (
	"context"
	"errors"
	"gmailsetup/explain"
	"gmailsetup/gmail"
	"gmailsetup/links"

	"gmailsetup/mailer"
	"gmailsetup/storage"
)

// save is step 8: the summary, the save (asking before the secret goes to
// the file when there is no keyring), a sign-in with what was saved, and
// the settings for programs.
func (s *session) save(ctx context.Context) (step, error) {
	s.header(8, "save.title")
	s.summary()
	if s.tested {
		s.out.line(s.t("save.tested"))
	} else {
		s.out.line(s.t("save.untested"))
	}
	allowFile := false
	for {
		s.out.line(s.t("save.saving"))
		save := s.cfg.Store.Save
		if s.replaceBroken {
			save = s.cfg.Store.Replace // the person chose to replace a file that does not load
		}
		where, err := save(s.storageAccount(), s.password, allowFile)
		if err == nil {
			s.saved, s.where = true, where
			if s.where.ConfigPath == "" {
				s.where.ConfigPath = s.cfg.Store.Path()
			}
			return s.verify(ctx)
		}
		var pick int
		var cerr error
		if !allowFile && errors.Is(err, storage.ErrNoKeyring) {
			pick, cerr = s.choose(s.t(explain.NoKeyring(err), s.showPath(s.cfg.Store.Path())),
				s.t("save.choice.fileYes"), s.t("save.choice.fileNo"))
			if cerr != nil {
				return 0, cerr
			}
			if pick == 0 {
				allowFile = true
				continue
			}
			s.out.line(s.t("save.declined"))
			s.code = ExitNotDone
			return stepDone, nil
		}
		s.out.line(s.t("save.failed", clip(err.Error(), 300)))
		if p := s.storageProblem(err); p != "" {
			s.out.line(p)
		}
		s.out.line(s.t("save.failedNote"))
		pick, cerr = s.choose(s.t("summary.what"), s.t("save.choice.retry"), s.t("save.choice.quit"))
		if cerr != nil {
			return 0, cerr
		}
		if pick == 1 {
			return s.quit()
		}
	}
}

// summary lists what is about to be saved, one "label: value" per line.
func (s *session) summary() {
	kind := s.t("save.kind.other")
	switch s.kind {
	case kindPersonal:
		kind = s.t("save.kind.personal")
	case kindWorkspace:
		kind = s.t("save.kind.workspace")
	}
	s.out.line(s.t("acc.label", s.t("save.label.address"), s.email))
	s.out.line(s.t("acc.label", s.t("save.label.kind"), kind))
	s.out.line(s.t("acc.label", s.t("save.label.server"), s.t("save.serverValue", s.port())))
	s.out.line(s.t("acc.label", s.t("save.label.file"), s.showPath(s.cfg.Store.Path())))
}

// port is the port the test used, 465 when there was no test.
func (s *session) port() int {
	if s.tested && s.result.Port != 0 {
		return s.result.Port
	}
	return 465
}

// storageAccount is what gets saved.
func (s *session) storageAccount() storage.Account {
	now := s.cfg.Now()
	acct := storage.Account{
		Email:              s.email,
		Name:               s.senderName(),
		Host:               mailer.Gmail().Host,
		Port:               s.port(),
		AppPasswordLabel:   s.cfg.AppName,
		AppPasswordCreated: now,
	}
	if s.tested {
		acct.LastVerified = now
	}
	return acct
}

// senderName keeps the name of the account being rotated or replaced, or
// proposes one from the address.
func (s *session) senderName() string {
	if p := s.previous; p != nil && p.Email == s.email && p.Name != "" {
		return p.Name
	}
	return gmail.DisplayName(s.email)
}

// verify reads the setup back as a program would and signs in with it,
// sending nothing; then it prints the settings for programs.
func (s *session) verify(ctx context.Context) (step, error) {
	secretLine := s.t("save.secretFile")
	if s.where.Keyring {
		secretLine = s.t("save.secretKeyring")
	}
	s.out.line(s.t("save.savedIn", s.showPath(s.where.ConfigPath)) + " " + secretLine)
	for {
		s.out.line(s.t("save.verifying"))
		readErr, err := s.signInSaved(ctx)
		if readErr == nil && err == nil {
			s.ready()
			s.code = ExitOK
			return stepDone, nil
		}
		if ctx.Err() != nil {
			return 0, errInterrupted
		}
		if readErr != nil {
			s.out.line(s.t("save.readBackFailed", clip(readErr.Error(), 300)))
			if p := s.storageProblem(readErr); p != "" {
				s.out.line(p)
			}
		} else {
			s.out.line(s.t("save.verifyFailed"))
			s.diagnose(err)
		}
		pick, cerr := s.choose(s.t("summary.what"),
			s.t("save.choice.verifyAgain"), s.t("save.choice.paste"), s.t("save.choice.quitSaved"))
		if cerr != nil {
			return 0, cerr
		}
		switch pick {
		case 1:
			return stepPaste, nil
		case 2:
			s.code = ExitNotDone
			return stepDone, nil
		}
	}
}

// signInSaved loads the saved account and its secret and signs in with
// them. readErr is a failure to read it back; err a failed sign-in.
func (s *session) signInSaved(ctx context.Context) (readErr, err error) {
	cfg, err := s.cfg.Store.Load()
	if err != nil {
		return err, nil
	}
	acct, ok := cfg.Account(s.email)
	if !ok {
		return errors.New(s.t("save.notInFile", s.email)), nil
	}
	secret, err := s.cfg.Store.Secret(acct.Email)
	if err != nil {
		return err, nil
	}
	_, err = s.cfg.Sender.Verify(ctx, mailer.Account{Email: acct.Email, Password: secret}, nil)
	return nil, err
}

// ready is the end: where things are and what to type into programs.
func (s *session) ready() {
	s.out.blank()
	s.out.line(s.t("save.ready"))
	s.out.line(s.t("save.how"))
	s.out.line(s.t("save.how.server"))
	s.out.line(s.t("save.how.port"))
	s.out.line(s.t("save.how.user", s.email))
	s.out.line(s.t("save.how.password"))
	if p := s.previous; p != nil && p.Email == s.email {
		// Until it is revoked, the old password works for anyone who has it.
		s.out.line(s.t("save.revokeOld", s.passwordName(*p)))
		s.out.line(s.t("acc.page", links.AppPasswords(p.Email)))
	}
}

// storageProblem explains a failure to read or write the saved setup, with
// the exact fix where there is one; "" when save.failed already says it all.
func (s *session) storageProblem(err error) string {
	if key, args, ok := explain.Storage(err); ok {
		return s.t(key, args...)
	}
	return ""
}
