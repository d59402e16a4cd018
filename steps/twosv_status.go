package steps

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"gmailsetup/links"
)

// The answers to "is 2-Step Verification on?", in menu order.
const (
	twoSVPickOn = iota
	twoSVPickOff
	twoSVPickNotFound
)

// twoSVStatus is step 3, the guide's "Abilitazione Verifica in due
// passaggi": the person reads On or Off on Google's page. On skips the next
// step (the wizard decides that from Answers.TwoSV). Its methods take a
// pointer because Enter records that the page was opened.
type twoSVStatus struct {
	s      *Shared
	open   key.Binding
	choice Choice

	email     string // the address the link is for
	openedFor string // the address whose page was opened on arrival
	page      linkState
	notFound  bool // "I can't find it" was picked: show where to look
}

// NewTwoSVStatus builds the step that asks whether 2-Step Verification is on.
func NewTwoSVStatus(s *Shared) Step {
	return &twoSVStatus{
		s:      s,
		open:   openKey(s),
		choice: NewChoice(s, s.T("twosv.status.optOn"), s.T("twosv.status.optOff"), s.T("twosv.status.optNotFound")),
	}
}

func (a *twoSVStatus) ID() ID             { return TwoSVStatus }
func (a *twoSVStatus) Title() string      { return a.s.T("twosv.status.title") }
func (a *twoSVStatus) CapturesText() bool { return false }
func (a *twoSVStatus) CapturesEsc() bool  { return false }
func (a *twoSVStatus) Keys() []key.Binding {
	return append([]key.Binding{a.open}, a.choice.Keys()...)
}

func (a *twoSVStatus) url() string { return links.TwoStepVerification(a.email) }

// CurrentURL is the 2-Step Verification page, for the wizard's copy and QR keys.
func (a *twoSVStatus) CurrentURL() string { return a.url() }

// Enter opens the page the first time, and again only for a new address.
func (a *twoSVStatus) Enter() tea.Cmd {
	if a.email != a.s.Answers.Email {
		a.email = a.s.Answers.Email
		a.page, a.notFound = linkIdle, false
	}
	if a.openedFor == a.email {
		return nil
	}
	a.openedFor = a.email
	a.page = linkOpening
	return OpenURL(a.s.Deps.Opener, a.url())
}

func (a *twoSVStatus) Update(msg tea.Msg) (Step, tea.Cmd) {
	switch msg := msg.(type) {
	case LinkOpenedMsg:
		a.page = a.page.next(a.url(), msg)
	case tea.KeyPressMsg:
		if key.Matches(msg, a.open) {
			a.page = linkOpening
			return a, OpenURL(a.s.Deps.Opener, a.url())
		}
		var picked int
		a.choice, picked = a.choice.Update(msg)
		switch picked {
		case twoSVPickOn:
			a.s.Answers.TwoSV = TwoSVOn
			return a, a.s.Next()
		case twoSVPickOff:
			a.s.Answers.TwoSV = TwoSVOff
			return a, a.s.Next()
		case twoSVPickNotFound:
			a.s.Answers.TwoSV = TwoSVNotFound
			a.notFound = true
		}
	}
	return a, nil
}

func (a *twoSVStatus) View() string {
	s := a.s
	// Once "I can't find it" is picked, its advice takes the place of the
	// general hint, so the screen still fits 24 rows.
	hint := s.T("twosv.status.look")
	if a.notFound {
		hint = s.Styles.Warn.Render(s.T("twosv.status.notFound", a.email))
	}
	blocks := []string{
		s.T("twosv.status.intro") + "\n" + linkLines(s, a.url(), a.page),
		hint,
		s.Styles.Emphasis.Render(s.T("twosv.status.question")) + "\n" + a.choice.View(s),
	}
	return s.paragraphs(append(blocks, s.Styles.Emphasis.Render(s.T("twosv.status.next")))...)
}
