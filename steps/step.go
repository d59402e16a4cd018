// Package steps holds one small component per step of the guide: its view,
// its keys and its messages. A step reads and writes the answers it owns in
// Shared and tells the wizard where to go with navigation messages; it never
// decides the order of the steps and never imports the wizard.
package steps

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// ID names a step.
type ID int

// The steps, in the guide's order.
const (
	Account     ID = iota // type the Gmail address
	SignIn                // open the Google Account page, confirm the address
	TwoSVStatus           // is 2-Step Verification on?
	TwoSVEnable           // turn it on: the guide's three pages
	AppPassword           // create the app password on Google's page
	Paste                 // paste it
	TestSend              // send a test mail to yourself
	Save                  // save, verify once more, ready

	// Summary is not one of the guide's steps: a re-run opens on the saved
	// setup, from which the person rotates, checks, adds or replaces.
	Summary
)

// Count is how many steps the "step N of M" header counts.
const Count = int(Save) + 1

// Numbered reports whether id is one of the guide's steps, counted in the
// "step N of M" header.
func (id ID) Numbered() bool { return id >= Account && id <= Save }

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
