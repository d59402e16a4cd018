//go:build !windows

package safefile

// RestrictToOwner does nothing outside Windows: there the mode bits
// (0600, 0700), set where the file and folder are created, are the
// access list.
func RestrictToOwner(path string, folder bool) error { return nil }
