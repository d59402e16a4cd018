package steps

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"

	"gmailsetup/mailer"
	"gmailsetup/storage"
)

// SummaryStep is where a re-run opens: the saved setup, and what to do with
// it (rotate the app password, check it, add an account, replace it). A
// file that does not load is explained here, with its fix, and is never
// overwritten unless the person chooses to replace it.
type SummaryStep struct {
	s      *Shared
	state  summaryState
	seq    int // the current load or check; older results are ignored
	acct   storage.Account
	others int // how many other accounts are saved
	err    error
	choice Choice
	spin   spinner.Model
	cancel context.CancelFunc
}

type summaryState int

const (
	summaryLoading  summaryState = iota
	summaryNone                  // nothing saved (only reached with rotate)
	summaryMissing               // --account names an address not saved
	summaryBroken                // the file does not load
	summaryShown                 // the menu
	summaryChecking              // signing in with the saved setup
	summaryChecked               // the check passed
	summaryCheckFailed
)

// The menu's options, in order.
const (
	optRotate = iota
	optCheck
	optAdd
	optReplace
	optQuit
)

type summaryLoadedMsg struct {
	seq int
	cfg storage.Config
	err error
}

type summaryCheckedMsg struct {
	seq int
	at  time.Time
	err error
}

// NewSummary builds the saved-setup screen.
func NewSummary(s *Shared) Step {
	return &SummaryStep{s: s, spin: spinner.New(spinner.WithSpinner(spinner.Dot))}
}

// ID is Summary.
func (v *SummaryStep) ID() ID { return Summary }

// Title names the screen.
func (v *SummaryStep) Title() string { return v.s.T("summary.title") }

// Enter reads the saved setup afresh: it may have changed since last shown.
func (v *SummaryStep) Enter() tea.Cmd {
	store := v.s.Deps.Store
	seq := v.seq + 1
	return func() tea.Msg {
		if store == nil {
			return summaryLoadedMsg{seq: seq, err: storage.ErrNotFound}
		}
		cfg, err := store.Load()
		return summaryLoadedMsg{seq: seq, cfg: cfg, err: err}
	}
}

// Update handles the load, the check and the menus.
func (v *SummaryStep) Update(msg tea.Msg) (Step, tea.Cmd) {
	switch msg := msg.(type) {
	case summaryLoadedMsg:
		if msg.seq > v.seq {
			v.seq = msg.seq
			return v.loaded(msg)
		}
	case summaryCheckedMsg:
		if msg.seq == v.seq && v.state == summaryChecking {
			return v.checked(msg), nil
		}
	case spinner.TickMsg:
		if v.state == summaryChecking {
			var cmd tea.Cmd
			v.spin, cmd = v.spin.Update(msg)
			return v, cmd
		}
	case tea.KeyPressMsg:
		return v.key(msg)
	}
	return v, nil
}

func (v *SummaryStep) loaded(msg summaryLoadedMsg) (Step, tea.Cmd) {
	s := v.s
	switch {
	case errors.Is(msg.err, storage.ErrNotFound) && !s.Opts.Rotate:
		return v, v.s.Restart(Account)
	case errors.Is(msg.err, storage.ErrNotFound):
		v.state = summaryNone
		v.choice = NewChoice(s, s.T("summary.opt.new"), s.T("summary.opt.quit"))
		return v, nil
	case msg.err != nil:
		v.state, v.err = summaryBroken, msg.err
		v.choice = NewChoice(s, s.T("summary.opt.replaceBroken"), s.T("summary.opt.quit"))
		return v, nil
	}
	acct, ok := msg.cfg.Account(s.Opts.Account)
	if !ok && s.Opts.Account == "" && len(msg.cfg.Accounts) > 0 {
		acct, ok = msg.cfg.Accounts[0], true // several accounts, no default: show the first
	}
	if !ok {
		v.state = summaryMissing
		v.choice = NewChoice(s, s.T("summary.opt.new"), s.T("summary.opt.quit"))
		return v, nil
	}
	v.acct, v.others = acct, len(msg.cfg.Accounts)-1
	if s.Opts.Rotate && v.state == summaryLoading {
		return v.rotate()
	}
	v.state = summaryShown
	v.choice = NewChoice(s, s.T("summary.opt.rotate"), s.T("summary.opt.check"),
		s.T("summary.opt.add"), s.T("summary.opt.replace"), s.T("summary.opt.quit"))
	return v, nil
}

func (v *SummaryStep) key(msg tea.KeyPressMsg) (Step, tea.Cmd) {
	if v.state == summaryChecking {
		if msg.String() == "esc" && v.cancel != nil {
			v.cancel()
		}
		return v, nil
	}
	if v.state == summaryLoading || len(v.choice.Options) == 0 {
		return v, nil
	}
	var picked int
	v.choice, picked = v.choice.Update(msg)
	if picked < 0 {
		return v, nil
	}
	switch v.state {
	case summaryNone, summaryMissing:
		if picked == 0 {
			v.s.Answers = Answers{}
			return v, v.s.Restart(Account)
		}
		return v, v.s.Quit()
	case summaryBroken:
		if picked == 0 {
			v.s.Answers = Answers{ReplaceBroken: true}
			return v, v.s.GoTo(Account)
		}
		return v, v.s.Quit()
	}
	switch picked {
	case optRotate:
		return v.rotate()
	case optCheck:
		return v.check()
	case optAdd:
		v.s.Answers = Answers{}
		return v, v.s.GoTo(Account)
	case optReplace:
		prev := v.acct
		v.s.Answers = Answers{Email: prev.Email, Previous: &prev}
		return v, v.s.GoTo(Account)
	}
	return v, v.s.Quit()
}

// rotate goes straight to creating a new app password: 2-Step Verification
// is on, or the saved one could not exist. The saved setup stays as it is
// until the new password has passed the test and been saved.
func (v *SummaryStep) rotate() (Step, tea.Cmd) {
	prev := v.acct
	v.s.Answers = Answers{Email: prev.Email, Kind: kindOfSaved(prev.Email), TwoSV: TwoSVOn, Previous: &prev}
	v.state = summaryShown
	if len(v.choice.Options) == 0 {
		v.choice = NewChoice(v.s, v.s.T("summary.opt.rotate"), v.s.T("summary.opt.check"),
			v.s.T("summary.opt.add"), v.s.T("summary.opt.replace"), v.s.T("summary.opt.quit"))
	}
	return v, v.s.GoTo(AppPassword)
}

// kindOfSaved tells a personal address from a Workspace one; a saved setup
// signed in, so its domain is Google's either way.
func kindOfSaved(email string) AccountKind {
	_, domain, _ := strings.Cut(strings.ToLower(email), "@")
	if domain == "gmail.com" || domain == "googlemail.com" {
		return KindPersonal
	}
	return KindWorkspace
}

// check signs in with the saved setup, as a program would, sending nothing.
func (v *SummaryStep) check() (Step, tea.Cmd) {
	v.seq++
	v.state, v.err = summaryChecking, nil
	store, sender, email, seq := v.s.Deps.Store, v.s.Deps.Sender, v.acct.Email, v.seq
	clock := v.s.Deps.Clock
	ctx, cancel := context.WithCancel(context.Background())
	v.cancel = cancel
	cmd := func() tea.Msg {
		defer cancel()
		secret, err := store.Secret(email)
		if err != nil {
			return summaryCheckedMsg{seq: seq, err: err}
		}
		if _, err := sender.Verify(ctx, mailer.Account{Email: email, Password: secret}, nil); err != nil {
			return summaryCheckedMsg{seq: seq, err: err}
		}
		at := time.Now()
		if clock != nil {
			at = clock.Now()
		}
		// Recording the time is a courtesy; failing to is not a failed check.
		_ = store.SetVerified(email, at)
		return summaryCheckedMsg{seq: seq, at: at}
	}
	return v, tea.Batch(cmd, v.spin.Tick)
}

func (v *SummaryStep) checked(msg summaryCheckedMsg) *SummaryStep {
	v.err = msg.err
	if msg.err == nil {
		v.state = summaryChecked
		v.acct.LastVerified = msg.at
	} else {
		v.state = summaryCheckFailed
	}
	return v
}

// View shows the saved account and the menu, or what is wrong.
func (v *SummaryStep) View() string {
	s := v.s
	switch v.state {
	case summaryLoading:
		return s.Styles.Subtle.Render(s.T("summary.loading"))
	case summaryNone:
		return s.paragraphs(s.T("summary.none", s.ShowPath(s.Deps.Store.Path())), v.choice.View(s))
	case summaryMissing:
		return s.paragraphs(s.T("summary.missing", s.Opts.Account), v.choice.View(s))
	case summaryBroken:
		return s.paragraphs(s.Styles.Error.Render(s.T("summary.broken")), s.storageProblem(v.err),
			s.T("summary.brokenSafe"), v.choice.View(s))
	}
	parts := []string{v.details()}
	switch v.state {
	case summaryChecking:
		parts = append(parts, v.spin.View()+" "+s.T("summary.checking"))
	case summaryChecked:
		parts = append(parts, s.Styles.OK.Render("✓ "+s.T("summary.checkOK")))
	case summaryCheckFailed:
		var me *mailer.Error
		if errors.As(v.err, &me) {
			parts = append(parts, s.diagnosis(v.err))
		} else {
			parts = append(parts, s.Styles.Error.Render(s.T("summary.checkReadFailed")), s.storageProblem(v.err))
		}
	}
	parts = append(parts, s.T("summary.what"), v.choice.View(s))
	return s.paragraphs(parts...)
}

// details is the saved account, without its secret.
func (v *SummaryStep) details() string {
	s, a := v.s, v.acct
	secret := s.T("summary.secretKeyring")
	if a.SecretStore == storage.SecretInFile {
		secret = s.T("summary.secretFile")
	}
	verified := s.T("summary.never")
	if !a.LastVerified.IsZero() {
		verified = a.LastVerified.Local().Format("2006-01-02 15:04")
	}
	lines := []string{
		s.T("summary.address", a.Email),
		s.T("summary.server", fmt.Sprintf("%s:%d", a.Host, a.Port)),
		s.T("summary.secret", secret),
		s.T("summary.label", appPasswordName(s, a)),
		s.T("summary.verified", verified),
		s.Styles.Subtle.Render(s.T("summary.file", s.ShowPath(s.Deps.Store.Path()))),
	}
	if v.others > 0 {
		lines = append(lines, s.Styles.Subtle.Render(s.T("summary.others", v.others)))
	}
	return strings.Join(lines, "\n")
}

// appPasswordName is how Google's App passwords page lists the password:
// its label and the day it was created.
func appPasswordName(s *Shared, a storage.Account) string {
	label := a.AppPasswordLabel
	if label == "" {
		label = "?"
	}
	if a.AppPasswordCreated.IsZero() {
		return fmt.Sprintf("%q", label)
	}
	return s.T("summary.labelDate", label, a.AppPasswordCreated.Local().Format("2006-01-02"))
}

// Keys are the menu's, or esc while checking.
func (v *SummaryStep) Keys() []key.Binding {
	if v.state == summaryChecking {
		return []key.Binding{key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", v.s.T("key.cancel")))}
	}
	if v.state == summaryLoading {
		return nil
	}
	return v.choice.Keys()
}

// CapturesText is false: the screen has no text field.
func (v *SummaryStep) CapturesText() bool { return false }

// CapturesEsc is true while checking, to cancel the check.
func (v *SummaryStep) CapturesEsc() bool { return v.state == summaryChecking }
