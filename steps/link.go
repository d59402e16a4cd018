package steps

import (
	"errors"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"gmailsetup/links"
)

// LinkOpenedMsg reports how opening a URL went. A failure is not an error
// for the person: the link is shown as text and they can open it themselves.
type LinkOpenedMsg struct {
	URL string
	Err error
}

// OpenURL returns a command that opens url through the guide, which gives
// up after its time limit or when the run ends. Everything is captured now;
// nothing runs in Update.
func OpenURL(s *Shared, url string) tea.Cmd {
	if s.Deps.Opener == nil {
		return nil
	}
	tasks, ctx := s.Tasks(), s.ctx()
	return func() tea.Msg { return LinkOpenedMsg{URL: url, Err: tasks.Open(ctx, url)} }
}

// page is a step's link to one Google page for the address in the answers.
// It opens once per address, when the step is entered: coming back should
// not pop the browser up unasked, but a new address needs its own page.
type page struct {
	email     string // the address the link is for
	openedFor string // the address whose page was opened on arrival
	state     linkState
}

// enter follows the answers' address and opens url(address) if it was not
// opened for it yet. changed reports a new address, for the step to forget
// what it showed for the old one.
func (p *page) enter(s *Shared, url func(email string) string) (cmd tea.Cmd, changed bool) {
	if email := s.Answers.Email(); p.email != email {
		p.email, p.state, changed = email, linkIdle, true
	}
	if p.openedFor == p.email {
		return nil, changed
	}
	p.openedFor = p.email
	return p.open(s, url(p.email)), changed
}

// open opens url again (the o key).
func (p *page) open(s *Shared, url string) tea.Cmd {
	p.state = linkOpening
	return OpenURL(s, url)
}

// Link renders url as text that is also a clickable terminal hyperlink
// (OSC 8), so it works whether or not a browser could be opened.
func (s *Shared) Link(url string) string {
	return ansi.SetHyperlink(url) + s.Styles.Link.Render(url) + ansi.ResetHyperlink()
}

// linkStatus is the line under a link saying whether the browser opened.
func (s *Shared) linkStatus(state linkState) string {
	if s.Opts.Demo && state != linkIdle {
		return s.Styles.Subtle.Render(s.T("link.demo"))
	}
	switch state {
	case linkOpening:
		return s.Styles.Subtle.Render(s.T("link.opening"))
	case linkOpened:
		return s.Styles.Subtle.Render(s.T("link.opened"))
	case linkFailed:
		return s.Styles.Warn.Render(s.T("links.openFailed"))
	case linkNoBrowserSSH:
		return s.Styles.Warn.Render(s.T("links.noBrowserSSH"))
	case linkNoBrowserHere:
		return s.Styles.Warn.Render(s.T("links.noBrowserHere"))
	}
	return ""
}

// linkState tracks one opened link for its status line.
type linkState int

const (
	linkIdle linkState = iota
	linkOpening
	linkOpened
	linkFailed
	linkNoBrowserSSH  // over SSH: open it on the person's own computer or phone
	linkNoBrowserHere // no graphical display on this machine
)

// next moves the state on for msg when msg is about url.
func (l linkState) next(url string, msg LinkOpenedMsg) linkState {
	if msg.URL != url {
		return l
	}
	var none *links.NoBrowserError
	switch {
	case errors.As(msg.Err, &none) && none.Reason == links.ReasonSSH:
		return linkNoBrowserSSH
	case errors.As(msg.Err, &none):
		return linkNoBrowserHere
	case msg.Err != nil:
		return linkFailed
	}
	return linkOpened
}
