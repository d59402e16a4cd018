// Package steps is the Bubble Tea face of the guide: one small component
// per step, with its view and its keys. What a step asks, how an answer is
// checked, where it leads and the work behind it are the guide's (package
// guide); a step changes the answers through their methods and tells the
// wizard what happened with a guide.Event, never where to go next.
package steps

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"gmailsetup/internal/guide"
)

// Step is one screen of the wizard. The wizard keeps every step it has built,
// so going back finds what was typed.
type Step interface {
	// ID is the guide's step this screen draws; its title and number
	// come from it.
	ID() guide.ID
	// Enter is called each time the step becomes the current one.
	Enter() tea.Cmd
	Update(msg tea.Msg) (Step, tea.Cmd)
	// View renders the step's body for Shared.Width; the wizard draws the
	// header and the help line around it.
	View() string
	// Keys lists the step's own bindings for the help line; disabled ones
	// are not shown.
	Keys() []key.Binding
	// CapturesText is true while a text field has focus: letters are typed,
	// so q does not quit.
	CapturesText() bool
	// CapturesEsc is true while esc belongs to the step (a panel to close, a
	// send to cancel) rather than meaning "back".
	CapturesEsc() bool
}
