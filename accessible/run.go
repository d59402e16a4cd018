package accessible

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"time"

	"gmailsetup/i18n"
	"gmailsetup/mailer"
	"gmailsetup/storage"
)

// step is where the guide is.
type step int

const (
	stepSummary step = iota // a re-run: the saved setup, and what to do with it
	stepAddress
	stepSignIn
	stepTwoSV
	stepEnableTwoSV
	stepAppPassword
	stepPaste
	stepTest
	stepSave
	stepDone // finished; session.code is the exit code
)

// accountKind is what the address turned out to be.
type accountKind int

const (
	kindPersonal  accountKind = iota // gmail.com, googlemail.com
	kindWorkspace                    // Google handles the domain's mail
	kindUnchecked                    // not checked, not Google's, or the check failed
)

// session is one run: the streams, the outside world and the answers.
type session struct {
	cfg Config
	out *printer
	in  *input

	email    string
	kind     accountKind
	password string // the app password, normalized; never printed
	tested   bool
	result   mailer.Result
	saved    bool
	where    storage.Where

	// previous is the saved account being rotated or replaced: its name is
	// kept, and the end reminds to revoke its old app password.
	previous *storage.Account
	// replaceBroken: the person chose to replace a file that does not load.
	replaceBroken bool
	code          int
}

// Run asks the questions of the guide on cfg.In and cfg.Out until the setup
// is saved and verified, the person quits, or the input ends. It returns
// the exit code: ExitOK, ExitNotDone (with a last line saying whether
// anything was saved) or ExitInterrupted.
func Run(ctx context.Context, cfg Config) int {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	s := &session{cfg: cfg, out: &printer{w: cfg.Out}, in: newInput(cfg.In)}
	s.out.line(s.t("acc.intro"))
	if cfg.Demo {
		s.out.line(s.t("wizard.demoBadge"))
	}
	at := stepSummary
	for at != stepDone {
		if ctx.Err() != nil {
			return s.stopped(errInterrupted)
		}
		var err error
		at, err = s.do(ctx, at)
		if err != nil {
			return s.stopped(err)
		}
	}
	return s.code
}

// do runs one step and returns the next.
func (s *session) do(ctx context.Context, at step) (step, error) {
	switch at {
	case stepSummary:
		return s.savedSetup(ctx)
	case stepAddress:
		return s.address(ctx)
	case stepSignIn:
		return s.signIn(ctx)
	case stepTwoSV:
		return s.twoSV(ctx)
	case stepEnableTwoSV:
		return s.enableTwoSV()
	case stepAppPassword:
		return s.appPassword(ctx)
	case stepPaste:
		return s.paste()
	case stepTest:
		return s.testSend(ctx)
	case stepSave:
		return s.save(ctx)
	}
	return stepDone, nil
}

// stopped ends the run early and says whether anything was saved.
func (s *session) stopped(err error) int {
	s.out.blank()
	if s.saved {
		s.out.line(s.t("acc.stoppedSaved", s.showPath(s.where.ConfigPath)))
	} else {
		s.out.line(s.t("wizard.interrupted"))
	}
	if errors.Is(err, errInterrupted) {
		return ExitInterrupted
	}
	return ExitNotDone
}

// quit is the person choosing to leave with nothing saved.
func (s *session) quit() (step, error) {
	s.out.blank()
	s.out.line(s.t("wizard.quitNoSave"))
	s.code = ExitNotDone
	return stepDone, nil
}

func (s *session) t(key i18n.Key, args ...any) string { return s.cfg.Cat.T(key, args...) }

// showPath shortens a path in the home folder to ~/….
func (s *session) showPath(p string) string {
	if h := s.cfg.Home; h != "" && strings.HasPrefix(p, h+string(filepath.Separator)) {
		return "~" + p[len(h):]
	}
	return p
}
