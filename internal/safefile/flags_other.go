//go:build !unix

package safefile

// Without O_NOFOLLOW, O_EXCL (which never follows a link when it creates)
// is the guard.
const noFollow = 0
