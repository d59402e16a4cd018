package steps

import (
	"context"
	"errors"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"

	"gmailsetup/internal/guide"
	"gmailsetup/mailer"
)

// TestSendStep is the guide's last check: a mail from the address to
// itself, through smtp.gmail.com, with the pasted app password. Progress is
// named phase by phase; a failure is explained with what to try next.
type TestSendStep struct {
	s     *Shared
	state testState
	seq   int // the current send; results of older ones are ignored
	phase mailer.Phase

	cancel   context.CancelFunc
	progress chan testProgressMsg
	done     chan struct{} // closed when the send returns

	spin   spinner.Model
	mail   mailer.Message
	result mailer.Result
	err    error
	choice Choice
	menu   []guide.Option // the menu after a failure (guide.TestFailedMenuFor)
	keys   testKeys
}

type testState int

const (
	testIdle testState = iota
	testSending
	testOK
	testFailed
)

type testKeys struct {
	Continue, Cancel key.Binding
}

// testProgressMsg is a phase reported by send number seq.
type testProgressMsg struct {
	seq   int
	phase mailer.Phase
}

// testDoneMsg is how send number seq ended.
type testDoneMsg struct {
	seq    int
	result mailer.Result
	err    error
}

func init() { register(guide.TestSend, NewTestSend) }

// NewTestSend builds the test-send step.
func NewTestSend(s *Shared) Step {
	return &TestSendStep{
		s:    s,
		spin: newSpinner(s),
		keys: testKeys{
			Continue: continueKey(s),
			Cancel:   key.NewBinding(key.WithKeys("esc"), key.WithHelp(s.keyName("esc"), s.T("key.cancel"))),
		},
	}
}

// ID is TestSend.
func (t *TestSendStep) ID() guide.ID { return guide.TestSend }

// Title names the step.

// Enter starts a send, unless this address and password already passed.
func (t *TestSendStep) Enter() tea.Cmd {
	if t.state == testSending || (t.state == testOK && t.s.Answers.Tested()) {
		return nil
	}
	_, cmd := t.start()
	return cmd
}

// Update follows the send and answers the keys.
func (t *TestSendStep) Update(msg tea.Msg) (Step, tea.Cmd) {
	switch msg := msg.(type) {
	case testProgressMsg:
		if msg.seq != t.seq || t.state != testSending {
			return t, nil
		}
		t.phase = msg.phase
		return t, waitForProgress(t.progress, t.done)
	case testDoneMsg:
		if msg.seq != t.seq || t.state != testSending {
			return t, nil
		}
		return t.finish(msg), nil
	case spinner.TickMsg:
		return t, tick(&t.spin, t.state == testSending, msg)
	case tea.KeyPressMsg:
		return t.key(msg)
	}
	return t, nil
}

func (t *TestSendStep) key(msg tea.KeyPressMsg) (Step, tea.Cmd) {
	switch t.state {
	case testSending:
		if key.Matches(msg, t.keys.Cancel) {
			t.cancel()
			t.seq++ // whatever the send says now is stale
			return t.fail(&mailer.Error{Kind: mailer.KindCanceled, Err: context.Canceled}), nil
		}
	case testOK:
		if key.Matches(msg, t.keys.Continue) {
			return t, t.s.Next()
		}
	case testFailed:
		var picked int
		t.choice, picked = t.choice.Update(msg)
		switch {
		case picked < 0:
		case t.menu[picked].Stay:
			return t.start() // try again
		default:
			// Saving anyway keeps Tested false: Save asks again.
			return t, t.s.Go(t.menu[picked].Act)
		}
	}
	return t, nil
}

// start sends the test mail from a command. Everything the command needs
// is copied first; progress comes back through a channel read one phase at
// a time by waitForProgress, and the end as a testDoneMsg, both tagged with
// the send's number.
func (t *TestSendStep) start() (Step, tea.Cmd) {
	t.seq++
	t.state, t.phase, t.err = testSending, mailer.PhaseConnecting, nil
	t.s.Answers.Untested()
	t.mail = guide.TestMessage(t.s.Cat, t.s.Answers.Email(), t.s.Deps.Now())
	if t.s.Deps.Sender == nil {
		return t.fail(errors.New(t.s.T("test.noSender"))), nil
	}
	ctx, cancel := context.WithCancel(t.s.ctx())
	t.cancel = cancel
	tasks, seq, mail := t.s.Tasks(), t.seq, t.mail
	acct := tasks.MailAccount(&t.s.Answers)
	answers := t.s.Answers
	progress, done := make(chan testProgressMsg, 8), make(chan struct{})
	t.progress, t.done = progress, done
	send := func() tea.Msg {
		defer close(done)
		if tasks.SameAsSaved(answers) {
			// Not a new password: testing it would prove nothing new.
			return testDoneMsg{seq: seq, err: guide.ErrSamePassword}
		}
		res, err := tasks.TestSendAs(ctx, acct, mail, func(p mailer.Phase) {
			select {
			case progress <- testProgressMsg{seq: seq, phase: p}:
			default: // the screen is behind; the next phase will do
			}
		})
		return testDoneMsg{seq: seq, result: res, err: err}
	}
	return t, tea.Batch(send, waitForProgress(progress, done), t.spin.Tick)
}

// waitForProgress reads one phase, or nothing once the send has returned.
func waitForProgress(progress <-chan testProgressMsg, done <-chan struct{}) tea.Cmd {
	return func() tea.Msg {
		select {
		case p := <-progress:
			return p
		case <-done:
			return nil
		}
	}
}

func (t *TestSendStep) finish(msg testDoneMsg) *TestSendStep {
	t.cancel()
	if msg.err != nil {
		return t.fail(msg.err)
	}
	t.state, t.result = testOK, msg.result
	t.s.Answers.Passed(msg.result)
	return t
}

// fail shows err with the choice that most likely helps already selected.
func (t *TestSendStep) fail(err error) *TestSendStep {
	s := t.s
	t.state, t.err = testFailed, err
	s.Answers.Untested()
	t.menu = guide.TestFailedMenuFor(&s.Answers, err)
	t.choice = newMenu(s, guide.Keys(t.menu))
	pick := guide.Pick(t.menu, "test.choice.retry")
	switch {
	case errors.Is(err, guide.ErrSamePassword), mailer.KindOf(err) == mailer.KindBadCredentials, mailer.KindOf(err) == mailer.KindNeedAppPassword:
		pick = guide.Pick(t.menu, "test.choice.appPassword")
	}
	t.choice.Cursor = max(pick, 0)
	if s.Answers.OAuth() {
		t.choice.Cursor = 0 // sign in again
		if mailer.KindOf(err) != mailer.KindTokenRefused && mailer.KindOf(err) != mailer.KindTokenRefresh {
			t.choice.Cursor = 1 // try again
		}
	}
	return t
}

// View shows the phase, the result, or the diagnosis and the choices.
func (t *TestSendStep) View() string {
	s := t.s
	switch t.state {
	case testOK:
		return t.okView()
	case testFailed:
		// "Save it untested" says what untested means in its own words:
		// a failure screen has no room for one more paragraph at 80x24.
		return s.paragraphs(s.Styles.Error.Render("✗ "+s.T(guide.TestFailedHeadline(t.err))), s.diagnosis(t.err)) +
			"\n\n" + t.choice.View(s)
	}
	return s.paragraphs(s.T("test.intro", s.Answers.Email()),
		t.spin.View()+" "+s.T(guide.PhaseKey(&s.Answers, t.phase)))
}

func (t *TestSendStep) okView() string {
	s := t.s
	port := t.result.Port
	if port == 0 {
		port = guide.DefaultPort
	}
	found := s.T("test.lookFor", s.Styles.Emphasis.Render(t.mail.Code)) + "\n" +
		s.Styles.Subtle.Render(s.T("test.subject", t.mail.Subject))
	arrival := ""
	switch {
	case t.result.Arrived:
		arrival = s.Styles.OK.Render(s.T("test.arrived", s.Cat.Seconds(t.result.ArrivedAfter)))
	case t.result.ConfirmErr != nil:
		arrival = s.Styles.Warn.Render(s.T("test.notConfirmed", guide.Clip(t.result.ConfirmErr.Error(), guide.MaxDetail)))
	}
	return s.paragraphs(s.Styles.OK.Render("✓ "+s.T("test.ok", port)), found, arrival,
		s.Styles.Emphasis.Render(s.T("test.next")))
}

// Keys depend on the state: esc cancels a send, enter continues after a
// success, the menu after a failure.
func (t *TestSendStep) Keys() []key.Binding {
	switch t.state {
	case testSending:
		return []key.Binding{t.keys.Cancel}
	case testOK:
		return []key.Binding{t.keys.Continue}
	case testFailed:
		return t.choice.Keys()
	}
	return nil
}

// CapturesText is false: there is no field here.
func (t *TestSendStep) CapturesText() bool { return false }

// CapturesEsc is true while sending: esc stops the send instead of going back.
func (t *TestSendStep) CapturesEsc() bool { return t.state == testSending }
