package steps

import (
	"strings"

	"charm.land/lipgloss/v2"

	"gmailsetup/internal/guide"
)

// settingRow is one line of a program's settings: the key that copies it,
// its label and its value.
type settingRow struct{ key, label, value string }

// settingsList draws an intro and the rows with their labels aligned, each
// value hanging under itself when it wraps; tail, when not "", is one more
// paragraph under them. alsoAlign is a label that sets the column without
// a row of its own (the password's, when a Google sign-in has none), so
// Ready and step 9 line up the same way.
func (s *Shared) settingsList(intro string, rows []settingRow, alsoAlign, tail string) string {
	width := lipgloss.Width(alsoAlign)
	for _, r := range rows {
		width = max(width, lipgloss.Width(r.label))
	}
	w := guide.Width(s.Width)
	lines := []string{s.Styles.Emphasis.Render(s.wrapped(intro, w, false))}
	for _, r := range rows {
		prefix := "  " + s.Styles.Selected.Render(r.key) + " " + s.Styles.Subtle.Render(r.label+":"+strings.Repeat(" ", width-lipgloss.Width(r.label)+1))
		lines = append(lines, hangWrap(prefix, r.value, w))
	}
	if tail != "" {
		lines = append(lines, hangWrap("  ", tail, w))
	}
	return strings.Join(lines, "\n")
}
