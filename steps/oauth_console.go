package steps

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"gmailsetup/internal/guide"
	"gmailsetup/internal/oauth"
)

// OAuthConsoleStep walks the person to their own Desktop OAuth client in
// the Google Cloud console, one page of oauth.Walk at a time (each opened
// on arrival, its link carrying authuser), then explains the "unverified
// app" screen and the 7 days of a Testing app, and asks whether they
// published it.
type OAuthConsoleStep struct {
	s      *Shared
	walk   []oauth.WalkStep
	at     int // the page shown; len(walk) is the closing question
	opened map[string]bool
	state  linkState
	choice Choice
	menu   []guide.PublishChoice
	keys   consoleKeys
}

type consoleKeys struct {
	Next, Open, Prev key.Binding
}

func init() { register(guide.OAuthConsole, NewOAuthConsole) }

// NewOAuthConsole builds the walk.
func NewOAuthConsole(s *Shared) Step {
	return &OAuthConsoleStep{
		s: s,
		keys: consoleKeys{
			Next: key.NewBinding(key.WithKeys("enter"), key.WithHelp(s.keyName("enter"), s.T("oauthui.console.key.done"))),
			Open: openKey(s),
			Prev: key.NewBinding(key.WithKeys("esc", "left"), key.WithHelp("←", s.T("oauthui.console.key.prev"))),
		},
	}
}

// ID is OAuthConsole.
func (c *OAuthConsoleStep) ID() guide.ID { return guide.OAuthConsole }

// Title names the step.

// Enter switches the setup to a Google sign-in and starts the walk for
// the address (again from the top when the address changed).
func (c *OAuthConsoleStep) Enter() tea.Cmd {
	c.s.Answers.UseOAuth()
	walk := oauth.Walk(c.s.Answers.Email(), c.s.Answers.Kind() == guide.KindWorkspace)
	if len(walk) != len(c.walk) || len(walk) > 0 && walk[0].URL != c.walk[0].URL {
		c.walk, c.at, c.opened = walk, 0, map[string]bool{}
	}
	c.menu = guide.PublishMenu(c.s.Answers.Kind())
	keys := make([]string, len(c.menu))
	for i, m := range c.menu {
		keys[i] = c.s.T(m.Key)
	}
	c.choice = NewChoice(c.s, keys...)
	return c.arrive()
}

// arrive opens the page shown, the first time it is shown.
func (c *OAuthConsoleStep) arrive() tea.Cmd {
	url := c.CurrentURL()
	if url == "" || c.opened[url] {
		c.state = linkIdle
		return nil
	}
	c.opened[url] = true
	c.state = linkOpening
	return OpenURL(c.s, url)
}

// CurrentURL is the console page shown, for the copy and QR keys.
func (c *OAuthConsoleStep) CurrentURL() string {
	if c.at < len(c.walk) {
		return c.walk[c.at].URL
	}
	return ""
}

// Update moves through the pages and takes the answer.
func (c *OAuthConsoleStep) Update(msg tea.Msg) (Step, tea.Cmd) {
	switch msg := msg.(type) {
	case LinkOpenedMsg:
		c.state = c.state.next(c.CurrentURL(), msg)
	case tea.KeyPressMsg:
		if c.at >= len(c.walk) {
			if key.Matches(msg, c.keys.Prev) {
				c.at--
				return c, nil
			}
			var picked int
			c.choice, picked = c.choice.Update(msg)
			if picked >= 0 {
				c.s.Answers.SetPublished(c.menu[picked].Published)
				return c, c.s.Next()
			}
			return c, nil
		}
		switch {
		case key.Matches(msg, c.keys.Next):
			c.at++
			return c, c.arrive()
		case key.Matches(msg, c.keys.Open):
			c.state = linkOpening
			return c, OpenURL(c.s, c.CurrentURL())
		case key.Matches(msg, c.keys.Prev) && c.at > 0:
			c.at--
			c.state = linkIdle
		}
	}
	return c, nil
}

// View shows one page of the walk, or the notes and the question.
func (c *OAuthConsoleStep) View() string {
	s := c.s
	if c.at >= len(c.walk) {
		notes := []string{s.Styles.Emphasis.Render(s.T("oauthui.console.notesTitle"))}
		for _, m := range guide.ConsoleNotes(s.Opts.AppName) {
			notes = append(notes, s.Say(m))
		}
		notes = append(notes, s.Styles.Emphasis.Render(s.T("oauthui.console.question")))
		return s.paragraphs(notes...) + "\n\n" + c.choice.View(s)
	}
	w := c.walk[c.at]
	var blocks []string
	if c.at == 0 {
		blocks = append(blocks, s.T("oauth.console.intro"))
		if s.Answers.Kind() == guide.KindWorkspace {
			blocks = append(blocks, s.T("oauthui.console.workspace"))
		}
	}
	head := s.Styles.Emphasis.Render(s.T("oauthui.console.page", c.at+1, len(c.walk), s.T(w.Title)))
	body := s.T(w.Text)
	if w.ID == "branding" {
		body += "\n" + s.Styles.Badge.Render(s.T("oauthui.console.appName", s.Opts.AppName))
	}
	link := s.Link(w.URL)
	if st := s.linkStatus(c.state); st != "" {
		link += "\n" + st
	}
	blocks = append(blocks, head+"\n"+body, link)
	if s.Opts.Demo {
		blocks = append(blocks, s.Styles.Badge.Render(s.T("oauthui.console.demo")))
	}
	return s.paragraphs(blocks...)
}

// Keys are enter, o and ← on a page; the menu on the question.
func (c *OAuthConsoleStep) Keys() []key.Binding {
	if c.at >= len(c.walk) {
		return append(c.choice.Keys(), c.keys.Prev)
	}
	if c.at > 0 {
		return []key.Binding{c.keys.Next, c.keys.Open, c.keys.Prev}
	}
	return []key.Binding{c.keys.Next, c.keys.Open}
}

// CapturesText is false: there is no field here.
func (c *OAuthConsoleStep) CapturesText() bool { return false }

// CapturesEsc is true past the first page: esc goes one page back.
func (c *OAuthConsoleStep) CapturesEsc() bool { return c.at > 0 }
