package i18n

import (
	"strings"
	"testing"
)

// screenAreas are the key prefixes of texts the wizard shows on its
// screens (and plain mode prints), where one kind of quotes is used.
var screenAreas = []string{"apppass.", "twosv.", "signin.", "paste.", "test.", "save.", "lastmile.", "account.",
	"link.", "links.", "oauthui.", "wizard.", "summary.", "diag.", "acc.", "newcomer.", "keyring.", "trouble."}

// TestScreenTextsUseOneKindOfQuotes: a screen said “Get started” and
// "Create" a few lines apart. Texts for the screens quote with “ ”, in
// both languages; the commands' texts may show typed syntax with ".
func TestScreenTextsUseOneKindOfQuotes(t *testing.T) {
	checked := 0
	for k, v := range catalog {
		screen := false
		for _, p := range screenAreas {
			screen = screen || strings.HasPrefix(string(k), p)
		}
		if !screen {
			continue
		}
		checked++
		for lang, s := range map[Lang]string{EN: v.en, IT: v.it} {
			if strings.Contains(s, `"`) {
				t.Errorf("%s (%s) quotes with \": %s", k, lang, s)
			}
		}
	}
	if checked < 100 {
		t.Fatalf("only %d screen texts checked", checked)
	}
}
