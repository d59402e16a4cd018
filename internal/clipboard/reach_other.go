//go:build !unix || darwin

package clipboard

import "github.com/atotto/clipboard"

// reachable is true on Windows (Win32's clipboard) and macOS (pbcopy),
// where every desktop session has a clipboard, unless the program runs
// over SSH: that clipboard would be the far machine's, not the person's.
// A nil Getenv reaches none.
func (c System) reachable() bool {
	if c.Getenv == nil || clipboard.Unsupported {
		return false
	}
	return c.Getenv("SSH_CONNECTION") == "" && c.Getenv("SSH_TTY") == ""
}
