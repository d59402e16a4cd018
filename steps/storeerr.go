package steps

import (
	"gmailsetup/explain"
)

// storageProblem explains a failure to read or write the saved setup in the
// person's language, with the exact fix where there is one.
func (s *Shared) storageProblem(err error) string {
	if err == nil {
		return ""
	}
	if key, args, ok := explain.Storage(err); ok {
		return s.T(key, args...)
	}
	return s.T("store.other", cleanErr(err))
}
