package wizard

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"gmailsetup/internal/i18n"
	"gmailsetup/steps"
)

// margin is the blank column kept on the left and right of the screen.
const margin = 2

// Smallest terminal the wizard draws in; below it, it asks for more room.
const (
	minWidth  = 40
	minHeight = 12
)

func contentWidth(termWidth int) int { return max(termWidth-2*margin, 20) }

// View draws the header, the current step and the help line.
func (m *Model) View() tea.View {
	var v tea.View
	v.AltScreen = true
	v.WindowTitle = m.shared.T("wizard.app")
	if m.quitting {
		return v
	}
	s := m.shared
	termWidth := s.Width + 2*margin
	if termWidth < minWidth || (s.Height > 0 && s.Height < minHeight) {
		v.Content = lipgloss.Wrap(s.T("wizard.tooSmall", minWidth, minHeight), termWidth, "")
		return v
	}
	cur := m.step()
	header := s.Styles.Header.Render(s.T("wizard.app"))
	if c := m.current.Counter(); !c.IsZero() {
		header = s.Styles.Header.Render(s.Say(c))
	}
	if s.Opts.Demo {
		header += "  " + s.Styles.Badge.Render(s.T("wizard.demoBadge"))
	}
	title := s.Styles.Title.Render(s.T(m.current.Title()))
	body, help := m.bodyAndHelp(cur)
	page := strings.Join([]string{header, title, "", body, m.linkNotice(cur), help}, "\n")
	if m.showingQR(cur) {
		page = m.qrPage(cur, header, m.helpLine(cur, false))
	}
	v.Content = withMargin(page)
	return v
}

// chromeRows are the rows around a step's body: the top margin, header,
// title and two blank lines.
const chromeRows = 5

// bodyAndHelp fits the current step's body into the rows the window has
// left, and names pgup/pgdn in the help when the body had to be cut.
func (m *Model) bodyAndHelp(cur steps.Step) (body, help string) {
	help = m.helpLine(cur, false)
	rows := m.shared.Height - lineCount(help) - chromeRows
	top := topFirst(cur)
	body, hidden := fitBody(cur.View(), rows, m.scroll, top, m.shared)
	if hidden > 0 {
		help = m.helpLine(cur, true)
		body, _ = fitBody(cur.View(), m.shared.Height-lineCount(help)-chromeRows, m.scroll, top, m.shared)
	}
	return body, help
}

// topFirst reports whether cur opens at its top on a small window; scroll
// then counts rows down from the top instead of up from the bottom.
func topFirst(cur steps.Step) bool {
	t, ok := cur.(steps.TopFirst)
	return ok && t.TopFirst()
}

// hiddenRows is how many rows of the current step do not fit the window;
// pgup can scroll that far.
func (m *Model) hiddenRows() int {
	cur := m.step()
	help := m.helpLine(cur, true)
	_, hidden := fitBody(cur.View(), m.shared.Height-lineCount(help)-chromeRows, 0, topFirst(cur), m.shared)
	return hidden
}

// withMargin puts a blank line above the page and a blank column on its
// left. Done by hand: lipgloss' Margin pads every line to the full width,
// which costs a third of a frame and changes nothing on screen.
func withMargin(page string) string {
	pad := strings.Repeat(" ", margin)
	return "\n" + pad + strings.ReplaceAll(page, "\n", "\n"+pad)
}

func lineCount(s string) int { return strings.Count(s, "\n") + 1 }

// fitBody makes a step's body fit rows. First the blank lines between
// paragraphs go; if it is still too tall, it shows a window of it that ends
// at the bottom, where the question and the choices are, scroll rows up,
// under a line saying more is hidden; or, for a step whose top matters
// most (fromTop), a window that starts at the top, scroll rows down, over
// that line. hidden is how many rows are not shown.
func fitBody(body string, rows, scroll int, fromTop bool, s *steps.Shared) (fitted string, hidden int) {
	if rows <= 0 || lineCount(body) <= rows {
		return body, 0
	}
	// Blank lines go; where each paragraph starts is remembered, so the
	// window does not open on the middle of one (half a link reads as a
	// different link).
	var compact []string
	starts := map[int]bool{}
	newPara := true
	for _, l := range strings.Split(body, "\n") {
		if strings.TrimSpace(ansi.Strip(l)) == "" {
			newPara = true
			continue
		}
		if newPara {
			starts[len(compact)] = true
		}
		newPara = false
		compact = append(compact, l)
	}
	if len(compact) <= rows {
		return strings.Join(compact, "\n"), 0
	}
	rows = max(rows-1, 1) // one row says more is hidden
	hidden = len(compact) - rows
	scroll = min(scroll, hidden)
	if fromTop {
		start := scroll
		end := start + rows
		for last := end; end < len(compact) && last > start+rows/2; last-- {
			if starts[last] {
				end = last // give up a few rows rather than cut a paragraph
				break
			}
		}
		more := "wizard.moreBoth"
		switch {
		case start == 0:
			more = "wizard.moreBelow"
		case end == len(compact):
			more = "wizard.moreAbove"
		}
		window := strings.Join(compact[start:end], "\n")
		if start == 0 {
			// The top is the point: the line about the rest goes under it.
			return window + "\n" + s.Styles.Subtle.Render(s.T(i18n.Key(more))), hidden
		}
		return s.Styles.Subtle.Render(s.T(i18n.Key(more))) + "\n" + window, hidden
	}
	end := len(compact) - scroll
	start := end - rows
	for first := start; first < end-rows/2; first++ {
		if starts[first] {
			start = first // give up a few rows rather than cut a paragraph
			break
		}
	}
	more := "wizard.moreAbove"
	switch {
	case start == 0:
		more = "wizard.moreBelow"
	case scroll > 0:
		more = "wizard.moreBoth"
	}
	return s.Styles.Subtle.Render(s.T(i18n.Key(more))) + "\n" + strings.Join(compact[start:end], "\n"), hidden
}

// helpLine lists the keys that work now: the step's, then back and quit.
// When they do not fit the width they wrap onto more lines: on a narrow
// terminal no key may be lost (bubbles' help would cut the line short).
func (m *Model) helpLine(cur steps.Step, scrolling bool) string {
	bindings := append([]key.Binding(nil), cur.Keys()...)
	if m.showingQR(cur) {
		bindings = nil // the step is hidden behind the QR code
	}
	bindings = append(bindings, m.linkHelp(cur)...)
	back := m.keys.Back
	back.SetEnabled(len(m.history) > 0 && !cur.CapturesEsc() && !m.showingQR(cur))
	// While a field takes letters, q types a q: ctrl+c is the way out.
	quit := m.keys.Quit
	if cur.CapturesText() {
		quit = m.keys.Interrupt
		quit.SetHelp(steps.KeyName(m.shared.Cat, "ctrl+c"), m.shared.T("key.quit"))
	}
	bindings = append(bindings, back, quit)
	if scrolling {
		bindings = append(bindings, m.keys.ScrollUp)
	}

	// Each key is measured once; a line holds keys while they fit.
	h := m.help
	h.SetWidth(0) // we wrap ourselves
	sep := ansi.StringWidth(h.ShortSeparator)
	var lines []string
	var line []key.Binding
	width := 0
	for _, b := range bindings {
		if !b.Enabled() {
			continue
		}
		w := ansi.StringWidth(b.Help().Key) + 1 + ansi.StringWidth(b.Help().Desc)
		if len(line) > 0 && width+sep+w > m.shared.Width {
			lines = append(lines, h.ShortHelpView(line))
			line, width = nil, 0
		}
		if len(line) > 0 {
			width += sep
		}
		line, width = append(line, b), width+w
	}
	if len(line) > 0 {
		lines = append(lines, h.ShortHelpView(line))
	}
	return strings.Join(lines, "\n")
}
