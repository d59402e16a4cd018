package guide

import (
	"gmailsetup/internal/i18n"
	"gmailsetup/internal/safefile"
)

// Owner is the catalog key and arguments for a write refused because the
// place belongs to another user: the home folder (sudo without -H), a
// folder, or the file itself. Paths are not yet cleaned (Storage does it).
func Owner(e *safefile.OwnerError) (key i18n.Key, args []any, ok bool) {
	key = "owner.file"
	switch {
	case e.Home:
		key = "owner.home"
	case e.Folder:
		key = "owner.folder"
	}
	return key, []any{e.Path, e.OwnerName, e.UserName}, true
}
