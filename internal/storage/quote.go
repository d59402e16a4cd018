package storage

import "runtime"

// CommandQuote quotes a path for the command a message tells the person to
// type: for a POSIX shell (ShellQuote) on Unix; in double quotes on
// Windows, which cmd and PowerShell both read, and which a Windows path
// cannot contain.
func CommandQuote(path string) string {
	if runtime.GOOS == "windows" {
		return `"` + path + `"`
	}
	return ShellQuote(path)
}
