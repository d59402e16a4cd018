//go:build !unix

package safefile

import "io/fs"

// ownedByUs is true where Go does not report owners (Windows): the
// per-user profile folder is private already.
func ownedByUs(fs.FileInfo) bool { return true }

func folderOK(fs.FileInfo) bool { return true }

func ownerError(path string, _ fs.FileInfo, folder, home bool) error {
	return &OwnerError{Path: path, Folder: folder, Home: home}
}
