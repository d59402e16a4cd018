package guide

import (
	"testing"

	"gmailsetup/internal/i18n"
	"gmailsetup/internal/storage"
)

// Every problem of a saved Google sign-in has a text of its own, in the
// wizard's words and the commands', in both languages.
func TestOAuthProblemsHaveTexts(t *testing.T) {
	for p := storage.ProblemBadAuth; p <= storage.ProblemStraySecret; p++ {
		for _, prefix := range []string{"store.config.", "cmd.problem."} {
			k := ConfigProblem(p, prefix)
			if k == i18n.Key(prefix+"other") || !i18n.Has(k) {
				t.Errorf("problem %v: no text of its own (%s)", p, k)
			}
		}
	}
}
