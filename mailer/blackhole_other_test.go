//go:build !linux

package mailer_test

import "testing"

// blackhole needs Linux's handling of a full accept queue.
func blackhole(t testing.TB) string {
	t.Skip("blackholed listener needs Linux")
	return ""
}
