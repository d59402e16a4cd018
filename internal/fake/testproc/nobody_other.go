//go:build !unix

package testproc

import "testing"

// AsNobody runs the test as whoever runs it: there is no root to drop
// privileges from here, so it returns false and the caller runs the body,
// as nobody_unix.go does for a caller who is not root. It exists so the
// tests that call it compile on every release target (CI vets them for
// each).
func AsNobody(t *testing.T) (parent bool) {
	t.Helper()
	return false
}
