package wizard

import "gmailsetup/steps"

// leave tells the step on screen that it is being left (back, on, quit),
// when it holds something open while shown: step 9 closes its watch on
// the inbox at once.
func (m *Model) leave() {
	if l, ok := m.built[m.current].(steps.Leaver); ok {
		l.Leave()
	}
}
