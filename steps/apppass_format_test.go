package steps

import (
	"strings"
	"testing"
)

func TestNormalizeAppPassword(t *testing.T) {
	long := strings.Repeat("abcd ", 40) // 200 characters, 160 letters
	cases := []struct {
		name, in, want string
		problem        Problem
	}{
		{"Google's groups of four", "abcd efgh ijkl mnop", "abcdefghijklmnop", ProblemNone},
		{"no spaces", "abcdefghijklmnop", "abcdefghijklmnop", ProblemNone},
		{"trailing space and newline", "abcd efgh ijkl mnop \n", "abcdefghijklmnop", ProblemNone},
		{"windows newline and tab", "\tabcd efgh ijkl mnop\r\n", "abcdefghijklmnop", ProblemNone},
		{"no-break spaces", "abcd\u00a0efgh\u00a0ijkl\u00a0mnop", "abcdefghijklmnop", ProblemNone},
		{"upper case", "ABCD EFGH IJKL MNOP", "abcdefghijklmnop", ProblemNone},
		{"control characters stripped", "abcd\x00efgh\x1bijkl\u200bmnop\u202e", "abcdefghijklmnop", ProblemNone},
		{"15 letters", "abcd efgh ijkl mno", "abcdefghijklmno", ProblemTooFew},
		{"one letter", "a", "a", ProblemTooFew},
		{"17 letters", "abcd efgh ijkl mnop q", "abcdefghijklmnopq", ProblemTooMany},
		{"pasted twice", "abcd efgh ijkl mnopabcd efgh ijkl mnop", "abcdefghijklmnopabcdefghijklmnop", ProblemTooMany},
		{"200 characters are counted, not cut", long, strings.ReplaceAll(long, " ", ""), ProblemTooMany},
		{"digits", "abcd efgh ijkl mno1", "", ProblemNotLetters},
		{"accented letter", "àbcd efgh ijkl mnop", "", ProblemNotLetters},
		{"a Google password", "Fattura2024!", "", ProblemNotLetters},
		{"dashes", "abcd-efgh-ijkl-mnop", "", ProblemNotLetters},
		{"invalid UTF-8", "abcd efgh ijkl mno\xff", "", ProblemNotLetters},
		{"empty", "", "", ProblemEmpty},
		{"only spaces", "  \n ", "", ProblemEmpty},
	}
	for _, c := range cases {
		got, problem := NormalizeAppPassword(c.in)
		if got != c.want || problem != c.problem {
			t.Errorf("%s: NormalizeAppPassword(%q) = %q, %d; want %q, %d", c.name, c.in, got, problem, c.want, c.problem)
		}
	}
}
