//go:build unix && !darwin

package clipboard

import "github.com/atotto/clipboard"

// reachable reports whether a desktop clipboard is within reach: a display
// (X11 or Wayland) and a tool to write it. Over SSH without forwarding, or
// on a console, there is none, and the copy goes through the terminal
// only.
func (c System) reachable() bool {
	if c.Getenv == nil || clipboard.Unsupported {
		return false
	}
	return c.Getenv("DISPLAY") != "" || c.Getenv("WAYLAND_DISPLAY") != ""
}
