package guide

import (
	"errors"

	"gmailsetup/internal/i18n"
	"gmailsetup/internal/safetext"
	"gmailsetup/internal/storage"
)

// reasonOf is an error worded in the message's language when the message
// is (ReasonFor): the system's own English only ever follows a translated
// "technical details" label.
type reasonOf struct{ err error }

func (r reasonOf) Text(cat i18n.Catalog) string { return ReasonFor(cat, r.err) }

// storageMore words the storage failures storageKey has no key for:
// reading the file, locking or finding its folder. Anything else is
// cmd.store.other with its reason.
func storageMore(err error) (i18n.Key, []any) {
	var file *storage.FileError
	if errors.As(err, &file) {
		switch file.Op {
		case storage.OpLocate:
			return "cmd.store.locate", []any{storage.EnvConfig}
		case storage.OpLock:
			return "cmd.store.lock", []any{safetext.Clean(file.Folder()), reasonOf{file.Err}}
		case storage.OpRead:
			return "cmd.store.file", []any{safetext.Clean(file.Path), reasonOf{file.Err}}
		}
	}
	return "cmd.store.other", []any{reasonOf{err}}
}
