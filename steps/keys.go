package steps

import (
	"charm.land/bubbles/v2/key"
)

// continueKey is enter, "continue", shared by most steps.
func continueKey(s *Shared) key.Binding {
	return key.NewBinding(key.WithKeys("enter"), key.WithHelp(s.keyName("enter"), s.T("key.continue")))
}

// openKey opens the step's link in the browser again.
func openKey(s *Shared) key.Binding {
	return key.NewBinding(key.WithKeys("o"), key.WithHelp("o", s.T("key.open")))
}

// helpKey toggles a step's explanatory panel.
func helpKey(s *Shared, desc string) key.Binding {
	return key.NewBinding(key.WithKeys("?"), key.WithHelp("?", desc))
}
