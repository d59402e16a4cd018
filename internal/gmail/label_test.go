package gmail

import (
	"testing"
	"time"
)

func TestRotationLabel(t *testing.T) {
	dec := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	cases := []struct{ saved, want string }{
		{"", "gmailsetup 2026-12"},
		{"gmailsetup", "gmailsetup 2026-12"},
		{"gmailsetup 2026-11", "gmailsetup 2026-12"},
		{"gmailsetup 2026-12", "gmailsetup 2026-12 (2)"},
		{"gmailsetup 2026-12 (2)", "gmailsetup 2026-12 (3)"},
		{"gmailsetup 2026-12 (9)", "gmailsetup 2026-12 (10)"},
		{"Qui Fattura", "gmailsetup 2026-12"},
	}
	for _, c := range cases {
		got := RotationLabel("gmailsetup", c.saved, dec)
		if got != c.want {
			t.Errorf("RotationLabel(%q) = %q, want %q", c.saved, got, c.want)
		}
		if got == c.saved {
			t.Errorf("RotationLabel(%q) repeats the saved label", c.saved)
		}
	}
}
