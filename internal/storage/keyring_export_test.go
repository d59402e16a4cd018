//go:build linux

package storage

// SetRuntimeDirs makes the session bus be looked for only in dirs, for the
// rest of the process: a test child uses it so that a bus socket in the
// real /run/user/<uid> cannot stand in for the missing one.
func SetRuntimeDirs(dirs ...string) {
	runtimeDirs = func() []string { return dirs }
}
