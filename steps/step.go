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

// ID names a step; the steps and their order are the guide's.
type ID = guide.ID

// The steps, as the guide names them.
const (
	Account     = guide.Account
	SignIn      = guide.SignIn
	TwoSVStatus = guide.TwoSVStatus
	TwoSVEnable = guide.TwoSVEnable
	AppPassword = guide.AppPassword
	Paste       = guide.Paste
	TestSend    = guide.TestSend
	Save        = guide.Save
	Summary     = guide.Summary
)

// Count is how many steps the "step N of M" header counts.
const Count = guide.Count

// Step is one screen of the wizard. The wizard keeps every step it has built,
// so going back finds what was typed.
type Step interface {
	ID() ID
	// Title is the step's heading, in the person's language.
	Title() string
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
