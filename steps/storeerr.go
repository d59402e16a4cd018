package steps

import "gmailsetup/internal/guide"

// storageProblem explains a failure to read or write the saved setup in the
// person's language, with the exact fix where there is one.
func (s *Shared) storageProblem(err error) string { return s.Say(guide.StorageProblem(err)) }
