package main

import (
	"strings"
	"testing"

	"gmailsetup/internal/i18n"
)

// TestLangFlagNamesTheSystemLanguage: --lang's help says where the
// language comes from, and on Windows and macOS, with none of LC_ALL,
// LC_MESSAGES and LANG set, that is the system's language (issue 20).
// Under wine, with LANG cleared, the help came out in Italian while its
// --lang line still named only the three variables.
func TestLangFlagNamesTheSystemLanguage(t *testing.T) {
	words := map[i18n.Lang][]string{
		i18n.EN: {"LANG", "Windows", "macOS", "system"},
		i18n.IT: {"LANG", "Windows", "macOS", "sistema"},
	}
	for _, lang := range i18n.Langs {
		page := helpPages(t, lang)["gmailsetup "]
		flat := strings.Join(strings.Fields(page), " ")
		i := strings.Index(flat, "--lang ")
		if i < 0 {
			t.Fatalf("%s: no --lang in:\n%s", lang, page)
		}
		line := flat[i:]
		if end := strings.Index(line, " -v, "); end > 0 {
			line = line[:end] // --lang's own text, not the next flag's
		}
		for _, w := range words[lang] {
			if !strings.Contains(line, w) {
				t.Errorf("%s: --lang's help does not name %q: %s", lang, w, line)
			}
		}
	}
}
