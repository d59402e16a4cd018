package steps

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"gmailsetup/internal/i18n"
)

// Paths, hyphenated names and gmailsetup commands never break across
// lines at any width they fit in: "/tmp/gmailsetup-demo-|1102624722",
// "gmailsetup|password --force" and "sessione D-|Bus" did at 80 columns.
func TestWrapKeepsPathsAndCommandsWhole(t *testing.T) {
	const path = "/tmp/gmailsetup-demo-1102624722/config.toml"
	for _, lang := range i18n.Langs {
		cat := i18n.New(lang)
		texts := []string{
			cat.T("windows.clip.notPassword"),
			cat.T("save.label.file") + ": " + path,
			"Setup, with a long enough sentence before it, saved in " + path + " and more words after it.",
			cat.T("newcomer.ready.noBack"),
		}
		for _, k := range []i18n.Key{"save.noSessionBus", "save.keyringLocked"} {
			if i18n.Has(k) {
				texts = append(texts, cat.T(k, path))
			}
		}
		whole := []string{path, "gmailsetup password --force", "D-Bus", "gmailsetup rotate"}
		for width := 30; width <= 76; width++ {
			for _, text := range texts {
				lines := strings.Split(ansi.Strip(softWrap(text, width)), "\n")
				for _, l := range lines {
					if ansi.StringWidth(l) > width {
						t.Errorf("%s width %d: line wider than the screen: %q", lang, width, l)
					}
				}
				flat := strings.Join(lines, "\n")
				for _, w := range whole {
					if strings.Contains(text, w) && len(w) <= width && !strings.Contains(flat, w) {
						t.Errorf("%s width %d: %q broken:\n%s", lang, width, w, flat)
					}
				}
				longest := 0
				for _, w := range strings.Fields(text) {
					longest = max(longest, ansi.StringWidth(w))
				}
				// Only a word wider than the line may be cut.
				if got := strings.Join(strings.Fields(flat), " "); longest <= width && got != strings.Join(strings.Fields(text), " ") {
					t.Errorf("%s width %d: wrapping changed the words:\n%q\n%q", lang, width, got, text)
				}
			}
		}
	}
}
