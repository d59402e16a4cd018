package steps

import (
	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"
)

// newSpinner is the dot spinner every step that waits shows.
func newSpinner(s *Shared) spinner.Model {
	return spinner.New(spinner.WithSpinner(spinner.Dot), spinner.WithStyle(s.Styles.Subtle))
}

// tick moves sp on for msg while the step is still waiting; once it is
// not, no new tick is asked for and the spinner stops.
func tick(sp *spinner.Model, waiting bool, msg spinner.TickMsg) tea.Cmd {
	if !waiting {
		return nil
	}
	var cmd tea.Cmd
	*sp, cmd = sp.Update(msg)
	return cmd
}
