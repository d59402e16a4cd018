package steps

import (
	"strings"

	"gmailsetup/safetext"
)

// The rules about addresses themselves live in package gmail, shared with
// the non-interactive commands; what stays here is about the terminal.

// cleanPasted makes pasted text fit a one-line field: the newline many
// copies end with goes, then terminal escapes and control characters.
func cleanPasted(s string) string {
	return safetext.Clean(strings.TrimRight(s, "\r\n"))
}
