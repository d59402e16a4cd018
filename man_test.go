package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
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

// TestManFooterKeepsVersionAndDateApart renders, with man at 80 columns, a
// page whose footer carries the version of an untagged build: the version
// and the date must stay apart (they ran together as "…f04eDec 2026").
func TestManFooterKeepsVersionAndDateApart(t *testing.T) {
	for _, v := range []string{"v0.0.0-20261207195830-67881f18f04e", "v0.0.0-20261207195830-67881f18f04e+dirty", "v1.2.3", "1.0.0"} {
		src := manSource(v)
		if len(src) > 30 {
			t.Errorf("manSource(%q) = %q: %d characters reach the centred date", v, src, len(src))
		}
		if strings.Contains(v, "67881f18f04e") && !strings.Contains(src, "67881f18f04e") {
			t.Errorf("manSource(%q) = %q lost the commit", v, src)
		}
	}
	man, err := exec.LookPath("man")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("man is missing")
		}
		t.Skip("no man")
	}
	page := filepath.Join(t.TempDir(), "p.1")
	src := manSource("v0.0.0-20261207195830-67881f18f04e+dirty")
	os.WriteFile(page, []byte(".TH \"GMAILSETUP\" \"1\" \"Dec 2026\" \""+src+"\" \"gmailsetup\"\n.SH NAME\ngmailsetup\n"), 0o644)
	cmd := exec.Command(man, "-l", page)
	cmd.Env = append(os.Environ(), "MANWIDTH=80", "MANPAGER=cat", "PAGER=cat", "LANG=C.UTF-8")
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(string(out), "\n"), "\n")
	footer := lines[len(lines)-1]
	if !regexp.MustCompile(`^` + regexp.QuoteMeta(src) + ` {2,}Dec 2026 {2,}GMAILSETUP\(1\)$`).MatchString(footer) {
		t.Errorf("footer: %q", footer)
	}
}

// TestManPageHasKeysAndExitStatus: the root page lists the wizard's keys
// and the exit statuses, and each command's page its own exit codes.
func TestManPageHasKeysAndExitStatus(t *testing.T) {
	for _, lang := range i18n.Langs {
		dir := t.TempDir()
		var out bytes.Buffer
		env := &cli.Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &out, Cat: i18n.New(lang)}
		root, closeDebug := newRootCmd(env)
		root.SetArgs([]string{"__man", "--lang", string(lang), dir})
		root.SetOut(&out)
		root.SetErr(&out)
		if err := root.Execute(); err != nil {
			t.Fatalf("__man: %v\n%s", err, out.String())
		}
		closeDebug()
		want := map[i18n.Lang][]string{
			i18n.EN: {".SH KEYS", ".SH EXIT STATUS", "ctrl+c", "130"},
			i18n.IT: {".SH TASTI", ".SH CODICE DI USCITA", "ctrl+c", "130"},
		}[lang]
		page, _ := os.ReadFile(filepath.Join(dir, "gmailsetup.1"))
		for _, w := range want {
			if !strings.Contains(string(page), w) {
				t.Errorf("%s: gmailsetup.1 lacks %q", lang, w)
			}
		}
		status := i18n.New(lang).T("newcomer.exit.send")[:10]
		for _, c := range []string{"send", "token", "password", "export", "credential", "status", "test", "setup", "forget", "rotate"} {
			page, _ := os.ReadFile(filepath.Join(dir, "gmailsetup-"+c+".1"))
			if !strings.Contains(string(page), status) {
				t.Errorf("%s: gmailsetup-%s.1 gives no exit codes (%q)", lang, c, status)
			}
		}
	}
}
