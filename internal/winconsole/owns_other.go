//go:build !windows

package winconsole

// OwnsConsole is false outside Windows: a terminal stays open after the
// program ends.
func OwnsConsole() bool { return false }
