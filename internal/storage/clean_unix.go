//go:build unix

package storage

import (
	"os"
	"syscall"
)

// tryLockDir takes the folder lock lockDir takes, without waiting: false
// when the folder is missing or another process holds the lock.
func tryLockDir(dir string) (unlock func(), ok bool) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, false
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		return nil, false
	}
	return func() { f.Close() }, true
}
