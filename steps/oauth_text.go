package steps

import (
	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
)

func keyOf(s string) i18n.Key { return i18n.Key(s) }

// googleProblem is a refusal from Google or a bad client, file or address,
// in plain words with its fix; any other error (reading a saved sign-in)
// as the storage explains it.
func (s *Shared) googleProblem(err error) string {
	what, todo, ok := guide.GoogleProblem(err)
	if !ok {
		return s.Styles.Error.Render(s.Say(guide.StorageProblem(err)))
	}
	return s.paragraphs(
		s.Styles.Error.Render(s.T("diag.whatLabel")+": ")+s.Say(what),
		s.Styles.Emphasis.Render(s.T("diag.todoLabel")+": ")+s.Say(todo))
}
