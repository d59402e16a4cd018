package gmail

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestNormalizeAppPassword(t *testing.T) {
	long := strings.Repeat("abcd ", 40) // 200 characters, 160 letters
	cases := []struct {
		name, in, want string
		problem        AppPasswordProblem
	}{
		{"Google's groups of four", "abcd efgh ijkl mnop", "abcdefghijklmnop", AppPasswordOK},
		{"no spaces", "abcdefghijklmnop", "abcdefghijklmnop", AppPasswordOK},
		{"trailing space and newline", "abcd efgh ijkl mnop \n", "abcdefghijklmnop", AppPasswordOK},
		{"windows newline and tab", "\tabcd efgh ijkl mnop\r\n", "abcdefghijklmnop", AppPasswordOK},
		{"no-break spaces", "abcd\u00a0efgh\u00a0ijkl\u00a0mnop", "abcdefghijklmnop", AppPasswordOK},
		{"upper case", "ABCD EFGH IJKL MNOP", "abcdefghijklmnop", AppPasswordOK},
		// A NUL used to be dropped silently: what is used must be what was pasted.
		{"NUL inside", "abcd efgh\x00 ijkl mnop", "", AppPasswordNotLetters},
		{"NUL at the end", "abcdefghijklmnop\x00", "", AppPasswordNotLetters},
		{"escape", "abcd\x1befgh ijkl mnop", "", AppPasswordNotLetters},
		{"DEL", "abcd efgh ijkl mnopq\x7f", "", AppPasswordNotLetters},
		{"zero-width space", "abcd\u200befgh ijkl mnop", "", AppPasswordNotLetters},
		{"bidi override", "abcd efgh ijkl mnop\u202e", "", AppPasswordNotLetters},
		{"BOM", "\ufeffabcd efgh ijkl mnop", "", AppPasswordNotLetters},
		{"form feed and vertical tab are spaces", "abcd\fefgh\vijkl mnop", "abcdefghijklmnop", AppPasswordOK},
		{"15 letters", "abcd efgh ijkl mno", "abcdefghijklmno", AppPasswordTooFew},
		{"one letter", "a", "a", AppPasswordTooFew},
		{"17 letters", "abcd efgh ijkl mnop q", "abcdefghijklmnopq", AppPasswordTooMany},
		{"pasted twice", "abcd efgh ijkl mnopabcd efgh ijkl mnop", "abcdefghijklmnopabcdefghijklmnop", AppPasswordTooMany},
		{"200 characters are counted, not cut", long, strings.ReplaceAll(long, " ", ""), AppPasswordTooMany},
		{"digits", "abcd efgh ijkl mno1", "", AppPasswordNotLetters},
		{"accented letter", "àbcd efgh ijkl mnop", "", AppPasswordNotLetters},
		{"a Google password", "Fattura2024!", "", AppPasswordNotLetters},
		{"dashes", "abcd-efgh-ijkl-mnop", "", AppPasswordNotLetters},
		{"invalid UTF-8", "abcd efgh ijkl mno\xff", "", AppPasswordNotLetters},
		{"empty", "", "", AppPasswordEmpty},
		{"only spaces", "  \n ", "", AppPasswordEmpty},
	}
	for _, c := range cases {
		got, problem := NormalizeAppPassword(c.in)
		if got != c.want || problem != c.problem {
			t.Errorf("%s: NormalizeAppPassword(%q) = %q, %d; want %q, %d", c.name, c.in, got, problem, c.want, c.problem)
		}
	}
}

// The mask stands for any saved password: Google's shape, never a hint of
// the letters.
func TestMaskedAppPassword(t *testing.T) {
	if n := utf8.RuneCountInString(strings.ReplaceAll(MaskedAppPassword, " ", "")); n != AppPasswordLen {
		t.Errorf("mask has %d dots, want %d", n, AppPasswordLen)
	}
	if strings.Trim(MaskedAppPassword, "• ") != "" {
		t.Errorf("mask %q holds something other than dots and spaces", MaskedAppPassword)
	}
}

func TestHasInvisible(t *testing.T) {
	for in, want := range map[string]bool{
		"abcd efgh ijkl mnop\r\n": false,
		"abcd\u00a0efgh":          false,
		"abcd\x00":                true,
		"abcd\u200b":              true,
		"Fattura2024!":            false,
	} {
		if got := HasInvisible(in); got != want {
			t.Errorf("HasInvisible(%q) = %v, want %v", in, got, want)
		}
	}
}
