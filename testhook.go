package main

import (
	tea "charm.land/bubbletea/v2"
)

// panicHook, when set in the environment, makes the wizard's first command
// panic. It exists for e2e/panic_test.go, which checks from outside the
// process that a panic in a command still restores the terminal; unset, it
// changes nothing.
const panicHook = "GMAILSETUP_TEST_PANIC"

// panicky is the wizard with an Init whose command panics.
type panicky struct{ tea.Model }

func (p panicky) Init() tea.Cmd {
	return func() tea.Msg { panic(panicHook) }
}
