//go:build unix

package cli

import "syscall"

// nonBlock makes opening a FIFO or a device return at once instead of
// waiting for a writer that may never come.
const nonBlock = syscall.O_NONBLOCK
