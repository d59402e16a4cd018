package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"gmailsetup/internal/cli"
	"gmailsetup/internal/i18n"
	"gmailsetup/mailer"
)

// troubleFile is the page the README links to for every failure.
const troubleFile = "docs/troubleshooting.md"

var updateReadme = flag.Bool("update-readme", false, "rewrite docs/troubleshooting.md's generated section from the catalog")

const (
	troubleStart = "<!-- troubleshooting:start (generated from i18n by readme_test.go: go test . -update-readme) -->"
	troubleEnd   = "<!-- troubleshooting:end -->"
)

// troubleshooting renders the troubleshooting page's section from the diagnosis catalog,
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

// TestReadmeTroubleshootingMatchesCatalog keeps the troubleshooting page
// the README links to word for word what the program says.
func TestReadmeTroubleshootingMatchesCatalog(t *testing.T) {
	for _, k := range mailer.Kinds() {
		if k != mailer.KindCanceled && !i18n.Has(i18n.Key("trouble."+k.String()+".title")) {
			t.Errorf("no troubleshooting title for the kind %s", k)
		}
	}
	data, err := os.ReadFile(troubleFile)
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	start, end := strings.Index(readme, troubleStart), strings.Index(readme, troubleEnd)
	if start < 0 || end < start {
		t.Fatalf("%s lacks the markers %q … %q", troubleFile, troubleStart, troubleEnd)
	}
	want := troubleshooting()
	got := readme[start+len(troubleStart) : end]
	if *updateReadme {
		readme = readme[:start+len(troubleStart)] + want + readme[end:]
		if err := os.WriteFile(troubleFile, []byte(readme), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if got != want {
		t.Fatalf("%s differs from the catalog: run go test . -run TestReadme -update-readme", troubleFile)
	}
}

// TestReadmeListsEveryCommandAndFlag: the README's table of commands and
// flags names every command a person can run and every flag it takes, so
// a new one cannot ship undocumented.
func TestReadmeListsEveryCommandAndFlag(t *testing.T) {
	data, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	root, _ := newRootCmd(&cli.Env{Cat: i18n.New(i18n.EN)})
	checked := 0
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		if !c.IsAvailableCommand() && c != root && c.Name() != "help" {
			return
		}
		inCode := regexp.MustCompile("`[^`\n]*\\b" + regexp.QuoteMeta(c.Name()) + "\\b[^`\n]*`")
		if c != root && !inCode.MatchString(readme) {
			t.Errorf("README.md does not name the command %q", c.CommandPath())
		}
		c.InitDefaultHelpFlag()
		visit := func(f *pflag.Flag) {
			if f.Hidden {
				return
			}
			checked++
			if !strings.Contains(readme, "--"+f.Name) {
				t.Errorf("README.md does not name %s's flag --%s", c.CommandPath(), f.Name)
			}
		}
		c.LocalFlags().VisitAll(visit)
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
	if checked < 30 {
		t.Fatalf("only %d flags checked: the walk missed commands", checked)
	}
}

// TestReadmeLinksResolve: every relative link of the README and of the
// pages under docs/ points at a file of the repository.
func TestReadmeLinksResolve(t *testing.T) {
	pages, _ := filepath.Glob("docs/*.md")
	pages = append(pages, "README.md")
	link := regexp.MustCompile(`\]\(([^)#]+)(#[^)]*)?\)`)
	for _, page := range pages {
		data, err := os.ReadFile(page)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range link.FindAllStringSubmatch(string(data), -1) {
			target := m[1]
			if strings.Contains(target, "://") {
				continue
			}
			if _, err := os.Stat(filepath.Join(filepath.Dir(page), target)); err != nil {
				t.Errorf("%s links to %s, which is not there", page, target)
			}
		}
	}
}
