// Package safetext makes untrusted text safe to print on a terminal.
//
// Server replies and pasted input can carry escape sequences that move the
// cursor, rewrite the screen, plant clickable links or reverse the reading
// order of what follows. Clean leaves only text that prints as what it is.
package safetext

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// Clean returns s without terminal escape sequences (CSI, OSC, DCS, APC and
// the rest), without control characters (C0, DEL and C1), without bidi
// controls and without invalid UTF-8. Tabs, newlines and the Unicode line
// and paragraph separators become spaces so that words stay apart; every
// other control is dropped.
func Clean(s string) string {
	if isPlain(s) {
		return s // the common case: plain ASCII replies need no copy
	}
	// ansi.Strip removes whole sequences, including their parameters and
	// payloads (an OSC 8 URL, say), which dropping only the introducer
	// byte would leave behind as visible garbage.
	s = ansi.Strip(s)
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r == utf8.RuneError && size <= 1 {
			continue // invalid UTF-8: a terminal might read it as a C1 byte
		}
		switch {
		case r == '\t' || r == '\n' || r == '\u2028' || r == '\u2029':
			b.WriteByte(' ')
		case isControl(r) || isBidi(r):
			// dropped
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isPlain reports whether s is printable ASCII only, which Clean returns as
// it is.
func isPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			return false
		}
	}
	return true
}

// isControl reports C0 controls, DEL and C1 controls (U+0080–U+009F, which
// some terminals obey like their ESC-prefixed forms: U+009B is CSI).
func isControl(r rune) bool {
	return r < 0x20 || (r >= 0x7f && r <= 0x9f)
}

// isBidi reports the bidirectional formatting characters, which can make a
// reply display in a different order from the one it has ("Trojan Source").
func isBidi(r rune) bool {
	switch {
	case r >= '\u202a' && r <= '\u202e': // LRE, RLE, PDF, LRO, RLO
		return true
	case r >= '\u2066' && r <= '\u2069': // LRI, RLI, FSI, PDI
		return true
	case r == '\u200e' || r == '\u200f' || r == '\u061c': // LRM, RLM, ALM
		return true
	}
	return false
}
