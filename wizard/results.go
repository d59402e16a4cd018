package wizard

import (
	"gmailsetup/internal/guide"
	"reflect"

	tea "charm.land/bubbletea/v2"
)

// resultMsg is what a step's command returned, addressed to that step: a
// result goes to the step that asked for it, never to every step, so one
// step's spinner tick or link status cannot change another.
type resultMsg struct {
	to  guide.ID
	msg tea.Msg
}

// teaPkg is Bubble Tea's import path. Messages of its own (quit, a batch, a
// clipboard read) are for the program's runtime and pass unaddressed.
var teaPkg = reflect.TypeFor[tea.QuitMsg]().PkgPath()

// from addresses whatever cmd returns to step id. A batch is addressed part
// by part, since the runtime runs each part itself.
func (m *Model) from(id guide.ID, cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() tea.Msg {
		switch msg := cmd().(type) {
		case nil:
			return nil
		case tea.BatchMsg:
			out := make(tea.BatchMsg, 0, len(msg))
			for _, c := range msg {
				out = append(out, m.from(id, c))
			}
			return out
		default:
			if t := reflect.TypeOf(msg); t.PkgPath() == teaPkg || (t.Kind() == reflect.Pointer && t.Elem().PkgPath() == teaPkg) {
				return msg
			}
			return resultMsg{to: id, msg: msg}
		}
	}
}
