package i18n

import (
	"regexp"
	"testing"
)

// italianWords are words that do not occur in English prose: an English
// text that holds one was left half translated ("helper delle
// credenziali" in export git's English message).
var italianWords = regexp.MustCompile(`(?i)\b(delle|della|degli|dello|nella|nelle|sono|questo|questa|il tuo|la tua|password per le app|credenziali|posta inviata|non è|perché)\b`)

func TestEnglishHasNoItalian(t *testing.T) {
	for _, k := range Keys() {
		if m := italianWords.FindString(catalog[k].en); m != "" {
			t.Errorf("%s: the English text has the Italian %q: %s", k, m, catalog[k].en)
		}
	}
}
