package steps

import (
	tea "charm.land/bubbletea/v2"

	"gmailsetup/internal/guide"
)

// A step says what happened by calling Go (or Next, or Quit) in its
// Update: an event of the guide, never a step to go to, since where an
// event leads is the guide's graph (guide.Next). The wizard takes the
// decision as soon as Update returns, in the same call, so the next key
// already reaches the step it leads to: a key pressed twice, or a key
// repeat, never lands on a step no longer on screen. The methods return a
// nil command, so a step writes "return a, a.s.Next()".

// Go records ev as what the current Update decided.
func (s *Shared) Go(ev guide.Event) tea.Cmd {
	s.nav = &ev
	return nil
}

// Next says the step is done.
func (s *Shared) Next() tea.Cmd { return s.Go(guide.Done) }

// Quit ends the wizard.
func (s *Shared) Quit() tea.Cmd { return s.Go(guide.Quit) }

// TakeNav returns the event decided since the last call, and forgets it:
// the wizard calls it after every Update it makes.
func (s *Shared) TakeNav() (ev guide.Event, ok bool) {
	if s.nav == nil {
		return 0, false
	}
	ev = *s.nav
	s.nav = nil
	return ev, true
}
