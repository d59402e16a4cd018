package steps

import (
	"strings"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"gmailsetup/internal/safetext"
)

// The rules about addresses and app passwords live in package gmail,
// shared with the non-interactive commands. What stays here is about the
// terminal: cleaning what was pasted, and the text fields themselves.

// cleanPasted makes pasted text fit a one-line field: the newline many
// copies end with goes, then terminal escapes and control characters.
func cleanPasted(s string) string {
	return safetext.Clean(strings.TrimRight(s, "\r\n"))
}

// newField builds a one-line bubbles text field in the wizard's look, with a
// virtual cursor (the wizard's frame places no real one) that does not
// blink, so an idle screen stays idle.
//
// The field's own ctrl+v is switched off: it would read the clipboard with
// a helper program, which finds nothing over SSH and bypasses the step's
// cleaning. The steps ask the terminal instead (tea.ReadClipboard), and
// decide where the text goes. Its completion keys are off too: no field
// here offers completions, and tab means something else.
func newField(s *Shared, prompt, placeholder string, limit int) textinput.Model {
	in := textinput.New()
	in.Prompt = prompt
	in.Placeholder = placeholder
	in.CharLimit = limit
	in.KeyMap.Paste.SetEnabled(false)
	in.KeyMap.AcceptSuggestion.SetEnabled(false)
	in.KeyMap.NextSuggestion.SetEnabled(false)
	in.KeyMap.PrevSuggestion.SetEnabled(false)
	in.SetStyles(fieldStyles(s.Styles))
	return in
}

// fieldStyles dresses a text field in the wizard's colours: the prompt in
// the accent while it takes keys, the placeholder subdued, the cursor a
// steady block in the accent.
func fieldStyles(st Styles) textinput.Styles {
	focused := textinput.StyleState{
		Text:        st.Body,
		Placeholder: st.Subtle,
		Suggestion:  st.Subtle,
		Prompt:      st.Selected,
	}
	blurred := focused
	blurred.Prompt = st.Subtle
	return textinput.Styles{
		Focused: focused,
		Blurred: blurred,
		Cursor: textinput.CursorStyle{
			Color: st.Selected.GetForeground(),
			Shape: tea.CursorBlock,
		},
	}
}

// full reports whether k types into in with the cursor at the end of a
// full field. Such a key is refused before it reaches the field: a paste
// that the terminal did not bracket arrives as thousands of keys, and the
// field would spend longer on each one the fuller it is (issue 10, item 9).
// The cursor's position is the cheap test: the field's text is not copied.
func full(in textinput.Model, k tea.KeyPressMsg) bool {
	return in.CharLimit > 0 && k.Text != "" && k.Mod&(tea.ModCtrl|tea.ModAlt) == 0 &&
		in.Position() >= in.CharLimit
}

// fitField keeps a field in step with the screen: the styles change once
// the terminal tells its background, and the width with the window. width
// is the whole line, prompt and cursor included.
func fitField(in *textinput.Model, st Styles, width int) {
	in.SetStyles(fieldStyles(st))
	fitWidth(in, width)
}

// fitWidth is fitField without the styles, for Update: it runs for every
// key, and only the width decides where the cursor and the text go (View
// dresses its own copy of the field).
func fitWidth(in *textinput.Model, width int) {
	w := max(width-ansi.StringWidth(in.Prompt)-1, 4)
	if in.Width() == w {
		return
	}
	in.SetWidth(w)
	// The scrolled window was cut for the old width: recut it from the
	// end, then bring the cursor back into sight.
	pos := in.Position()
	in.CursorEnd()
	in.SetCursor(pos)
}
