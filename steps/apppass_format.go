package steps

import (
	"strings"
	"unicode"
)

// AppPasswordLen is how many letters Google's app passwords have.
const AppPasswordLen = 16

// Problem is what is wrong with a pasted app password, if anything.
type Problem int

// The problems NormalizeAppPassword reports.
const (
	ProblemNone       Problem = iota
	ProblemEmpty              // nothing but spaces
	ProblemTooFew             // only letters, fewer than 16
	ProblemTooMany            // only letters, more than 16
	ProblemNotLetters         // digits, symbols or accented letters: not an app password
)

// NormalizeAppPassword turns what was pasted into the 16 lowercase letters
// Gmail expects. Google shows the password as four groups of four, sometimes
// with a trailing space, and terminals add newlines or stray control
// characters to a paste, so spaces (of any kind) and control and format
// characters are dropped and capitals lowered. Anything else that is not an
// ASCII letter means this is not an app password at all, most often the
// account password typed by habit.
//
// With ProblemNone, ProblemTooFew and ProblemTooMany the result holds the
// letters found, so the caller can say how many there were. With
// ProblemNotLetters it is empty. Nothing is ever cut short.
func NormalizeAppPassword(s string) (string, Problem) {
	var b strings.Builder
	b.Grow(AppPasswordLen)
	notLetters := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r), unicode.Is(unicode.Cc, r), unicode.Is(unicode.Cf, r):
			// separators, newlines, zero-width and bidi marks: not part of it
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
		return "", ProblemNotLetters
	case b.Len() == 0:
		return "", ProblemEmpty
	case b.Len() < AppPasswordLen:
		return b.String(), ProblemTooFew
	case b.Len() > AppPasswordLen:
		return b.String(), ProblemTooMany
	}
	return b.String(), ProblemNone
}

// maskedAppPassword is what stands for a saved password on screen.
const maskedAppPassword = "•••• •••• •••• ••••"
