package wizard

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/internal/gmail/links"
	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
)

// osc8 finds a hyperlink's opening: its parameters and its target.
var osc8 = regexp.MustCompile("\x1b\\]8;([^;\x07]*);([^\x07]*)\x07")

// encodedEnd is a row that ends after an escaped "/", "?" or "&".
var encodedEnd = regexp.MustCompile(`(?i)%(2F|3F|26|40)$`)

// linkRows lists, for each hyperlink target in a frame, the text of each
// row that links to it, and fails on a row where a link shares its line
// with other text (a link must be on lines of its own).
func linkRows(t *testing.T, name, frame string) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	for _, line := range strings.Split(frame, "\n") {
		locs := osc8.FindAllStringSubmatchIndex(line, -1)
		for _, l := range locs {
			target := line[l[4]:l[5]]
			if target == "" {
				continue // the reset
			}
			rest := line[l[1]:]
			end := strings.Index(rest, "\x1b]8;;\x07")
			if end < 0 {
				t.Fatalf("%s: a hyperlink to %s is not closed on its line: %q", name, target, line)
			}
			text := ansi.Strip(rest[:end])
			// A panel's border may frame it; nothing else may share it.
			if strings.Trim(ansi.Strip(line), " │") != text {
				t.Errorf("%s: the link to %s shares its line with other text: %q", name, target, ansi.Strip(line))
			}
			if !strings.Contains(line[l[2]:l[3]], "id=") {
				t.Errorf("%s: the link to %s has no id, so its rows are not one link", name, target)
			}
			out[target] = append(out[target], text)
		}
	}
	return out
}

// checkLinksWhole fails unless every link on the frame reads, row after
// row, as exactly its target, each row within the width, and every row
// cut only after a "/", "?" or "&" (or, inside a part longer than a row,
// after "=", ".", "-" or an escaped "@").
func checkLinksWhole(t *testing.T, name, frame string, width int) int {
	t.Helper()
	n := 0
	for target, rows := range linkRows(t, name, frame) {
		n++
		if got := strings.Join(rows, ""); got != target {
			t.Errorf("%s: the link to %s reads %q on screen", name, target, got)
		}
		for i, r := range rows {
			if ansi.StringWidth(r) > width {
				t.Errorf("%s: a row of %s is %d wide, more than %d", name, target, ansi.StringWidth(r), width)
			}
			if i < len(rows)-1 && !strings.ContainsAny(r[len(r)-1:], "/?&=.-") && !encodedEnd.MatchString(r) {
				t.Errorf("%s: %s is cut after %q, inside a word", name, target, r)
			}
		}
	}
	return n
}

// Links stay whole at 60, 80 and 100 columns: on lines of their own, cut
// only between the parts of a URL, every part a hyperlink to the whole.
func TestLinksStayWhole(t *testing.T) {
	for _, size := range [][2]int{{60, 20}, {80, 24}, {100, 30}} {
		for _, lang := range i18n.Langs {
			r := newRig(t, fakegmail.Options{})
			m := r.wizard(lang, ModeAuto)
			d := newDriver(t, m, size[0], size[1])
			width := size[0] - 2*margin
			seen := 0
			look := func(name string) {
				t.Helper()
				seen += checkLinksWhole(t, fmt.Sprintf("%s %s at %dx%d", lang, name, size[0], size[1]), d.raw(), width)
			}
			walkTo(t, d, guide.SignIn)
			look("sign-in")
			d.key("2") // another account: the chooser and logout links
			look("sign-in, other account")
			walkTo(t, d, guide.TwoSVStatus)
			look("2-step verification")
			for range 5 {
				if strings.Contains(ansi.Strip(d.raw()), "two-step-verification?") {
					break
				}
				d.send(tea.KeyPressMsg{Code: tea.KeyPgUp}) // a short window shows the end first
			}
			look("2-step verification, scrolled")
			if !strings.Contains(ansi.Strip(d.raw()), "two-step-verification?") {
				t.Fatalf("the 2-Step Verification link is not on screen:\n%s", d.screen())
			}
			walkTo(t, d, guide.AppPassword)
			look("app password")
			d.key("?")
			look("app password, why panel")
			d.key("esc")
			d.key("y")
			if got := d.lastClip(); got != links.AppPasswords(walkAddress) {
				t.Fatalf("y copied %q, not the whole link", got)
			}
			if seen < 5 {
				t.Fatalf("%dx%d %s: only %d links were checked", size[0], size[1], lang, seen)
			}
		}
	}
}
