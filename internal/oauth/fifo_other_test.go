//go:build !unix

package oauth

import "testing"

// mkfifo skips the test: Windows has no named pipes in the file system, so
// the case the test builds cannot happen there. Kept so the package's tests
// compile on every release target (CI vets them for each).
func mkfifo(t *testing.T, path string) {
	t.Helper()
	t.Skip("no FIFOs on this system")
}
