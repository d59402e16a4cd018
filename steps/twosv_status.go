package steps

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"gmailsetup/internal/gmail/links"
	"gmailsetup/internal/guide"
)

// twoSVStatus is step 3, the guide's "Abilitazione Verifica in due
// passaggi": the person reads On or Off on Google's page. On skips the next
// step (the wizard decides that from Answers.TwoSV()). Its methods take a
// pointer because Enter records that the page was opened.
type twoSVStatus struct {
	s      *Shared
	open   key.Binding
	choice Choice

	page     page
	notFound bool // "I can't find it" was picked: show where to look
}

func init() { register(guide.TwoSVStatus, NewTwoSVStatus) }

// NewTwoSVStatus builds the step that asks whether 2-Step Verification is on.
func NewTwoSVStatus(s *Shared) Step {
	return &twoSVStatus{
		s:      s,
		open:   openKey(s),
		choice: newPromptChoice(s, guide.TwoSVStatus),
	}
}

func (a *twoSVStatus) ID() guide.ID       { return guide.TwoSVStatus }
func (a *twoSVStatus) CapturesText() bool { return false }
func (a *twoSVStatus) CapturesEsc() bool  { return false }
func (a *twoSVStatus) Keys() []key.Binding {
	return append([]key.Binding{a.open}, a.choice.Keys()...)
}

func (a *twoSVStatus) url() string { return links.TwoStepVerification(a.page.email) }

// CurrentURL is the 2-Step Verification page, for the wizard's copy and QR keys.
func (a *twoSVStatus) CurrentURL() string { return a.url() }

// Enter opens the page the first time, and again only for a new address.
func (a *twoSVStatus) Enter() tea.Cmd {
	cmd, changed := a.page.enter(a.s, links.TwoStepVerification)
	if changed {
		a.notFound = false
	}
	return cmd
}

func (a *twoSVStatus) Update(msg tea.Msg) (Step, tea.Cmd) {
	switch msg := msg.(type) {
	case LinkOpenedMsg:
		a.page.state = a.page.state.next(a.url(), msg)
	case tea.KeyPressMsg:
		if key.Matches(msg, a.open) {
			return a, a.page.open(a.s, a.url())
		}
		var picked int
		a.choice, picked = a.choice.Update(msg)
		if picked < 0 {
			return a, nil
		}
		a.s.Answers.SetTwoSV(guide.TwoSVAnswer(picked))
		if picked == guide.TwoSVPickNotFound {
			a.notFound = true
			return a, nil
		}
		return a, a.s.Next()
	}
	return a, nil
}

func (a *twoSVStatus) View() string {
	s := a.s
	// Once "I can't find it" is picked, its advice takes the place of the
	// general hint, so the screen still fits 24 rows.
	hint := s.T("twosv.status.look")
	if a.notFound {
		hint = s.Styles.Warn.Render(s.T("twosv.status.notFound", a.page.email))
	}
	blocks := []string{
		s.T("twosv.status.intro") + "\n" + linkLines(s, a.url(), a.page.state),
		hint,
		s.Styles.Emphasis.Render(s.T("twosv.status.question")) + "\n" + a.choice.View(s),
	}
	return s.paragraphs(append(blocks, s.Styles.Emphasis.Render(s.T("twosv.status.next")))...)
}
