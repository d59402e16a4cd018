package steps

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"gmailsetup/internal/guide"
	"gmailsetup/internal/oauth"
)

// OAuthClientStep takes the person's Desktop client: the newest
// client_secret_*.json found in Downloads, a typed path, or the client ID
// and secret pasted. Each is checked by package oauth (a "web" client is
// refused with the reason) before the guide goes on.
type OAuthClientStep struct {
	s      *Shared
	state  clientState
	seq    int
	found  guide.FoundClient
	has    bool // found is a file
	ways   []guide.ClientWay
	choice Choice
	input  textinput.Model
	id     string // the pasted client ID, while the secret is asked
	err    error  // why the last client was refused
	keys   clientKeys
}

type clientState int

const (
	clientLooking clientState = iota // looking in Downloads
	clientMenu                       // the ways
	clientPath                       // typing a path
	clientID                         // pasting the ID
	clientSecret                     // pasting the secret
	clientReading                    // reading the file
)

type clientKeys struct {
	Submit, Close key.Binding
}

type clientFoundMsg struct {
	seq   int
	found guide.FoundClient
	ok    bool
}

type clientReadMsg struct {
	seq    int
	client oauth.Client
	err    error
}

func init() { register(guide.OAuthClient, NewOAuthClient) }

// NewOAuthClient builds the client step.
func NewOAuthClient(s *Shared) Step {
	return &OAuthClientStep{
		s: s,
		keys: clientKeys{
			Submit: key.NewBinding(key.WithKeys("enter"), key.WithHelp(s.keyName("enter"), s.T("key.continue"))),
			Close:  key.NewBinding(key.WithKeys("esc"), key.WithHelp(s.keyName("esc"), s.T("oauthui.signin.key.close"))),
		},
	}
}

// ID is OAuthClient.
func (c *OAuthClientStep) ID() guide.ID { return guide.OAuthClient }

// Title names the step.

// Enter looks in Downloads again: the file may have arrived since.
func (c *OAuthClientStep) Enter() tea.Cmd {
	c.seq++
	c.state, c.err = clientLooking, nil
	tasks, seq := c.s.Tasks(), c.seq
	return func() tea.Msg {
		f, ok := tasks.FindClient()
		return clientFoundMsg{seq: seq, found: f, ok: ok}
	}
}

func (c *OAuthClientStep) showMenu() {
	s := c.s
	c.state = clientMenu
	c.ways = guide.ClientWays(c.has)
	texts := make([]string, len(c.ways))
	for i, w := range c.ways {
		texts[i] = s.Say(w.Option(guide.FileName(c.found.Path), c.found))
	}
	c.choice = NewChoice(s, texts...)
}

// Update takes the search's result, the menu, the fields and the reading.
func (c *OAuthClientStep) Update(msg tea.Msg) (Step, tea.Cmd) {
	switch msg := msg.(type) {
	case clientFoundMsg:
		if msg.seq == c.seq && c.state == clientLooking {
			c.found, c.has = msg.found, msg.ok
			c.showMenu()
		}
	case clientReadMsg:
		if msg.seq != c.seq || c.state != clientReading {
			return c, nil
		}
		if msg.err != nil {
			c.err = msg.err
			c.showMenu()
			return c, nil
		}
		c.s.Answers.SetClient(msg.client)
		return c, c.s.Next()
	case tea.PasteMsg:
		if c.typing() {
			one := strings.Join(strings.Fields(msg.Content), " ")
			var cmd tea.Cmd
			c.input, cmd = c.input.Update(tea.PasteMsg{Content: one})
			return c, cmd
		}
	case tea.KeyPressMsg:
		return c.key(msg)
	}
	return c, nil
}

func (c *OAuthClientStep) typing() bool {
	return c.state == clientPath || c.state == clientID || c.state == clientSecret
}

func (c *OAuthClientStep) key(msg tea.KeyPressMsg) (Step, tea.Cmd) {
	s := c.s
	switch c.state {
	case clientMenu:
		var picked int
		c.choice, picked = c.choice.Update(msg)
		if picked < 0 {
			return c, nil
		}
		c.err = nil
		switch c.ways[picked] {
		case guide.ClientFound:
			return c.read(c.found.Path)
		case guide.ClientTyped:
			c.state, c.input = clientPath, newField(s, "› ", "~/Downloads/client_secret_….json", 4096)
		case guide.ClientPasted:
			c.state, c.input = clientID, newField(s, "› ", "123…-….apps.googleusercontent.com", 256)
		}
		return c, c.input.Focus()
	case clientPath, clientID, clientSecret:
		switch {
		case key.Matches(msg, c.keys.Close):
			c.showMenu()
			return c, nil
		case key.Matches(msg, c.keys.Submit):
			return c.submit()
		}
		var cmd tea.Cmd
		c.input, cmd = c.input.Update(msg)
		return c, cmd
	}
	return c, nil
}

// submit takes what was typed in the field shown.
func (c *OAuthClientStep) submit() (Step, tea.Cmd) {
	s, text := c.s, strings.TrimSpace(c.input.Value())
	switch c.state {
	case clientPath:
		if text == "" {
			return c, nil
		}
		return c.read(text)
	case clientID:
		if text == "" {
			return c, nil
		}
		c.id = text
		c.state, c.input = clientSecret, newField(s, "› ", "GOCSPX-…", 256)
		c.input.EchoMode = textinput.EchoPassword
		return c, c.input.Focus()
	case clientSecret:
		client, err := oauth.NewClient(c.id, c.input.Value())
		c.input.SetValue("") // the secret does not stay in the field
		if err != nil {
			c.err = err
			c.showMenu()
			return c, nil
		}
		s.Answers.SetClient(client)
		return c, s.Next()
	}
	return c, nil
}

// read reads a client file from a command.
func (c *OAuthClientStep) read(path string) (Step, tea.Cmd) {
	c.seq++
	c.state = clientReading
	tasks, seq := c.s.Tasks(), c.seq
	return c, func() tea.Msg {
		cl, err := tasks.ReadClient(path)
		return clientReadMsg{seq: seq, client: cl, err: err}
	}
}

// View shows the menu, the field, or why the last client was refused.
func (c *OAuthClientStep) View() string {
	s := c.s
	blocks := []string{s.T("oauthui.client.intro")}
	if s.Opts.Demo && c.has {
		blocks = append(blocks, s.Styles.Badge.Render(s.T("oauthui.client.demo", s.ShowPath(s.Tasks().DownloadsDir()))))
	}
	switch c.state {
	case clientLooking, clientReading:
		return s.paragraphs(append(blocks, s.Styles.Subtle.Render(s.T("oauthui.client.reading")))...)
	case clientPath, clientID, clientSecret:
		prompt := map[clientState]string{clientPath: "oauthui.client.pathPrompt", clientID: "oauthui.client.idPrompt", clientSecret: "oauthui.client.secretPrompt"}[c.state]
		in := c.input
		fitField(&in, s.Styles, guide.Width(s.Width))
		return s.paragraphs(append(blocks, s.T(keyOf(prompt)))...) + "\n" + in.View()
	}
	if !c.has {
		blocks = append(blocks, s.Styles.Subtle.Render(s.T("oauthui.client.notFound", s.ShowPath(s.Tasks().DownloadsDir()))))
	} else if !s.Opts.Demo {
		blocks = append(blocks, s.Styles.Subtle.Render(s.T("oauthui.client.foundIn", s.ShowPath(s.Tasks().DownloadsDir()))))
	}
	if c.err != nil {
		blocks = append(blocks, s.googleProblem(c.err))
	}
	return s.paragraphs(append(blocks, s.Styles.Emphasis.Render(s.T("oauthui.client.question")))...) + "\n\n" + c.choice.View(s)
}

// Keys are the menu's, or the field's.
func (c *OAuthClientStep) Keys() []key.Binding {
	switch c.state {
	case clientMenu:
		return c.choice.Keys()
	case clientPath, clientID, clientSecret:
		return []key.Binding{c.keys.Submit, c.keys.Close}
	}
	return nil
}

// CapturesText is true while a field takes typing.
func (c *OAuthClientStep) CapturesText() bool { return c.typing() }

// CapturesEsc is true while a field is open: esc closes it.
func (c *OAuthClientStep) CapturesEsc() bool { return c.typing() }
