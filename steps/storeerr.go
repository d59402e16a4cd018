package steps

import (
	"errors"

	"gmailsetup/storage"
)

// storageProblem explains a failure to read or write the saved setup in the
// person's language, with the exact fix where there is one.
func (s *Shared) storageProblem(err error) string {
	var unsafe *storage.UnsafeError
	var syntax *storage.SyntaxError
	switch {
	case err == nil:
		return ""
	case errors.As(err, &unsafe):
		if unsafe.WrongOwner() {
			return s.T("store.unsafeOwner", unsafe.Path)
		}
		return s.T("store.unsafeMode", unsafe.Path, unsafe.Fix)
	case errors.As(err, &syntax):
		return s.T("store.syntax", syntax.Path, syntax.Line)
	case errors.Is(err, storage.ErrKeyringTimeout):
		return s.T("store.keyringTimeout")
	case errors.Is(err, storage.ErrSecretMissing):
		return s.T("store.secretMissing")
	case errors.Is(err, storage.ErrBusy):
		return s.T("store.busy")
	}
	return s.T("store.other", cleanErr(err))
}
