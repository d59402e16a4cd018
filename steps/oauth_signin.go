package steps

import (
	"context"
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/spinner"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"gmailsetup/internal/guide"
	"gmailsetup/internal/oauth"
)

// OAuthSignInStep signs in with Google: Google's page is always shown as
// an address and opened in the browser; a spinner runs while the browser
// is away; esc stops. Without a browser here (SSH) it shows the ssh -L
// command for the port and takes the address the browser ends on, pasted
// back (p). Google shows some refusals on its own page and never sends the
// browser back: g takes the error it names. In the demo, enter presses
// "Allow" on the demo's page.
type OAuthSignInStep struct {
	s       *Shared
	state   signState
	seq     int
	session *oauth.Session
	cancel  context.CancelFunc
	runCtx  context.Context // the sign-in's own context, ended by esc
	browser linkState
	consent bool // the demo is pressing Allow
	input   textinput.Model
	problem error // why the last paste was refused
	err     error // why the sign-in failed
	choice  Choice
	spin    spinner.Model
	keys    signKeys
}

type signState int

const (
	signStarting signState = iota
	signWaiting
	signPasting // the address from another machine's browser
	signTyping  // the error code Google showed
	signFailed
)

type signKeys struct {
	Cancel, Paste, Error, Open, Consent, Submit, Close key.Binding
}

type signStartedMsg struct {
	seq     int
	session *oauth.Session
	client  oauth.Client
	err     error
}

type signDoneMsg struct {
	seq   int
	grant oauth.Grant
	err   error
}

type signPastedMsg struct {
	seq int
	err error
}

type signConsentMsg struct {
	seq int
	err error
}

func init() { register(guide.OAuthSignIn, NewOAuthSignIn) }

// NewOAuthSignIn builds the sign-in step.
func NewOAuthSignIn(s *Shared) Step {
	return &OAuthSignInStep{
		s:    s,
		spin: spinner.New(spinner.WithSpinner(spinner.Dot)),
		keys: signKeys{
			Cancel:  key.NewBinding(key.WithKeys("esc"), key.WithHelp(s.keyName("esc"), s.T("key.cancel"))),
			Paste:   key.NewBinding(key.WithKeys("p"), key.WithHelp("p", s.T("oauthui.signin.key.paste"))),
			Error:   key.NewBinding(key.WithKeys("g"), key.WithHelp("g", s.T("oauthui.signin.key.error"))),
			Open:    openKey(s),
			Consent: key.NewBinding(key.WithKeys("enter"), key.WithHelp(s.keyName("enter"), s.T("oauthui.signin.key.consent"))),
			Submit:  key.NewBinding(key.WithKeys("enter"), key.WithHelp(s.keyName("enter"), s.T("oauthui.signin.key.submit"))),
			Close:   key.NewBinding(key.WithKeys("esc"), key.WithHelp(s.keyName("esc"), s.T("oauthui.signin.key.close"))),
		},
	}
}

// ID is OAuthSignIn.
func (g *OAuthSignInStep) ID() guide.ID { return guide.OAuthSignIn }

// Title names the step.

// Enter starts a sign-in, unless one is under way.
func (g *OAuthSignInStep) Enter() tea.Cmd {
	if g.state == signWaiting || g.state == signPasting || g.state == signTyping {
		return nil
	}
	return g.start()
}

// start begins a sign-in from a command: with the client given, or for a
// rotation the saved one. Everything is captured first.
func (g *OAuthSignInStep) start() tea.Cmd {
	s := g.s
	g.seq++
	g.state, g.err, g.problem, g.consent, g.session = signStarting, nil, nil, false, nil
	g.browser = linkOpening
	if g.cancel != nil {
		g.cancel()
	}
	ctx, cancel := context.WithCancel(s.ctx())
	g.cancel, g.runCtx = cancel, ctx
	tasks, seq, email, cat := s.Tasks(), g.seq, s.Answers.Email(), s.Cat
	client, saved := s.Answers.Client(), !s.Answers.HasClient()
	return func() tea.Msg {
		if saved {
			c, err := tasks.SavedClient(email)
			if err != nil {
				return signStartedMsg{seq: seq, err: err}
			}
			client = c
		}
		sess, err := tasks.SignIn(ctx, email, client, cat)
		return signStartedMsg{seq: seq, session: sess, client: client, err: err}
	}
}

func waitSignIn(ctx context.Context, sess *oauth.Session, seq int) tea.Cmd {
	return func() tea.Msg {
		grant, err := sess.Wait(ctx)
		return signDoneMsg{seq: seq, grant: grant, err: err}
	}
}

// Update follows the sign-in and answers the keys.
func (g *OAuthSignInStep) Update(msg tea.Msg) (Step, tea.Cmd) {
	switch msg := msg.(type) {
	case signStartedMsg:
		if msg.seq != g.seq {
			if msg.session != nil {
				sess := msg.session
				return g, func() tea.Msg { _ = sess.Close(); return nil }
			}
			return g, nil
		}
		if msg.err != nil {
			return g.fail(msg.err), nil
		}
		g.s.Answers.SetClient(msg.client)
		g.session, g.state = msg.session, signWaiting
		g.browser = linkIdle // no browser to open: the address is all there is
		if g.s.Deps.Opener != nil {
			g.browser = linkOpening.next(msg.session.URL(), LinkOpenedMsg{URL: msg.session.URL(), Err: msg.session.BrowserError()})
		}
		return g, tea.Batch(waitSignIn(g.runCtx, msg.session, g.seq), g.spin.Tick)
	case signDoneMsg:
		if msg.seq != g.seq || g.state == signFailed || g.state == signStarting {
			return g, nil
		}
		if msg.err != nil {
			return g.fail(msg.err), nil
		}
		g.s.Answers.SetGrant(msg.grant)
		g.state = signStarting // a later Enter signs in afresh
		return g, g.s.Next()
	case signPastedMsg:
		if msg.seq != g.seq || g.state != signWaiting {
			return g, nil
		}
		g.problem = msg.err
		if msg.err != nil {
			g.state = signPasting
			return g, g.input.Focus()
		}
		return g, nil
	case LinkOpenedMsg:
		if g.session != nil {
			g.browser = g.browser.next(g.session.URL(), msg)
		}
	case signConsentMsg:
		if msg.seq == g.seq && msg.err != nil && g.state == signWaiting {
			g.consent, g.problem = false, msg.err
		}
	case spinner.TickMsg:
		if g.state == signWaiting || g.state == signStarting {
			var cmd tea.Cmd
			g.spin, cmd = g.spin.Update(msg)
			return g, cmd
		}
	case tea.PasteMsg:
		if g.state == signPasting || g.state == signTyping {
			one := strings.Join(strings.Fields(msg.Content), "")
			var cmd tea.Cmd
			g.input, cmd = g.input.Update(tea.PasteMsg{Content: one})
			return g, cmd
		}
		if g.state == signWaiting && strings.Contains(msg.Content, "127.0.0.1") {
			// Pasted straight away, without p: it is the address.
			return g.paste(msg.Content)
		}
	case tea.KeyPressMsg:
		return g.key(msg)
	}
	return g, nil
}

func (g *OAuthSignInStep) key(msg tea.KeyPressMsg) (Step, tea.Cmd) {
	s := g.s
	switch g.state {
	case signStarting:
		if key.Matches(msg, g.keys.Cancel) {
			return g.stop(oauth.Refusal(oauth.CodeCancelled)), nil
		}
	case signWaiting:
		switch {
		case key.Matches(msg, g.keys.Cancel):
			return g.stop(oauth.Refusal(oauth.CodeCancelled)), nil
		case key.Matches(msg, g.keys.Paste):
			g.state, g.problem = signPasting, nil
			g.input = newField(s, "› ", "http://127.0.0.1:…/?code=…", 8<<10)
			return g, g.input.Focus()
		case key.Matches(msg, g.keys.Error):
			return g, g.typeCode()
		case key.Matches(msg, g.keys.Open):
			g.browser = linkOpening
			return g, OpenURL(s, g.session.URL())
		case key.Matches(msg, g.keys.Consent) && s.Tasks().CanConsent() && !g.consent:
			g.consent = true
			tasks, ctx, url, seq := s.Tasks(), g.runCtx, g.session.URL(), g.seq
			return g, func() tea.Msg { return signConsentMsg{seq: seq, err: tasks.Consent(ctx, url)} }
		}
	case signPasting, signTyping:
		switch {
		case key.Matches(msg, g.keys.Close):
			g.state, g.problem = signWaiting, nil
			return g, nil
		case key.Matches(msg, g.keys.Submit):
			text := g.input.Value()
			if strings.TrimSpace(text) == "" {
				return g, nil
			}
			if g.state == signTyping {
				return g.stop(oauth.Refusal(text)), nil
			}
			g.input.SetValue("")
			return g.paste(text)
		}
		var cmd tea.Cmd
		g.input, cmd = g.input.Update(msg)
		return g, cmd
	case signFailed:
		if key.Matches(msg, g.keys.Error) {
			return g, g.typeCode()
		}
		var picked int
		g.choice, picked = g.choice.Update(msg)
		switch {
		case picked < 0:
		case guide.SignInFailedMenu[picked].Stay:
			return g, g.start()
		default:
			return g, s.Go(guide.SignInFailedMenu[picked].Act)
		}
	}
	return g, nil
}

// typeCode opens the field for the error Google showed. It works after
// a timeout too: that is what an error page Google never sent back looks
// like.
func (g *OAuthSignInStep) typeCode() tea.Cmd {
	if g.state == signFailed {
		g.seq++ // nothing of the old sign-in counts any more
	}
	g.state, g.problem = signTyping, nil
	g.input = newField(g.s, "› ", "Error 400: …", 200)
	return g.input.Focus()
}

// paste hands a pasted address to the session from a command.
func (g *OAuthSignInStep) paste(text string) (Step, tea.Cmd) {
	g.state = signWaiting
	sess, seq := g.session, g.seq
	return g, func() tea.Msg { return signPastedMsg{seq: seq, err: sess.Paste(text)} }
}

// stop ends the sign-in under way with err (esc, or the error typed):
// its context ends, which closes its port, and what it says later is stale.
func (g *OAuthSignInStep) stop(err error) *OAuthSignInStep {
	if g.cancel != nil {
		g.cancel()
	}
	g.seq++
	return g.fail(err)
}

func (g *OAuthSignInStep) fail(err error) *OAuthSignInStep {
	g.state, g.err, g.consent = signFailed, err, false
	g.choice = newMenu(g.s, guide.Keys(guide.SignInFailedMenu))
	return g
}

// CurrentURL is Google's page, for the copy and QR keys.
func (g *OAuthSignInStep) CurrentURL() string {
	if g.session == nil || g.state == signFailed {
		return ""
	}
	return g.session.URL()
}

// View shows Google's page, what to do without a browser, and the wait;
// or the field; or why the sign-in failed.
func (g *OAuthSignInStep) View() string {
	s := g.s
	st := s.Styles
	switch g.state {
	case signStarting:
		return s.paragraphs(g.spin.View() + " " + s.T("oauthui.signin.starting"))
	case signFailed:
		blocks := []string{st.Error.Render("✗ " + s.T("oauthui.signin.failed")), s.googleProblem(g.err)}
		if code := g.code(); code == oauth.CodeTimeout || code == oauth.CodeCancelled {
			blocks = append(blocks, st.Subtle.Render(s.T("oauthui.signin.errorHint")))
		}
		return s.paragraphs(blocks...) + "\n\n" + g.choice.View(s)
	}
	sess := g.session
	// Hard-wrapped: a long address broken at its hyphens reads as two.
	link := s.wrapped(s.Link(sess.URL()), guide.Width(s.Width), true)
	if g.browser != linkIdle {
		if line := g.browserLine(); line != "" {
			link += "\n" + line
		}
	}
	blocks := []string{s.T("oauthui.signin.intro", s.Answers.Email()), link}
	// The way on comes before the notes, since the window opens at the
	// top (see TopFirst): the demo's enter, or, without a browser here,
	// the ssh tunnel; Google's unverified-app warning after it.
	if s.Tasks().CanConsent() {
		blocks = append(blocks, st.Badge.Render(s.T("oauthui.signin.demo")))
	}
	if g.browser != linkOpened {
		blocks = append(blocks, st.Subtle.Render(s.T("oauthui.signin.ssh", sess.SSHTunnel(), sess.Port())))
	}
	if !s.Tasks().CanConsent() {
		blocks = append(blocks, s.T("oauthui.signin.unverified", s.Opts.AppName))
	}
	switch g.state {
	case signPasting, signTyping:
		prompt := "oauthui.signin.pastePrompt"
		if g.state == signTyping {
			prompt = "oauthui.signin.codePrompt"
		}
		if g.problem != nil {
			blocks = append(blocks, s.googleProblem(g.problem))
		}
		in := g.input
		fitField(&in, st, guide.Width(s.Width))
		return s.paragraphs(append(blocks, s.T(keyOf(prompt)))...) + "\n" + in.View()
	}
	if g.problem != nil {
		blocks = append(blocks, s.googleProblem(g.problem))
	}
	wait := s.T("oauthui.signin.waiting", minutes(g.timeout()))
	if g.consent {
		wait = s.T("oauthui.signin.consenting")
	}
	// Where things stand first, then the address (7 rows at 80x24).
	return s.paragraphs(append([]string{g.spin.View() + " " + wait}, blocks...)...)
}

func (g *OAuthSignInStep) browserLine() string {
	s := g.s
	// Not linkStatus: in the demo this page does open, when a browser can.
	switch g.browser {
	case linkOpened:
		return s.Styles.Subtle.Render(s.T("oauthui.signin.opened"))
	case linkOpening:
		return s.Styles.Subtle.Render(s.T("link.opening"))
	case linkFailed:
		return s.Styles.Warn.Render(s.T("links.openFailed"))
	}
	// No browser here (SSH, no display): the ssh -L line below says what
	// to do instead.
	return ""
}

func (g *OAuthSignInStep) timeout() time.Duration {
	if t := g.s.Opts.Timeouts.SignIn; t > 0 {
		return t
	}
	return guide.DefaultTimeouts.SignIn
}

func (g *OAuthSignInStep) code() string {
	if oe, ok := g.err.(*oauth.Error); ok {
		return oe.Code
	}
	return ""
}

// minutes is a time limit as people read it.
func minutes(d time.Duration) string {
	if d < time.Minute {
		return fmt.Sprintf("%d s", int(d.Seconds()))
	}
	return fmt.Sprintf("%d min", int(d.Minutes()))
}

// Keys depend on the state.
func (g *OAuthSignInStep) Keys() []key.Binding {
	switch g.state {
	case signStarting:
		return []key.Binding{g.keys.Cancel}
	case signWaiting:
		keys := []key.Binding{g.keys.Paste, g.keys.Error, g.keys.Open, g.keys.Cancel}
		if g.s.Tasks().CanConsent() {
			keys = append([]key.Binding{g.keys.Consent}, keys...)
		}
		return keys
	case signPasting, signTyping:
		return []key.Binding{g.keys.Submit, g.keys.Close}
	case signFailed:
		return append(g.choice.Keys(), g.keys.Error)
	}
	return nil
}

// CapturesText is true while a field takes typing.
func (g *OAuthSignInStep) CapturesText() bool { return g.state == signPasting || g.state == signTyping }

// CapturesEsc is true while signing in: esc stops it (or closes a field).
func (g *OAuthSignInStep) CapturesEsc() bool {
	return g.state == signStarting || g.state == signWaiting || g.CapturesText()
}
