//go:build !unix

package storage

import "os"

// tryLockDir only checks that the folder exists: there is no folder lock
// here (see lockDir), and a temp file in flight cannot be removed anyway,
// since Windows does not delete a file that is open.
func tryLockDir(dir string) (unlock func(), ok bool) {
	if _, err := os.Stat(dir); err != nil {
		return nil, false
	}
	return func() {}, true
}
