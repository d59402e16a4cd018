//go:build unix

package oauth

import (
	"syscall"
	"testing"
)

// mkfifo makes a named pipe at path, a file that would block a reader.
func mkfifo(t *testing.T, path string) {
	t.Helper()
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Fatal(err)
	}
}
