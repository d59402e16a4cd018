package i18n

import (
	"regexp"
	"strings"
	"testing"
)

// glossary holds one Italian term per concept. Each rule is a variant the
// catalog must not use, and the term to write instead.
var glossary = []struct {
	banned *regexp.Regexp
	use    string
}{
	{regexp.MustCompile(`portachiavi del(?:l[ao])? sistema`), "portachiavi di sistema"},
	{regexp.MustCompile(`file della configurazione`), "file di configurazione"},
	{regexp.MustCompile(`(?i)password (?:dell'app|delle app|per app\b|app\b|specifica)`), "password per le app"},
	{regexp.MustCompile(`(?i)verifica in 2 passaggi|autenticazione a due fattori`), "verifica in due passaggi"},
	{regexp.MustCompile(`(?i)\bpremi\s+[“"«]`), "clicca su “…” for Google's buttons (premi is for keys)"},
	{regexp.MustCompile(`(?i)\bclicca\s+[“"«]`), "clicca su “…”"},
	{regexp.MustCompile(`(?i)\bpremi\s+(?:enter|space|return)\b`), "premi invio / premi spazio"},
	{regexp.MustCompile(`"(?:Password per le app|Crea|Genera|Verifica in due passaggi|Sicurezza|Avanti|Attiva|Accedi|Nome app)"`), "curly quotes “…” around Google's labels"},
}

// TestGlossary fails when the Italian catalog uses a banned variant of a
// glossary term.
func TestGlossary(t *testing.T) {
	for key, text := range catalog {
		for _, g := range glossary {
			if m := g.banned.FindString(text.it); m != "" {
				t.Errorf("%s: %q; write %s", key, m, g.use)
			}
		}
		if i := midSentence(text.it, "Verifica in due passaggi"); i >= 0 {
			t.Errorf("%s: capital “Verifica in due passaggi” in running text (at %d); lower case outside quotes and titles", key, i)
		}
	}
}

// midSentence finds term where it is capitalised only because it was
// copied from a heading: not at the start, not after a quote or a full stop.
func midSentence(s, term string) int {
	for off := 0; ; {
		i := strings.Index(s[off:], term)
		if i < 0 {
			return -1
		}
		i += off
		before := strings.TrimRight(s[:i], " ")
		switch {
		case before == "", strings.HasSuffix(before, "“"), strings.HasSuffix(before, "\""),
			strings.HasSuffix(before, "."), strings.HasSuffix(before, "?"), strings.HasSuffix(before, "!"),
			strings.HasSuffix(before, "\n"), strings.HasSuffix(before, "«"), strings.HasSuffix(before, "("):
		default:
			return i
		}
		off = i + len(term)
	}
}
