//go:build !unix && !windows

package storage

import "io/fs"

// checkPrivate accepts every file on the systems that are neither Unix nor
// Windows (Plan 9, WebAssembly): there is no owner and mode, or ACL, that Go
// can read there. No release is built for them.
func checkPrivate(path string, fi fs.FileInfo) error { return nil }
