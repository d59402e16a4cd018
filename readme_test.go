package main

import (
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"gmailsetup/internal/i18n"
	"gmailsetup/mailer"
)

var updateReadme = flag.Bool("update-readme", false, "rewrite README.md's troubleshooting section from the catalog")

const (
	troubleStart = "<!-- troubleshooting:start (generated from i18n by readme_test.go: go test . -update-readme) -->"
	troubleEnd   = "<!-- troubleshooting:end -->"
)

// troubleshooting renders the README section from the diagnosis catalog,
// the one source of truth the wizard and the commands also read.
func troubleshooting() string {
	var b strings.Builder
	for _, lang := range i18n.Langs {
		cat := i18n.New(lang)
		fmt.Fprintf(&b, "\n### %s (%s)\n\n%s\n", cat.T("trouble.heading"), lang, cat.T("trouble.intro"))
		// The catch-all goes last; stopping a test yourself needs no help.
		kinds := append(slices.DeleteFunc(mailer.Kinds(), func(k mailer.Kind) bool {
			return k == mailer.KindCanceled || k == mailer.KindUnknown
		}), mailer.KindUnknown)
		for _, k := range kinds {
			name := k.String()
			fmt.Fprintf(&b, "\n**%s**  \n%s: %s  \n%s: %s\n",
				cat.T(i18n.Key("trouble."+name+".title")),
				cat.T("diag.whatLabel"), cat.T(i18n.Key("diag."+name+".what")),
				cat.T("diag.todoLabel"), cat.T(i18n.Key("diag."+name+".todo")))
		}
	}
	return b.String()
}

// TestReadmeTroubleshootingMatchesCatalog keeps the README's troubleshooting
// section word for word what the program says.
func TestReadmeTroubleshootingMatchesCatalog(t *testing.T) {
	for _, k := range mailer.Kinds() {
		if k != mailer.KindCanceled && !i18n.Has(i18n.Key("trouble."+k.String()+".title")) {
			t.Errorf("no troubleshooting title for the kind %s", k)
		}
	}
	data, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	start, end := strings.Index(readme, troubleStart), strings.Index(readme, troubleEnd)
	if start < 0 || end < start {
		t.Fatalf("README.md lacks the markers %q … %q", troubleStart, troubleEnd)
	}
	want := troubleshooting()
	got := readme[start+len(troubleStart) : end]
	if *updateReadme {
		readme = readme[:start+len(troubleStart)] + want + readme[end:]
		if err := os.WriteFile("README.md", []byte(readme), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if got != want {
		t.Fatalf("README.md's troubleshooting section differs from the catalog: run go test . -run TestReadme -update-readme")
	}
}
