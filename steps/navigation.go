package steps

import tea "charm.land/bubbletea/v2"

// A step says where to go by calling one of Shared's navigation methods in
// its Update. The wizard takes the decision as soon as Update returns, in
// the same call, so the next key already reaches the step it leads to: a
// key pressed twice, or a key repeat, can never land on a step no longer on
// screen. The methods return a nil command, so a step writes
// "return a, a.s.Next()".

// NextMsg says the current step is done; the wizard picks the next step from
// the answers (2-Step Verification already on skips TwoSVEnable).
type NextMsg struct{}

// GoToMsg jumps to a step, e.g. "paste again" from a failed test send.
type GoToMsg struct{ To ID }

// QuitMsg ends the wizard normally.
type QuitMsg struct{}

// RestartMsg moves to a step and forgets the way there, so esc does not
// lead back to a screen that no longer applies (the summary of a setup that
// turned out not to exist).
type RestartMsg struct{ To ID }

// Next finishes the current step.
func (s *Shared) Next() tea.Cmd { return s.navigate(NextMsg{}) }

// GoTo jumps to a step.
func (s *Shared) GoTo(id ID) tea.Cmd { return s.navigate(GoToMsg{To: id}) }

// Quit ends the wizard.
func (s *Shared) Quit() tea.Cmd { return s.navigate(QuitMsg{}) }

// Restart moves to id with an empty history.
func (s *Shared) Restart(id ID) tea.Cmd { return s.navigate(RestartMsg{To: id}) }

func (s *Shared) navigate(msg tea.Msg) tea.Cmd {
	s.nav = msg
	return nil
}

// TakeNav returns the navigation decided since the last call, or nil, and
// forgets it: the wizard calls it after every Update it makes.
func (s *Shared) TakeNav() tea.Msg {
	msg := s.nav
	s.nav = nil
	return msg
}
