package gmail

import (
	"strings"
	"unicode"
)

// AppPasswordLen is how many letters Google's app passwords have.
const AppPasswordLen = 16

// AppPasswordProblem is what is wrong with a pasted app password, if
// anything.
type AppPasswordProblem int

// The problems NormalizeAppPassword reports.
const (
	AppPasswordOK         AppPasswordProblem = iota
	AppPasswordEmpty                         // nothing but spaces
	AppPasswordTooFew                        // only letters, fewer than 16
	AppPasswordTooMany                       // only letters, more than 16
	AppPasswordNotLetters                    // digits, symbols or accented letters: not an app password
)

// MaskedAppPassword is what stands for a saved app password on screen: the
// shape Google shows, never the letters, and the same whatever they are.
const MaskedAppPassword = "•••• •••• •••• ••••"

// NormalizeAppPassword turns what was pasted into the 16 lowercase letters
// Gmail expects. Google shows the password as four groups of four,
// sometimes with a trailing space, and a paste or a pipe adds a newline,
// so spaces of any kind (the newline, the tab, the no-break space) are
// dropped and capitals lowered. Anything else that is not an ASCII letter
// means this is not an app password as Google showed it: a digit or a
// symbol is most often the account password typed by habit, and an
// invisible character (NUL, an escape, a zero-width or bidi mark) is
// refused too rather than silently dropped, since what is used must be
// exactly what was pasted, less the spaces.
//
// With AppPasswordOK, AppPasswordTooFew and AppPasswordTooMany the result
// holds the letters found, so the caller can say how many there were. With
// AppPasswordNotLetters it is empty, so the account password typed by
// mistake goes no further. Nothing is ever cut short.
func NormalizeAppPassword(s string) (string, AppPasswordProblem) {
	var b strings.Builder
	b.Grow(AppPasswordLen)
	notLetters := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			// Google's separators, and the newline of a paste or a pipe
		case r >= 'a' && r <= 'z':
			b.WriteRune(r)
		case r >= 'A' && r <= 'Z':
			b.WriteRune(r + ('a' - 'A'))
		default:
			notLetters = true
		}
	}
	switch {
	case notLetters:
		return "", AppPasswordNotLetters
	case b.Len() == 0:
		return "", AppPasswordEmpty
	case b.Len() < AppPasswordLen:
		return b.String(), AppPasswordTooFew
	case b.Len() > AppPasswordLen:
		return b.String(), AppPasswordTooMany
	}
	return b.String(), AppPasswordOK
}

// HasInvisible reports whether s holds a character that neither prints
// nor spaces: a control (NUL, escape, DEL) or a format mark (zero-width,
// bidi). NormalizeAppPassword refuses them; this lets a caller say why.
func HasInvisible(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool {
		return !unicode.IsSpace(r) && (unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r))
	})
}
