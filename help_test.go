package main

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"

	"gmailsetup/internal/cli"
	"gmailsetup/internal/i18n"
)

// helpPages runs `--help` for every command of the real tree in lang and
// returns each page by command path.
func helpPages(t *testing.T, lang i18n.Lang) map[string]string {
	t.Helper()
	pages := map[string]string{}
	var paths [][]string
	var collect func(c *cobra.Command, path []string)
	collect = func(c *cobra.Command, path []string) {
		paths = append(paths, path)
		for _, sub := range c.Commands() {
			if !sub.Hidden {
				collect(sub, append(append([]string{}, path...), sub.Name()))
			}
		}
	}
	env := &cli.Env{Cat: i18n.New(lang)}
	root, _ := newRootCmd(env)
	collect(root, nil)
	for _, path := range paths {
		var out bytes.Buffer
		env := &cli.Env{Cat: i18n.New(lang)}
		root, closeDebug := newRootCmd(env)
		root.SetOut(&out)
		root.SetErr(&out)
		root.SetArgs(append(append([]string{}, path...), "--lang", string(lang), "--help"))
		if err := root.Execute(); err != nil {
			t.Fatalf("%v --help: %v", path, err)
		}
		closeDebug()
		pages["gmailsetup "+strings.Join(path, " ")] = out.String()
	}
	if len(pages) < 10 {
		t.Fatalf("only %d help pages found", len(pages))
	}
	return pages
}

// TestHelpFitsEightyColumns: every --help line, in both languages, fits
// an 80-column terminal with a margin, so nothing wraps mid-word there.
func TestHelpFitsEightyColumns(t *testing.T) {
	for _, lang := range i18n.Langs {
		for cmd, page := range helpPages(t, lang) {
			for i, line := range strings.Split(page, "\n") {
				if w := ansi.StringWidth(line); w > cli.HelpWidth {
					t.Errorf("%s (%s) line %d is %d columns:\n%s", cmd, lang, i+1, w, line)
				}
			}
		}
	}
}

// englishFrame is what cobra and pflag print in English by themselves.
var englishFrame = regexp.MustCompile(`Usage:|Flags:|Global Flags|Available Commands|Additional Commands|for more information|help for |version for |\[flags\]|\[command\]|\bstring\b|stringArray|\(default |Generate the autocompletion|Help about any command|\bADDRESS\b|\bPATH\b`)

// TestItalianHelpHasNoEnglishFrame walks every --help in Italian and fails
// on cobra's English headings, type names and placeholders.
func TestItalianHelpHasNoEnglishFrame(t *testing.T) {
	for cmd, page := range helpPages(t, i18n.IT) {
		for i, line := range strings.Split(page, "\n") {
			if m := englishFrame.FindString(line); m != "" {
				t.Errorf("%s line %d has %q:\n%s", cmd, i+1, m, line)
			}
		}
	}
}

// TestHelpKeepsCommandsWhole: a gmailsetup command quoted in a help text
// is never split across lines ("Try it offline first with: gmailsetup" |
// "--demo"), so it can be copied whole.
func TestHelpKeepsCommandsWhole(t *testing.T) {
	next := regexp.MustCompile(`^\s*(--[a-z]|(password|token|rotate|forget|status|test|export|setup|send|credential)\b)`)
	for _, lang := range i18n.Langs {
		for cmd, page := range helpPages(t, lang) {
			lines := strings.Split(page, "\n")
			for i := 0; i+1 < len(lines); i++ {
				if strings.HasSuffix(strings.TrimSpace(lines[i]), "gmailsetup") && next.MatchString(lines[i+1]) {
					t.Errorf("%s (%s) splits a command at line %d:\n%s\n%s", cmd, lang, i+1, lines[i], lines[i+1])
				}
			}
		}
	}
}
