package steps

import (
	"gmailsetup/internal/guide"
)

// diagnosis renders err for a person, as the guide explains it: what
// happened, what to try, and, in small print, Gmail's own reply.
func (s *Shared) diagnosis(err error) string {
	what, todo, detail := guide.Diagnosis(err)
	blocks := []string{
		s.Styles.Emphasis.Render(s.T("diag.whatLabel")+": ") + s.Say(what),
		s.Styles.Emphasis.Render(s.T("diag.todoLabel")+": ") + s.Say(todo),
	}
	if !detail.IsZero() {
		blocks = append(blocks, s.Styles.Subtle.Render(s.Say(detail)))
	}
	return s.paragraphs(blocks...)
}
