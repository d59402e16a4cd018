package steps

import (
	"errors"
	"hash/fnv"
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"gmailsetup/internal/gmail/links"
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
	p.state = p.state.opening()
	return OpenURL(s, url)
}

// Link renders url as text that is also a clickable terminal hyperlink
// (OSC 8), so it works whether or not a browser could be opened. It is laid
// out for the width on lines of its own (see LinkIn).
func (s *Shared) Link(url string) string { return s.LinkIn(url, s.width()) }

// LinkIn lays url out for width: whole on one line when it fits, else cut
// only after a "/", "?" or "&" (never inside a word, an address or a
// parameter's value, as a word wrap would), each line a hyperlink to the
// whole URL with the same id, so a click on any part opens all of it and
// terminals underline it as one link. The text wrap leaves lines that fit
// alone, so the layout never breaks it again; y copies it whole.
func (s *Shared) LinkIn(url string, width int) string {
	id := "id=" + linkID(url)
	rows := urlRows(url, max(width, 10))
	for i, r := range rows {
		rows[i] = ansi.SetHyperlink(url, id) + s.Styles.Link.Render(r) + ansi.ResetHyperlink()
	}
	return strings.Join(rows, "\n")
}

// urlRows cuts url into rows at most width wide, after "/", "?" or "&"
// (or their escaped forms),
// filling each row; a piece longer than a row is cut at the width.
func urlRows(url string, width int) []string {
	var pieces []string
	start := 0
	for i := 0; i < len(url); i++ {
		end := -1
		switch c := url[i]; {
		case (c == '/' || c == '?' || c == '&') && (i+1 == len(url) || url[i+1] != '/'):
			end = i + 1
		case c == '%' && i+3 <= len(url) && encodedBreak[strings.ToUpper(url[i:i+3])]:
			end = i + 3 // an encoded "/", "?" or "&" inside a parameter (a continue= URL)
			i += 2
		}
		if end > 0 {
			pieces = append(pieces, url[start:end])
			start = end
		}
	}
	if start < len(url) {
		pieces = append(pieces, url[start:])
	}
	// A piece too long for a row (a long address in authuser=) is cut
	// further after "=", ".", "-" or an escaped "@", rather than anywhere.
	var tokens []string
	for _, p := range pieces {
		if len(p) <= width {
			tokens = append(tokens, p)
			continue
		}
		start := 0
		for i := 0; i < len(p); i++ {
			switch {
			case p[i] == '=' || p[i] == '.' || p[i] == '-':
				tokens, start = append(tokens, p[start:i+1]), i+1
			case p[i] == '%' && i+3 <= len(p) && strings.EqualFold(p[i:i+3], "%40"):
				tokens, start = append(tokens, p[start:i+3]), i+3
				i += 2
			}
		}
		if start < len(p) {
			tokens = append(tokens, p[start:])
		}
	}
	var rows []string
	row := ""
	for _, p := range tokens {
		if len(row)+len(p) <= width {
			row += p
			continue
		}
		if row != "" {
			rows = append(rows, row)
		}
		for len(p) > width {
			rows = append(rows, p[:width])
			p = p[width:]
		}
		row = p
	}
	if row != "" {
		rows = append(rows, row)
	}
	return rows
}

// encodedBreak are the escaped "/", "?" and "&" a URL may be cut after.
var encodedBreak = map[string]bool{"%2F": true, "%3F": true, "%26": true}

// linkID names a link for OSC 8, the same for every row of it.
func linkID(url string) string {
	h := fnv.New32a()
	h.Write([]byte(url))
	return strconv.FormatUint(uint64(h.Sum32()), 36)
}

// linkStatus is the line under a link saying whether the browser opened.
func (s *Shared) linkStatus(state linkState) string {
	switch {
	case s.Opts.Demo && (state == linkReopening || state == linkReopened):
		return s.Styles.Subtle.Render(s.T("newcomer.link.demoAgain"))
	case s.Opts.Demo && state != linkIdle:
		return s.Styles.Subtle.Render(s.T("link.demo"))
	}
	switch state {
	case linkOpening, linkReopening:
		return s.Styles.Subtle.Render(s.T("link.opening"))
	case linkOpened, linkReopened:
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
	// A link opened again by its key: the same as opening and opened,
	// except in the demo, where nothing opens and the line must still
	// change, or the key seems dead.
	linkReopening
	linkReopened
)

// opening is the state while the link is being opened: again, if it was
// opened before.
func (l linkState) opening() linkState {
	if l == linkIdle {
		return linkOpening
	}
	return linkReopening
}

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
	case l == linkReopening || l == linkReopened:
		return linkReopened
	}
	return linkOpened
}
