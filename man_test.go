package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gmailsetup/internal/cli"
	"gmailsetup/internal/i18n"
)

// TestManPages runs the hidden __man command as make dist does, in each
// language: one page per command people can run, each in that language,
// and none for the hidden command itself.
func TestManPages(t *testing.T) {
	for _, lang := range i18n.Langs {
		t.Run(string(lang), func(t *testing.T) {
			dir := t.TempDir()
			var out bytes.Buffer
			env := &cli.Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &out, Cat: i18n.New(lang)}
			root, closeDebug := newRootCmd(env)
			defer closeDebug()
			root.SetArgs([]string{"__man", "--lang", string(lang), dir})
			root.SetOut(&out)
			root.SetErr(&out)
			if err := root.Execute(); err != nil {
				t.Fatalf("__man: %v\n%s", err, out.String())
			}
			for _, c := range root.Commands() {
				if !c.IsAvailableCommand() {
					if _, err := os.Stat(filepath.Join(dir, "gmailsetup-"+c.Name()+".1")); err == nil {
						t.Errorf("a page for the hidden command %s", c.Name())
					}
					continue
				}
				if _, err := os.Stat(filepath.Join(dir, "gmailsetup-"+c.Name()+".1")); err != nil {
					t.Errorf("no page for %s: %v", c.Name(), err)
				}
			}
			page, err := os.ReadFile(filepath.Join(dir, "gmailsetup.1"))
			if err != nil {
				t.Fatal(err)
			}
			short := i18n.New(lang).T("cmd.root.short")
			if !strings.Contains(string(page), short) || !strings.HasPrefix(string(page), ".nh\n.TH \"GMAILSETUP\" \"1\"") {
				t.Errorf("gmailsetup.1 in %s lacks %q:\n%.400s", lang, short, page)
			}
			if strings.Contains(string(page), "Auto generated") {
				t.Error("the page carries cobra's dated HISTORY line")
			}
		})
	}
}
