package steps

import tea "charm.land/bubbletea/v2"

// NextMsg says the current step is done; the wizard picks the next step from
// the answers (2-Step Verification already on skips TwoSVEnable).
type NextMsg struct{}

// GoToMsg jumps to a step, e.g. "paste again" from a failed test send.
type GoToMsg struct{ To ID }

// BackMsg goes back one step, as esc does.
type BackMsg struct{}

// QuitMsg ends the wizard normally.
type QuitMsg struct{}

// Next is a command that finishes the current step.
func Next() tea.Msg { return NextMsg{} }

// Back is a command that goes back one step.
func Back() tea.Msg { return BackMsg{} }

// Quit is a command that ends the wizard.
func Quit() tea.Msg { return QuitMsg{} }

// GoTo returns a command that jumps to a step.
func GoTo(id ID) tea.Cmd { return func() tea.Msg { return GoToMsg{To: id} } }

// RestartMsg moves to a step and forgets the way there, so esc does not
// lead back to a screen that no longer applies (the summary of a setup that
// turned out not to exist).
type RestartMsg struct{ To ID }

// Restart returns a command that moves to id with an empty history.
func Restart(id ID) tea.Cmd { return func() tea.Msg { return RestartMsg{To: id} } }
