package i18n

import (
	"fmt"
	"strings"
	"testing"
)

// unixWords are what a Windows screen must never show: a redirection
// PowerShell refuses, Unix permission commands and octal modes, and the
// home folder as ~\ (neither Explorer nor cmd knows it).
var unixWords = []string{" < ", "chmod", "chown", "sudo ", "ls -ld", "mkdir -p", "mode 0", "permessi 0", "~\\", "~/", "printf "}

// unixShellHelp are the help texts of zsh's and fish's completion: those
// are Unix shells, and the texts speak of their own files.
var unixShellHelp = map[Key]bool{"cli.completion.zsh.long": true, "cli.completion.fish.long": true}

// Every text, as Windows shows it, in both languages, is free of Unix
// words.
func TestNoUnixWordsOnWindows(t *testing.T) {
	for _, k := range Keys() {
		if unixShellHelp[k] {
			continue
		}
		if strings.HasSuffix(string(k), windowsSuffix) {
			if _, ok := catalog[Key(strings.TrimSuffix(string(k), windowsSuffix))]; !ok {
				t.Errorf("%s is a Windows variant of no key", k)
			}
			continue
		}
		tx, _ := lookup(k, "windows")
		for lang, s := range map[Lang]string{EN: tx.en, IT: tx.it} {
			for _, w := range unixWords {
				if strings.Contains(s, w) {
					t.Errorf("%s (%s) on Windows says %q: %q", k, lang, w, s)
				}
			}
		}
	}
}

// A Windows variant keeps its key's verbs (%s, %v, %d), in order, so the
// same arguments fill it.
func TestWindowsVariantsTakeTheSameArguments(t *testing.T) {
	for _, k := range Keys() {
		base, ok := strings.CutSuffix(string(k), windowsSuffix)
		if !ok {
			continue
		}
		b, w := catalog[Key(base)], catalog[k]
		for _, pair := range [][2]string{{b.en, w.en}, {b.it, w.it}, {b.en, w.it}} {
			if verbs(pair[0]) != verbs(pair[1]) {
				t.Errorf("%s takes %q, its Windows variant %q", base, verbs(pair[0]), verbs(pair[1]))
			}
		}
	}
}

// verbs lists s's formatting verbs in order.
func verbs(s string) string {
	var out []string
	for i := 0; i < len(s)-1; i++ {
		if s[i] == '%' {
			if s[i+1] == '%' {
				i++
				continue
			}
			out = append(out, fmt.Sprintf("%%%c", s[i+1]))
		}
	}
	return strings.Join(out, " ")
}

// On Windows, T uses the variant; elsewhere the key's own text.
func TestWindowsVariantIsUsed(t *testing.T) {
	defer func(g string) { goos = g }(goos)
	for _, g := range []string{"windows", "linux"} {
		goos = g
		got := New(EN).T("cmd.setup.needStdin")
		if strings.Contains(got, " < ") != (g != "windows") {
			t.Errorf("on %s: %q", g, got)
		}
	}
}
