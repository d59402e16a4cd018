package steps

import (
	"context"
	"errors"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"

	"gmailsetup/internal/guide"
	"gmailsetup/mailer"
)

// SummaryStep is where a re-run opens: the saved setup, and what to do with
// it (rotate the app password, check it, add an account, replace it). A
// file that does not load is explained here, with its fix, and is never
// overwritten unless the person chooses to replace it.
type SummaryStep struct {
	s      *Shared
	state  summaryState
	seq    int // the current load or check; older results are ignored
	saved  guide.Saved
	err    error
	choice Menu // the guide's menu for what was loaded
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

type summaryLoadedMsg struct {
	seq   int
	saved guide.Saved
}

type summaryCheckedMsg struct {
	seq int
	at  time.Time
	err error
}

func init() { register(guide.Summary, NewSummary) }

// NewSummary builds the saved-setup screen.
func NewSummary(s *Shared) Step {
	return &SummaryStep{s: s, spin: newSpinner(s)}
}

// ID is Summary.
func (v *SummaryStep) ID() guide.ID { return guide.Summary }

// Enter reads the saved setup afresh: it may have changed since last shown.
func (v *SummaryStep) Enter() tea.Cmd {
	tasks, account, seq := v.s.Tasks(), v.s.Opts.Account, v.seq+1
	return func() tea.Msg { return summaryLoadedMsg{seq: seq, saved: tasks.LoadSaved(account)} }
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
		return v, tick(&v.spin, v.state == summaryChecking, msg)
	case tea.KeyPressMsg:
		return v.key(msg)
	}
	return v, nil
}

func (v *SummaryStep) loaded(msg summaryLoadedMsg) (Step, tea.Cmd) {
	s := v.s
	v.saved = msg.saved
	// Rotation is where a run opens, not where it comes back to.
	menu, ev, now := guide.SummaryOpens(msg.saved, s.Opts.Rotate && v.state == summaryLoading)
	v.state = map[guide.SavedState]summaryState{
		guide.SavedNone: summaryNone, guide.SavedMissing: summaryMissing, guide.SavedBroken: summaryBroken,
	}[msg.saved.State]
	if v.state == summaryLoading {
		v.state = summaryShown
	}
	v.err = msg.saved.Err
	v.choice = newGuideMenu(s, menu)
	if now {
		return v, v.choose(ev)
	}
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
	var opt guide.Option
	var ok bool
	if v.choice, opt, ok = v.choice.Pick(msg); !ok {
		return v, nil
	}
	if opt.Stay {
		return v.check()
	}
	return v, v.choose(opt.Act)
}

// choose starts the answers the event needs (a new setup, a replacement, a
// rotation) and tells the wizard.
func (v *SummaryStep) choose(ev guide.Event) tea.Cmd {
	v.s.Answers = guide.AnswersAfter(ev, v.saved, v.s.Answers)
	return v.s.Go(ev)
}

// check signs in with the saved setup, as a program would, sending nothing.
func (v *SummaryStep) check() (Step, tea.Cmd) {
	v.seq++
	v.state, v.err = summaryChecking, nil
	ctx, cancel := context.WithCancel(v.s.ctx())
	v.cancel = cancel
	tasks, email, seq := v.s.Tasks(), v.saved.Account.Email, v.seq
	cmd := func() tea.Msg {
		defer cancel()
		at, err := tasks.CheckSaved(ctx, email)
		return summaryCheckedMsg{seq: seq, at: at, err: err}
	}
	return v, tea.Batch(cmd, v.spin.Tick)
}

func (v *SummaryStep) checked(msg summaryCheckedMsg) *SummaryStep {
	v.err = msg.err
	if msg.err == nil {
		v.state = summaryChecked
		v.saved.Account.LastVerified = msg.at
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
	s := v.s
	var lines []string
	for _, m := range guide.SavedDetails(v.saved.Account) {
		lines = append(lines, s.Say(m))
	}
	lines = append(lines, s.Styles.Subtle.Render(s.T("summary.file", s.ShowPath(s.Deps.Store.Path()))))
	if v.saved.Others > 0 {
		lines = append(lines, s.Styles.Subtle.Render(s.T("summary.others", v.saved.Others)))
	}
	return strings.Join(lines, "\n")
}

// Keys are the menu's, or esc while checking.
func (v *SummaryStep) Keys() []key.Binding {
	if v.state == summaryChecking {
		return []key.Binding{key.NewBinding(key.WithKeys("esc"), key.WithHelp(v.s.keyName("esc"), v.s.T("key.cancel")))}
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
