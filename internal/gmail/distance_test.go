package gmail

import "testing"

// A swap of two neighbours is one slip, as are an insertion, a deletion
// and a substitution; runes count, not bytes; the distance is symmetric.
func TestEditDistance(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"", "gmail", 5},
		{"gmail", "gmail", 0},
		{"gmial", "gmail", 1},     // a swap
		{"gmai", "gmail", 1},      // a deletion
		{"gmaill", "gmail", 1},    // an insertion
		{"gmsil", "gmail", 1},     // a substitution
		{"mgial", "gmail", 2},     // two swaps (Levenshtein: 4)
		{"--meial", "--email", 2}, // the same, in a flag name
		{"perché", "perche", 1},   // one rune, two bytes
		{"città", "cittá", 1},     //
		{"abcdefghijklmnop", "--insecure-storage", 17},
	} {
		if got := EditDistance(c.a, c.b); got != c.want {
			t.Errorf("EditDistance(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
		if got := EditDistance(c.b, c.a); got != c.want {
			t.Errorf("EditDistance(%q, %q) = %d, want %d", c.b, c.a, got, c.want)
		}
	}
}
