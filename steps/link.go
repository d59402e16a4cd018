package steps

import (
	"errors"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"gmailsetup/links"
)

// openTimeout bounds a browser launch: a hung xdg-open must not hang the
// wizard, and the URL is on screen anyway.
const openTimeout = 5 * time.Second

// LinkOpenedMsg reports how opening a URL went. A failure is not an error
// for the person: the link is shown as text and they can open it themselves.
type LinkOpenedMsg struct {
	URL string
	Err error
}

// OpenURL returns a command that opens url with opener, giving up after
// openTimeout. The opener is captured now; nothing runs in Update.
func OpenURL(opener Opener, url string) tea.Cmd {
	if opener == nil {
		return nil
	}
	return func() tea.Msg {
		done := make(chan error, 1)
		go func() { done <- opener.Open(url) }()
		select {
		case err := <-done:
			return LinkOpenedMsg{URL: url, Err: err}
		case <-time.After(openTimeout):
			return LinkOpenedMsg{URL: url, Err: errOpenTimeout}
		}
	}
}

type openTimeoutError struct{}

func (openTimeoutError) Error() string { return "the browser did not start in time" }

var errOpenTimeout error = openTimeoutError{}

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
