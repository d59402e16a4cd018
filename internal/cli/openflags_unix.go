//go:build unix

package cli

import "syscall"

// noFollow makes open refuse a symbolic link as the last component of the
// path; nonBlock makes opening a FIFO or a device return at once instead
// of waiting for a writer that may never come.
const (
	noFollow = syscall.O_NOFOLLOW
	nonBlock = syscall.O_NONBLOCK
)
