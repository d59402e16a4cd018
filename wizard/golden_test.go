package wizard

import (
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"gmailsetup/internal/i18n"
)

// counterRE matches the "Step N of M" heading in every language: its
// numbers follow from the step's ID (TestFastKeysLandWhereSinglePressesDo
// checks them on screen), so a golden screen does not pin them and a step
// added to the guide rewrites no golden.
var counterRE = func() *regexp.Regexp {
	var alts []string
	for _, lang := range i18n.Langs {
		text := regexp.QuoteMeta(i18n.New(lang).T("wizard.stepOf", 7, 9))
		text = strings.Replace(text, "7", `\d+`, 1)
		alts = append(alts, strings.Replace(text, "9", `\d+`, 1))
	}
	return regexp.MustCompile(strings.Join(alts, "|"))
}()

// requireScreen compares a screen with its golden file, named by the test
// (and so by the step's ID), with the step counter set aside. -update
// writes the file.
func requireScreen(t *testing.T, screen string) {
	t.Helper()
	if f := flag.Lookup("update"); f != nil && f.Value.String() == "true" {
		golden.RequireEqual(t, screen)
		return
	}
	want, err := os.ReadFile(filepath.Join("testdata", t.Name()+".golden"))
	if err != nil {
		t.Fatal(err)
	}
	if counterRE.ReplaceAllString(string(want), "Step N of M") == counterRE.ReplaceAllString(screen, "Step N of M") {
		return
	}
	golden.RequireEqual(t, screen) // prints the difference
}
