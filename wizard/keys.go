package wizard

import (
	"charm.land/bubbles/v2/key"

	"gmailsetup/internal/i18n"
	"gmailsetup/steps"
)

// keyMap holds the keys the wizard itself answers, before any step sees them.
type keyMap struct {
	Interrupt key.Binding // ctrl+c: stop now, write nothing, exit 130
	Quit      key.Binding // q: only where no text is being typed
	Back      key.Binding // esc: one step back, keeping what was typed
	// pgup/pgdown scroll a step that is taller than the window.
	ScrollUp, ScrollDown key.Binding
}

// newKeyMap builds the wizard's keys with help texts in the person's language.
func newKeyMap(cat i18n.Catalog) keyMap {
	return keyMap{
		Interrupt:  key.NewBinding(key.WithKeys("ctrl+c")),
		Quit:       key.NewBinding(key.WithKeys("q"), key.WithHelp("q", cat.T("key.quit"))),
		Back:       key.NewBinding(key.WithKeys("esc"), key.WithHelp(steps.KeyName(cat, "esc"), cat.T("key.back"))),
		ScrollUp:   key.NewBinding(key.WithKeys("pgup"), key.WithHelp(steps.KeyName(cat, "pgup"), cat.T("key.scroll"))),
		ScrollDown: key.NewBinding(key.WithKeys("pgdown")),
	}
}
