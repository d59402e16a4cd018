package storage

import (
	"path/filepath"

	"gmailsetup/internal/safefile"
)

// CleanTemps removes the temp files that saves of the setup at path left
// behind when they were killed mid-way: each may hold the app password.
// Open calls it, so every command that opens the setup does it at start;
// it never blocks and never fails: when another gmailsetup holds the
// folder's lock it is saving, its temp file is in flight, and it cleans up
// itself. Both the link's folder and its target's are cleaned.
func CleanTemps(path string) {
	targets := []string{path}
	if t, err := safefile.Target(path); err == nil && t != path {
		targets = append(targets, t)
	}
	for _, target := range targets {
		unlock, ok := tryLockDir(filepath.Dir(target))
		if !ok {
			continue
		}
		cleanTemps(target)
		unlock()
	}
}
