//go:build !unix

package cli

// Without O_NONBLOCK, the Stat checks before opening are the guard.
const nonBlock = 0
