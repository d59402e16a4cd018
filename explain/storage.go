package explain

import (
	"errors"

	"gmailsetup/i18n"
	"gmailsetup/storage"
)

// Storage is the catalog key and arguments that explain a failure to read
// or write the saved setup, with the exact fix where there is one. ok is
// false for a failure with no text of its own; callers then show the
// error's details.
func Storage(err error) (key i18n.Key, args []any, ok bool) {
	var unsafe *storage.UnsafeError
	var syntax *storage.SyntaxError
	switch {
	case err == nil:
		return "", nil, false
	case errors.As(err, &unsafe):
		if unsafe.WrongOwner() {
			return "store.unsafeOwner", []any{unsafe.Path}, true
		}
		return "store.unsafeMode", []any{unsafe.Path, unsafe.Fix}, true
	case errors.As(err, &syntax):
		return "store.syntax", []any{syntax.Path, syntax.Line}, true
	case errors.Is(err, storage.ErrKeyringTimeout):
		return "store.keyringTimeout", nil, true
	case errors.Is(err, storage.ErrSecretMissing):
		return "store.secretMissing", nil, true
	case errors.Is(err, storage.ErrBusy):
		return "store.busy", nil, true
	}
	return "", nil, false
}
