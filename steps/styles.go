package steps

import (
	"charm.land/lipgloss/v2"
)

// Styles are the wizard's colours and text styles. They are built by
// NewStyles once the terminal has said whether its background is dark.
type Styles struct {
	Header   lipgloss.Style // "Step 3 of 8"
	Title    lipgloss.Style
	Body     lipgloss.Style
	Subtle   lipgloss.Style
	Emphasis lipgloss.Style
	Link     lipgloss.Style
	OK       lipgloss.Style
	Warn     lipgloss.Style
	Error    lipgloss.Style
	Selected lipgloss.Style
	Badge    lipgloss.Style
	Panel    lipgloss.Style // a boxed aside, e.g. "I don't see App passwords"

	// The help line: keys readable, descriptions quieter, separators
	// quietest, all still legible (bubbles' own help greys fall near 2:1
	// contrast on a white background).
	HelpKey, HelpDesc, HelpSep lipgloss.Style
}

// NewStyles builds the styles for a dark or a light background.
func NewStyles(isDark bool) Styles {
	ld := lipgloss.LightDark(isDark)
	accent := ld(lipgloss.Color("#1A5FB4"), lipgloss.Color("#8AB4F8"))
	subtle := ld(lipgloss.Color("#5E5C64"), lipgloss.Color("#9A9996"))
	green := ld(lipgloss.Color("#1C7C3A"), lipgloss.Color("#81C995"))
	amber := ld(lipgloss.Color("#9C5A00"), lipgloss.Color("#FDD663"))
	red := ld(lipgloss.Color("#B3261E"), lipgloss.Color("#F28B82"))
	return Styles{
		Header:   lipgloss.NewStyle().Foreground(subtle),
		Title:    lipgloss.NewStyle().Bold(true).Foreground(accent),
		Body:     lipgloss.NewStyle(),
		Subtle:   lipgloss.NewStyle().Foreground(subtle),
		Emphasis: lipgloss.NewStyle().Bold(true),
		Link:     lipgloss.NewStyle().Foreground(accent).Underline(true),
		OK:       lipgloss.NewStyle().Foreground(green).Bold(true),
		Warn:     lipgloss.NewStyle().Foreground(amber),
		Error:    lipgloss.NewStyle().Foreground(red).Bold(true),
		Selected: lipgloss.NewStyle().Foreground(accent).Bold(true),
		Badge:    lipgloss.NewStyle().Foreground(amber).Bold(true),
		Panel:    lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(subtle).Padding(0, 1),
		HelpKey:  lipgloss.NewStyle().Foreground(ld(lipgloss.Color("#3D3846"), lipgloss.Color("#C0BFBC"))),
		HelpDesc: lipgloss.NewStyle().Foreground(subtle),
		HelpSep:  lipgloss.NewStyle().Foreground(ld(lipgloss.Color("#9A9996"), lipgloss.Color("#5E5C64"))),
	}
}
