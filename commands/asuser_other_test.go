//go:build !unix

package commands

import "testing"

// asNobody runs the test as whoever runs it: there is no root to drop
// privileges from here. It exists so the package's tests compile on every
// release target (CI vets them for each); asuser_test.go is the Unix one.
func asNobody(t *testing.T) (parent bool) {
	t.Helper()
	return false
}
