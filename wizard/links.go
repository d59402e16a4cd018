package wizard

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"gmailsetup/internal/gmail/links"
	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
	"gmailsetup/steps"
)

// linkKeys are the keys the wizard answers on a step that shows a link, so
// that a person without a browser here (SSH, a server console) can open the
// link elsewhere: copy it through the terminal, or scan it with a phone.
type linkKeys struct {
	Copy    key.Binding // y: copy the link (OSC 52, works over SSH)
	QR      key.Binding // r: show the link as a QR code
	CloseQR key.Binding // r or esc: back to the step
}

func newLinkKeys(cat i18n.Catalog) linkKeys {
	return linkKeys{
		Copy:    key.NewBinding(key.WithKeys("y"), key.WithHelp("y", cat.T("links.key.copy"))),
		QR:      key.NewBinding(key.WithKeys("r"), key.WithHelp("r", cat.T("links.key.qr"))),
		CloseQR: key.NewBinding(key.WithKeys("r", "esc"), key.WithHelp("r/"+steps.KeyName(cat, "esc"), cat.T("links.key.closeQR"))),
	}
}

// linkState is what the copy and QR keys left on screen. Each is tied to
// the step and the link it was for, so moving on, or the link changing,
// puts the step back as it was.
type linkState struct {
	qrStep     guide.ID
	qrURL      string // the QR code is shown while this is the current link
	copiedStep guide.ID
	copiedURL  string // "copied" is shown until the next key
}

// linkOf is the link cur shows, if the copy and QR keys apply to it: not
// while the step takes typing, where y and r are letters.
func (m *Model) linkOf(cur steps.Step) string {
	l, ok := cur.(steps.Linker)
	if !ok || cur.CapturesText() {
		return ""
	}
	return l.CurrentURL()
}

// showingQR reports whether the QR code replaces cur's body.
func (m *Model) showingQR(cur steps.Step) bool {
	url := m.linkOf(cur)
	return url != "" && m.link.qrStep == m.current && m.link.qrURL == url
}

// handleLinkKey answers y and r on a step with a link, and every key while
// the QR code is shown: the step is hidden then, and its keys would act
// unseen. It reports whether it took the key.
func (m *Model) handleLinkKey(msg tea.KeyPressMsg, cur steps.Step) (tea.Cmd, bool) {
	url := m.linkOf(cur)
	m.link.copiedURL = "" // the notice lasts until the next key
	if url == "" {
		return nil, false
	}
	keys := newLinkKeys(m.shared.Cat)
	switch {
	case key.Matches(msg, keys.Copy):
		m.link.copiedStep, m.link.copiedURL = m.current, url
		return m.shared.Copy(url), true
	case m.showingQR(cur):
		if key.Matches(msg, keys.CloseQR) {
			m.link.qrURL = ""
		}
		return nil, true
	case key.Matches(msg, keys.QR):
		m.link.qrStep, m.link.qrURL = m.current, url
		return nil, true
	}
	return nil, false
}

// linkHelp is the copy and QR keys for the help line, none without a link.
func (m *Model) linkHelp(cur steps.Step) []key.Binding {
	if m.linkOf(cur) == "" {
		return nil
	}
	keys := newLinkKeys(m.shared.Cat)
	if m.showingQR(cur) {
		return []key.Binding{keys.Copy, keys.CloseQR}
	}
	return []key.Binding{keys.Copy, keys.QR}
}

// copied is "link copied" right after y, else "".
func (m *Model) copied(cur steps.Step) string {
	url := m.linkOf(cur)
	if url == "" || m.link.copiedURL != url || m.link.copiedStep != m.current || !m.shared.Clip.Done {
		return ""
	}
	if m.shared.Clip.OK {
		return m.shared.T("windows.clip.link")
	}
	return m.shared.T("links.copied") // through the terminal only, perhaps
}

// linkNotice is the line above the help: "copied" right after y, else
// empty (the blank line the frame always has there).
func (m *Model) linkNotice(cur steps.Step) string {
	s := m.shared
	if c := m.copied(cur); c != "" {
		return s.Styles.OK.Render(ansi.Truncate(c, s.Width, "…"))
	}
	return ""
}

// captionMin is the narrowest column worth putting beside the QR code.
const captionMin = 24

// qrPage is the whole screen while the QR code is shown: the header, the
// code with its caption, the help. It takes the rows of the step's title
// and body, so that a whole code fits 80x24: the largest that fits is
// chosen among links.QRCandidates, with the caption beside it where there
// is room, one line above it (instead of the header) where there is not,
// and, as a last resort on a small window, the code alone.
func (m *Model) qrPage(cur steps.Step, header, help string) string {
	s := m.shared
	url := m.linkOf(cur)
	height := s.Height
	if height <= 0 {
		height = 24
	}
	height -= 1 + lineCount(help) // the top margin and the help
	cands := links.QRCandidates(url)
	for _, c := range cands {
		if side := s.Width - c.Width() - 2; side >= captionMin && c.Height() < height {
			caption := m.qrCaption(cur, c, side)
			if lipgloss.Height(caption) < height {
				return header + "\n" + lipgloss.JoinHorizontal(lipgloss.Top, drawQR(c), "  ", caption) + "\n" + help
			}
		}
		if c.Width() <= s.Width && c.Height() < height {
			line := s.T("links.qr.line")
			if c.Short {
				line = s.T("links.qr.lineShort")
			}
			line = s.Styles.Emphasis.Render(ansi.Truncate(line, s.Width, "…"))
			if notice := m.linkNotice(cur); notice != "" {
				line = notice
			}
			return line + "\n" + drawQR(c) + "\n" + help
		}
	}
	for _, c := range cands {
		if c.Width() <= s.Width && c.Height() <= height {
			return drawQR(c) + "\n" + help
		}
	}
	page := header + "\n" + s.Link(url)
	if n := len(cands); n > 0 {
		small := cands[n-1]
		tooSmall := s.T("links.qr.tooSmall", small.Width()+2*margin, small.Height()+2)
		page += "\n\n" + s.Styles.Warn.Render(lipgloss.Wrap(tooSmall, s.Width, ""))
	}
	return page + "\n\n" + help
}

// qrCaption says what to do with the code, wrapped to width.
func (m *Model) qrCaption(cur steps.Step, c links.QR, width int) string {
	s := m.shared
	parts := []string{s.Styles.Emphasis.Render(s.T("links.qr.title")), s.T("links.qr.scan")}
	if c.Short {
		parts = append(parts, s.Styles.Warn.Render(s.T("links.qr.short", s.Answers.Email())))
	}
	if copied := m.copied(cur); copied != "" {
		parts = append(parts, s.Styles.OK.Render(copied))
	}
	return lipgloss.Wrap(strings.Join(parts, "\n\n"), width, "")
}

// drawQR draws the code dark on light whatever the terminal's colours, as
// scanners expect; its margin is light too, so the code stands out from a
// dark background.
func drawQR(c links.QR) string {
	ink := lipgloss.NewStyle().Foreground(lipgloss.Color("#000000")).Background(lipgloss.Color("#FFFFFF"))
	lines := make([]string, len(c.Lines))
	for i, l := range c.Lines {
		lines[i] = ink.Render(l)
	}
	return strings.Join(lines, "\n")
}
