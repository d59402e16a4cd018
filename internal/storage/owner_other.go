//go:build !unix

package storage

import "io/fs"

// ownedByUs is true where Go does not report owners (Windows): the
// per-user profile folder is private already.
func ownedByUs(fi fs.FileInfo) bool { return true }
