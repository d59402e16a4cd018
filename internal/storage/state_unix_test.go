//go:build unix

package storage_test

import "syscall"

func init() { mkfifo = syscall.Mkfifo }
