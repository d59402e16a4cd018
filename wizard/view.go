package wizard

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

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
	if m.current.Numbered() {
		header = s.Styles.Header.Render(s.T("wizard.stepOf", int(m.current)+1, steps.Count))
	}
	if s.Opts.Demo {
		header += "  " + s.Styles.Badge.Render(s.T("wizard.demoBadge"))
	}
	title := s.Styles.Title.Render(cur.Title())
	page := strings.Join([]string{header, title, "", cur.View(), "", m.helpLine(cur)}, "\n")
	v.Content = lipgloss.NewStyle().Margin(1, margin, 0).Render(page)
	return v
}

// helpLine lists the keys that work now: the step's, then back and quit.
func (m *Model) helpLine(cur steps.Step) string {
	bindings := append([]key.Binding(nil), cur.Keys()...)
	back := m.keys.Back
	back.SetEnabled(len(m.history) > 0 && !cur.CapturesEsc())
	// While a field takes letters, q types a q: ctrl+c is the way out.
	quit := m.keys.Quit
	if cur.CapturesText() {
		quit = m.keys.Interrupt
		quit.SetHelp("ctrl+c", m.shared.T("key.quit"))
	}
	bindings = append(bindings, back, quit)
	return m.help.ShortHelpView(bindings)
}
