// Package wizard is the Bubble Tea state machine around the steps: which
// step is current, how to move between them, back and quit, and the frame
// (header and help line) drawn around the current step.
package wizard

import (
	"context"
	"errors"
	"os"
	"slices"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
	"gmailsetup/internal/storage"
	"gmailsetup/steps"
)

// Mode is how the wizard opens.
type Mode int

// The ways the wizard opens.
const (
	// ModeAuto opens on the saved setup's summary when there is one, and on
	// a new setup otherwise.
	ModeAuto Mode = iota
	// ModeNew starts a new setup whatever is saved.
	ModeNew
	// ModeRotate goes straight to replacing the saved app password.
	ModeRotate
)

// Config is what the wizard needs from main.
type Config struct {
	// Ctx is the run's root context (main's signal.NotifyContext): every
	// send, look-up and browser launch ends with it.
	Ctx     context.Context
	Lang    i18n.Lang
	Deps    guide.Deps
	Opts    steps.Options
	Mode    Mode
	Account string // --account: the saved account to open on
}

// Model is the root model of the program.
type Model struct {
	shared  *steps.Shared
	built   map[guide.ID]steps.Step
	current guide.ID
	history []guide.ID // steps visited before current, for esc
	keys    keyMap
	help    help.Model
	link    linkState // what the copy and QR keys show (links.go)

	interrupted bool
	quitting    bool

	// scroll is how many rows up from its end a step taller than the
	// window is shown (pgup/pgdown).
	scroll int
}

// New builds the wizard, positioned on cfg.Start.
func New(cfg Config) *Model {
	cat := i18n.New(cfg.Lang)
	if cfg.Opts.AppName == "" {
		cfg.Opts.AppName = "gmailsetup"
	}
	if cfg.Deps.Clock == nil {
		cfg.Deps.Clock = guide.SystemClock{}
	}
	// Opening straight on the first step, rather than on a summary that
	// would move on once loaded, keeps the first keys typed.
	start := guide.Start(cfg.Mode == ModeRotate, cfg.Mode == ModeNew || (cfg.Mode == ModeAuto && nothingSaved(cfg.Deps.Store)))
	cfg.Opts.Rotate = cfg.Mode == ModeRotate
	cfg.Opts.Account = cfg.Account
	home, _ := os.UserHomeDir() // only for showing paths as ~/…
	m := &Model{
		shared: &steps.Shared{
			Ctx:    cfg.Ctx,
			Home:   home,
			Cat:    cat,
			Styles: steps.NewStyles(true),
			Deps:   cfg.Deps,
			Opts:   cfg.Opts,
			Width:  80,
			Height: 24,
		},
		built:   map[guide.ID]steps.Step{},
		current: start,
		keys:    newKeyMap(cat),
		help:    newHelp(steps.NewStyles(true)),
	}
	m.step() // build the first step now, so View works before Init's commands land
	return m
}

// newHelp is bubbles' help drawn in our styles, which read well on light
// and dark backgrounds alike.
func newHelp(st steps.Styles) help.Model {
	h := help.New()
	h.Styles.ShortKey, h.Styles.FullKey = st.HelpKey, st.HelpKey
	h.Styles.ShortDesc, h.Styles.FullDesc = st.HelpDesc, st.HelpDesc
	h.Styles.ShortSeparator, h.Styles.FullSeparator, h.Styles.Ellipsis = st.HelpSep, st.HelpSep, st.HelpSep
	return h
}

// nothingSaved reports whether there is no setup file at all. It reads only
// the file, never the keyring, before the program starts.
func nothingSaved(store guide.Store) bool {
	if store == nil {
		return true
	}
	_, err := store.Load()
	return errors.Is(err, storage.ErrNotFound)
}

// Interrupted reports whether the person pressed ctrl+c; main exits 130.
func (m *Model) Interrupted() bool { return m.interrupted }

// ExitCode is how the run ends, by the guide's rule: 0 saved and
// verified, 1 quit or not working, 130 ctrl+c.
func (m *Model) ExitCode() int { return guide.ExitCode(&m.shared.Answers, m.interrupted) }

// Answers is what the person entered, for main's closing line and tests.
func (m *Model) Answers() *guide.Answers {
	a := m.shared.Answers // a copy: they change only in the wizard
	return &a
}

// Current is the step on screen.
func (m *Model) Current() guide.ID { return m.current }

// Init asks the terminal for its background colour and enters the first step.
func (m *Model) Init() tea.Cmd {
	return tea.Batch(tea.RequestBackgroundColor, m.enter())
}

// step returns the current step, building it on first use.
func (m *Model) step() steps.Step {
	s, ok := m.built[m.current]
	if !ok {
		s = steps.Build(m.current, m.shared)
		m.built[m.current] = s
	}
	return s
}

// Update answers the wizard's own keys first, then hands keys and pastes to
// the step on screen, and a command's result to the step that asked for it.
// Where a step says to go is decided here, before the next message: see
// deliver.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return m.handleKey(msg)
	case tea.PasteMsg, tea.ClipboardMsg:
		// A paste is typing: it belongs to the step on screen only.
		return m, m.deliver(m.current, msg)
	case tea.BackgroundColorMsg:
		m.shared.Styles = steps.NewStyles(msg.IsDark())
		m.help = newHelp(m.shared.Styles)
		return m, nil
	case tea.WindowSizeMsg:
		m.shared.Width = contentWidth(msg.Width)
		m.shared.Height = msg.Height
		m.help.SetWidth(m.shared.Width)
		return m, nil
	case resultMsg:
		if done, ok := msg.msg.(steps.ClipboardDoneMsg); ok {
			m.shared.Copied(done) // a copy key's answer, from a step
			return m, nil
		}
		return m, m.deliver(msg.to, msg.msg)
	case steps.ClipboardDoneMsg:
		m.shared.Copied(msg) // y's answer
		return m, nil
	}
	return m, nil
}

func (m *Model) handleKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	cur := m.step()
	switch {
	case key.Matches(msg, m.keys.Interrupt):
		m.interrupted = true
		return m, m.quit()
	case key.Matches(msg, m.keys.Back) && !cur.CapturesEsc() && !m.showingQR(cur):
		return m, m.back()
	case key.Matches(msg, m.keys.Quit) && !cur.CapturesText():
		return m, m.quit()
	case key.Matches(msg, m.keys.ScrollUp), key.Matches(msg, m.keys.ScrollDown):
		// scroll counts from the end a step opens at: its bottom, or its
		// top for a step whose top matters most.
		if key.Matches(msg, m.keys.ScrollUp) != topFirst(cur) {
			m.scroll = min(m.scroll+3, m.hiddenRows())
		} else {
			m.scroll = max(m.scroll-3, 0)
		}
		return m, nil
	}
	if cmd, ok := m.handleLinkKey(msg, cur); ok {
		return m, cmd
	}
	return m, m.deliver(m.current, msg)
}

// deliver hands msg to step id, if it has been built, and then, in the same
// call, follows where that step said to go: so the next key already reaches
// the step it leads to. A step that is no longer on screen may still take a
// late result (a link's status), but it cannot move the wizard.
func (m *Model) deliver(id guide.ID, msg tea.Msg) tea.Cmd {
	s, ok := m.built[id]
	if !ok {
		return nil
	}
	updated, cmd := s.Update(msg)
	m.built[id] = updated
	cmd = m.from(id, cmd)
	ev, ok := m.shared.TakeNav()
	if !ok || id != m.current {
		return cmd
	}
	return tea.Batch(cmd, m.navigate(ev))
}

// navigate moves where the guide's graph says ev leads from the current step.
func (m *Model) navigate(ev guide.Event) tea.Cmd {
	mv, ok := guide.Next(m.current, ev, &m.shared.Answers)
	switch {
	case !ok:
		return nil
	case mv.End:
		return m.quit()
	case mv.Forget:
		m.history = nil
		return m.moveTo(mv.To, false)
	}
	return m.moveTo(mv.To, true)
}

// moveTo makes id current. Jumping back to a step already in the history
// (e.g. "paste again" from the test) cuts the history there, so esc from
// it goes where it would have gone the first time.
func (m *Model) moveTo(id guide.ID, remember bool) tea.Cmd {
	if id == m.current {
		return nil
	}
	m.leave()
	if i := slices.Index(m.history, id); i >= 0 {
		m.history = m.history[:i]
	} else if remember {
		m.history = append(m.history, m.current)
	}
	m.current, m.scroll = id, 0
	return m.enter()
}

// quit ends the program. If the app password is what the clipboard holds
// (copied on the Ready screen), the clipboard is emptied first, in order:
// the system clipboard if it still holds the password, and the terminal's
// (OSC 52 with no content; a terminal that does not allow it ignores it).
func (m *Model) quit() tea.Cmd {
	m.quitting = true
	m.leave()
	if m.shared.ClipboardSecret {
		m.shared.ClipboardSecret = false
		return tea.Sequence(m.shared.ClearClipboard(m.shared.Answers.Password()), tea.Quit)
	}
	return tea.Quit
}

// ClipboardSecret reports whether the app password may still be in the
// clipboard: the run ended in a way the wizard could not clear it (main
// clears it then, with ClearSystemClipboard and OSC 52).
func (m *Model) ClipboardSecret() bool { return m.shared.ClipboardSecret }

// ClearSystemClipboard empties the system clipboard if it still holds the
// app password; for main, after the program stopped.
func (m *Model) ClearSystemClipboard(ctx context.Context) {
	m.shared.ClearSystemClipboard(ctx, m.shared.Answers.Password())
}

// back returns to the previous step; on the first step esc does nothing.
func (m *Model) back() tea.Cmd {
	if len(m.history) == 0 {
		return nil
	}
	m.leave()
	prev := m.history[len(m.history)-1]
	m.history = m.history[:len(m.history)-1]
	m.current, m.scroll = prev, 0
	m.shared.Returning = true
	defer func() { m.shared.Returning = false }()
	return m.enter()
}

// enter enters the current step. Enter may already decide to move on (the
// saved setup's summary, say, once it knows there is nothing saved): that
// is followed at once too.
func (m *Model) enter() tea.Cmd {
	id := m.current
	cmd := m.from(id, m.step().Enter())
	if ev, ok := m.shared.TakeNav(); ok {
		return tea.Batch(cmd, m.navigate(ev))
	}
	return cmd
}
