package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
)

// completions are cobra's scripts, under the names each shell looks for.
var completions = []struct{ shell, name string }{
	{"bash", "completions/gmailsetup.bash"},
	{"zsh", "completions/_gmailsetup"},
	{"fish", "completions/gmailsetup.fish"},
	{"powershell", "completions/gmailsetup.ps1"},
}

// manLangs are the languages of the man pages and the folders man(1) reads
// them from: English is the default, Italian is picked by LANG=it_*.
var manLangs = []struct{ lang, dir string }{
	{"en", "man/man1"},
	{"it", "man/it/man1"},
}

// generated asks the binary built for this machine for its shell completions
// and man pages, so they come from the real command tree and catalog.
func generated(bin, scratch string) ([]entry, error) {
	var files []entry
	for _, c := range completions {
		out, err := runQuiet(bin, "completion", c.shell)
		if err != nil {
			return nil, err
		}
		files = append(files, entry{name: c.name, mode: 0o644, data: out})
	}
	for _, m := range manLangs {
		dir := filepath.Join(scratch, m.lang)
		if _, err := runQuiet(bin, "__man", "--lang", m.lang, dir); err != nil {
			return nil, err
		}
		pages, err := os.ReadDir(dir)
		if err != nil {
			return nil, err
		}
		if len(pages) == 0 {
			return nil, fmt.Errorf("__man --lang %s wrote no pages", m.lang)
		}
		for _, p := range pages {
			data, err := os.ReadFile(filepath.Join(dir, p.Name()))
			if err != nil {
				return nil, err
			}
			files = append(files, entry{name: m.dir + "/" + p.Name(), mode: 0o644, data: data})
		}
	}
	slices.SortFunc(files, func(a, b entry) int { return strings.Compare(a.name, b.name) })
	return files, nil
}

// runQuiet runs bin with a fixed environment, so nothing of the builder's
// (locale, config, terminal) leaks into what it prints.
func runQuiet(bin string, args ...string) ([]byte, error) {
	cmd := exec.Command(bin, args...)
	home, err := os.MkdirTemp("", "gmailsetup-dist-home-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(home)
	cmd.Env = []string{"HOME=" + home, "LANG=C", "TERM=dumb", "PATH=" + os.Getenv("PATH"),
		"GMAILSETUP_CONFIG=" + filepath.Join(home, "config.toml")}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("%s %v: %w\n%s", filepath.Base(bin), args, err, stderr.Bytes())
	}
	return stdout.Bytes(), nil
}
