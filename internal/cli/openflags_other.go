//go:build !unix

package cli

// Without O_NOFOLLOW and O_NONBLOCK, O_EXCL (which never follows a link
// when it creates) and the Lstat/Stat checks before opening are the guard.
const (
	noFollow = 0
	nonBlock = 0
)
