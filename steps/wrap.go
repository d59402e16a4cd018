package steps

import (
	"strings"

	"charm.land/lipgloss/v2"
)

// paragraphs joins blocks with blank lines and wraps each to the width, so
// long Italian sentences reflow instead of breaking the layout.
func (s *Shared) paragraphs(blocks ...string) string {
	w := s.Width
	if w <= 0 {
		w = 80
	}
	out := make([]string, 0, len(blocks))
	for _, b := range blocks {
		if b == "" {
			continue
		}
		out = append(out, lipgloss.Wrap(b, w, ""))
	}
	return strings.Join(out, "\n\n")
}
