//go:build unix

package demo

import (
	"errors"
	"os"
	"syscall"
)

// ownedByMe reports whether this user owns the file st describes.
func ownedByMe(st os.FileInfo) bool {
	sys, ok := st.Sys().(*syscall.Stat_t)
	return ok && int(sys.Uid) == os.Getuid()
}

// processAlive reports whether pid names a process. A process of someone
// else's (EPERM) is alive too: its folder is not ours to judge. A pid
// reused since only keeps a dead demo's folder for another time.
func processAlive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
