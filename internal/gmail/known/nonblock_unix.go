//go:build unix

package known

import "syscall"

// nonBlock keeps open() from waiting for a writer when a FIFO stands where
// a configuration file should be.
const nonBlock = syscall.O_NONBLOCK
