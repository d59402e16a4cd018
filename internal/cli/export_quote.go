package cli

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Quoting for the files export writes. Each tool reads its file with its
// own rules, and a value from the setup file may have been edited by hand,
// so every value goes through the quoting of the file it lands in, and a
// value the file cannot hold is refused rather than written broken.

// plainChars never need quoting in a shell, an msmtp file or a git config.
const plainChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@%+=:,./_-"

// isPlain reports whether s is non-empty and made only of plainChars.
func isPlain(s string) bool {
	return s != "" && strings.Trim(s, plainChars) == ""
}

// hasControl reports whether s holds a character that ends or hides a line
// in some reader: C0 and C1 controls, DEL, and Unicode's line and paragraph
// separators.
func hasControl(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool {
		return unicode.IsControl(r) || r == '\u2028' || r == '\u2029'
	})
}

// shellArg is s as one word for a POSIX shell (sh -c, which msmtp's
// passwordeval and git's "!" helpers run): bare when it needs no quoting,
// else in single quotes, where every byte but NUL stands for itself; a
// single quote inside closes the quotes, adds an escaped quote and opens
// them again. ok is false for a NUL, which no shell word can hold.
func shellArg(s string) (word string, ok bool) {
	if strings.IndexByte(s, 0) >= 0 {
		return "", false
	}
	if isPlain(s) {
		return s, true
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'", true
}

// msmtpLineMax is the longest line msmtp reads, newline excluded: its
// buffer holds 500 bytes, and a line that fills it is refused as too long.
const msmtpLineMax = 499

// msmtpArg is s as an msmtp command's argument. msmtp takes the rest of the
// line after the command, trims blanks at both ends, and drops one pair of
// double quotes around it; nothing is escaped inside, so a quote or a
// backslash in s stands for itself. The quotes keep blanks at the ends.
// ok is false when s holds a line break or another control character,
// which would end or garble the line.
func msmtpArg(s string) (arg string, ok bool) {
	if hasControl(s) {
		return "", false
	}
	if isPlain(s) {
		return s, true
	}
	return `"` + s + `"`, true
}

// gitValue is s as a value in a git config file: bare when plain, else in
// double quotes with backslash, quote, newline and tab escaped as git
// reads them. Without the quotes, # and ; would start a comment and blanks
// at the ends would be lost. ok is false for other control characters.
func gitValue(s string) (value string, ok bool) {
	if strings.ContainsFunc(s, func(r rune) bool {
		return r != '\n' && r != '\t' && unicode.IsControl(r)
	}) {
		return "", false
	}
	if isPlain(s) {
		return s, true
	}
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\t", `\t`)
	return `"` + r.Replace(s) + `"`, true
}

// gitText is gitValue for a value that is one line of text by nature, an
// address or a host name: a line break in it is refused, not escaped.
func gitText(s string) (string, bool) {
	if hasControl(s) {
		return "", false
	}
	return gitValue(s)
}

// gitSubsection is s as a git config subsection name, `"s"`: git reads \"
// and \\ there and nothing else, and a line break cannot be in one.
func gitSubsection(s string) (string, bool) {
	if hasControl(s) {
		return "", false
	}
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`, true
}

// netrcToken reports whether s can be one token in a netrc file as every
// reader splits it: no blanks, no quotes or backslashes (which only some
// readers unquote), and no # at the start (a comment to others).
func netrcToken(s string) bool {
	return s != "" && !hasControl(s) && utf8.ValidString(s) && !strings.HasPrefix(s, "#") &&
		!strings.ContainsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '"' || r == '\'' || r == '\\' })
}
