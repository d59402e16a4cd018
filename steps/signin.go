package steps

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"gmailsetup/internal/gmail/links"
	"gmailsetup/internal/guide"
)

// The answers to "does the page show your address?", in the guide's menu
// order.
const (
	signInUnanswered = -1
	signInRight      = guide.SignInRight
	signInOther      = guide.SignInOther
	signInNone       = guide.SignInNone
)

type signInKeys struct {
	Open, Chooser, Logout key.Binding
}

// signIn is step 2, the guide's "Accesso a Google" and "account multipli":
// open the Google Account page for the address and make sure the browser
// shows that account, not another one signed in beside it. Its methods take a
// pointer because Enter records that the page was opened.
type signIn struct {
	s      *Shared
	keys   signInKeys
	choice Choice
	answer int

	home            page // the Google Account page, opened on arrival
	chooser, logout linkState
}

func init() { register(guide.SignIn, NewSignIn) }

// NewSignIn builds the step that checks which Google account the browser uses.
func NewSignIn(s *Shared) Step {
	return &signIn{
		s: s,
		keys: signInKeys{
			Open:    openKey(s),
			Chooser: key.NewBinding(key.WithKeys("c"), key.WithHelp("c", s.T("signin.key.chooser"))),
			Logout:  key.NewBinding(key.WithKeys("l"), key.WithHelp("l", s.T("signin.key.logout"))),
		},
		choice: newPromptChoice(s, guide.SignIn),
		answer: signInUnanswered,
	}
}

func (a *signIn) ID() guide.ID       { return guide.SignIn }
func (a *signIn) CapturesText() bool { return false }
func (a *signIn) CapturesEsc() bool  { return false }

// Enter opens the account page the first time, and again only for a new
// address.
func (a *signIn) Enter() tea.Cmd {
	cmd, changed := a.home.enter(a.s, links.AccountHome)
	if changed {
		a.answer = signInUnanswered
		a.choice.Cursor = 0
		a.chooser, a.logout = linkIdle, linkIdle
	}
	return cmd
}

func (a *signIn) homeURL() string    { return links.AccountHome(a.home.email) }
func (a *signIn) chooserURL() string { return links.AccountChooser(a.home.email, a.homeURL()) }

// CurrentURL is the link the wizard's copy and QR keys act on: the Google
// Account page, or, once the person said another account is shown, the
// account chooser, the long link they need (three rows at 80 columns).
func (a *signIn) CurrentURL() string {
	if a.answer == signInOther {
		return a.chooserURL()
	}
	return a.homeURL()
}

func (a *signIn) open(state *linkState, url string) tea.Cmd {
	*state = state.opening()
	return OpenURL(a.s, url)
}

func (a *signIn) Keys() []key.Binding {
	ks := []key.Binding{a.keys.Open}
	if a.answer == signInOther {
		ks = append(ks, a.keys.Chooser, a.keys.Logout)
	}
	return append(ks, a.choice.Keys()...)
}

func (a *signIn) Update(msg tea.Msg) (Step, tea.Cmd) {
	switch msg := msg.(type) {
	case LinkOpenedMsg:
		a.home.state = a.home.state.next(a.homeURL(), msg)
		a.chooser = a.chooser.next(a.chooserURL(), msg)
		a.logout = a.logout.next(links.Logout, msg)
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, a.keys.Open):
			return a, a.home.open(a.s, a.homeURL())
		case a.answer == signInOther && key.Matches(msg, a.keys.Chooser):
			return a, a.open(&a.chooser, a.chooserURL())
		case a.answer == signInOther && key.Matches(msg, a.keys.Logout):
			return a, a.open(&a.logout, links.Logout)
		}
		var picked int
		a.choice, picked = a.choice.Update(msg)
		switch picked {
		case signInRight:
			a.answer = signInRight
			return a, a.s.Next()
		case signInOther, signInNone:
			a.answer = picked
		}
	}
	return a, nil
}

func (a *signIn) View() string {
	s := a.s
	question := s.Styles.Emphasis.Render(s.T("signin.question", a.home.email))
	switch a.answer {
	case signInOther:
		// No question and no blank lines inside the advice: the long
		// chooser link must still fit 24 rows.
		return s.paragraphs(
			a.choice.View(s),
			s.Styles.Warn.Render(s.T("signin.other"))+"\n"+
				s.T("newcomer.signin.chooser", a.home.email)+"\n"+linkLines(s, a.chooserURL(), a.chooser)+"\n"+
				s.T("signin.logout")+"\n"+linkLines(s, links.Logout, a.logout),
			s.Styles.Emphasis.Render(s.T("signin.thenYes")),
		)
	case signInNone:
		return s.paragraphs(
			s.T("signin.intro")+"\n"+linkLines(s, a.homeURL(), a.home.state),
			question,
			a.choice.View(s),
			s.Styles.Warn.Render(s.T("signin.none", a.home.email)),
			s.Styles.Emphasis.Render(s.T("signin.thenYes")),
		)
	}
	return s.paragraphs(
		s.T("signin.intro")+"\n"+linkLines(s, a.homeURL(), a.home.state),
		question+"\n"+s.Styles.Subtle.Render(s.T("signin.where")),
		a.choice.View(s),
		s.Styles.Emphasis.Render(s.T("signin.next")),
	)
}

// linkLines shows url cut at the width exactly (a word wrap would break it
// at a hyphen and leave the rest of the line empty), still one clickable
// link, with the browser's status under it once there is one.
func linkLines(s *Shared, url string, state linkState) string {
	out := s.Link(url)
	if status := s.linkStatus(state); status != "" {
		out += "\n" + status
	}
	return out
}
