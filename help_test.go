package main

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"

	"gmailsetup/commands"
	"gmailsetup/i18n"
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
	env := &commands.Env{Cat: i18n.New(lang)}
	root, _ := newRootCmd(env)
	collect(root, nil)
	for _, path := range paths {
		var out bytes.Buffer
		env := &commands.Env{Cat: i18n.New(lang)}
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
				if w := ansi.StringWidth(line); w > commands.HelpWidth {
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

// TestFlagErrorsNeverEchoTheValue: a mistyped flag is named, in the
// person's language, without the text that followed it.
func TestFlagErrorsNeverEchoTheValue(t *testing.T) {
	const secret = "abcdwxyzabcdwxyz"
	cases := [][]string{
		{"--bogus=" + secret},
		{"-x" + secret},
		{"status", "--account"},
		{"status", secret},
		{"setup", "--password-stdin=" + secret},
		{"send", "--to", "a@example.com", "-z" + secret},
	}
	for _, lang := range i18n.Langs {
		for _, args := range cases {
			var out bytes.Buffer
			env := &commands.Env{Cat: i18n.New(lang)}
			root, closeDebug := newRootCmd(env)
			root.SetOut(&out)
			root.SetErr(&out)
			root.SetArgs(append(args, "--lang", string(lang)))
			err := root.Execute()
			closeDebug()
			if err == nil {
				t.Fatalf("%v: no error", args)
			}
			msg := err.Error() + out.String()
			if strings.Contains(msg, secret) {
				t.Errorf("%v (%s) echoes the value: %s", args, lang, msg)
			}
			if lang == i18n.IT && englishFrame.MatchString(msg) || lang == i18n.IT && strings.Contains(msg, "unknown") {
				t.Errorf("%v: English in an Italian error: %s", args, msg)
			}
		}
	}
}
