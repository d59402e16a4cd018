//go:build unix

package oauth

import "syscall"

const openFlags = syscall.O_NOFOLLOW | syscall.O_NONBLOCK
