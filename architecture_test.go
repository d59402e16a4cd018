package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// uiLibraries are the Charm modules that draw on a terminal. Text helpers
// such as x/ansi are not among them.
var uiLibraries = []string{
	"charm.land/bubbletea/", "charm.land/bubbles/", "charm.land/lipgloss/",
	"github.com/charmbracelet/bubbletea", "github.com/charmbracelet/bubbles", "github.com/charmbracelet/lipgloss",
}

type listedPackage struct {
	ImportPath string
	Imports    []string // direct
	Deps       []string // transitive
}

// TestImportsFlowOneWay keeps CONTRIBUTING.md's map true: main → wizard →
// steps → (mailer, storage, i18n, links, safetext), nothing back up.
func TestImportsFlowOneWay(t *testing.T) {
	out, err := exec.Command("go", "list", "-json", "./...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	pkgs := map[string]listedPackage{}
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p listedPackage
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		pkgs[p.ImportPath] = p
	}
	for _, must := range []string{"gmailsetup", "gmailsetup/internal/guide", "gmailsetup/wizard", "gmailsetup/steps", "gmailsetup/internal/plain", "gmailsetup/mailer", "gmailsetup/internal/storage", "gmailsetup/internal/i18n"} {
		if _, ok := pkgs[must]; !ok {
			t.Fatalf("package %s is missing from go list", must)
		}
	}

	// Only the Bubble Tea face may know the UI: main, which wires it,
	// wizard and steps, and e2e's floor program, a minimal Bubble Tea
	// program to measure against. Every other package, including one added
	// tomorrow, is a leaf. The guide is the steps with no face: both faces
	// render it, so it must never learn either one, nor Bubble Tea.
	uiPackages := []string{"gmailsetup", "gmailsetup/wizard", "gmailsetup/steps", "gmailsetup/internal/e2e/floor"}
	var leaves []string
	for path := range pkgs {
		if !slices.Contains(uiPackages, path) {
			leaves = append(leaves, path)
		}
	}
	slices.Sort(leaves)
	if len(leaves) < 15 {
		t.Fatalf("only %d leaf packages: %v", len(leaves), leaves)
	}
	for _, leaf := range leaves {
		p, ok := pkgs[leaf]
		if !ok {
			continue
		}
		for _, dep := range p.Deps {
			if dep == "gmailsetup/wizard" || dep == "gmailsetup/steps" {
				t.Errorf("%s depends on %s: it must not know the UI", leaf, dep)
			}
			for _, ui := range uiLibraries {
				if strings.HasPrefix(dep, ui) {
					t.Errorf("%s depends on the UI library %s", leaf, dep)
				}
			}
		}
	}
	for _, dep := range pkgs["gmailsetup/steps"].Deps {
		if dep == "gmailsetup/wizard" {
			t.Errorf("steps depends on wizard: steps talk to the wizard only through messages")
		}
	}
	for _, dep := range pkgs["gmailsetup/internal/guide"].Deps {
		if dep == "gmailsetup/internal/plain" {
			t.Errorf("the guide depends on its plain face")
		}
	}
	for _, face := range []string{"gmailsetup/steps", "gmailsetup/internal/plain", "gmailsetup/internal/cli"} {
		if !slices.Contains(pkgs[face].Imports, "gmailsetup/internal/guide") {
			t.Errorf("%s does not render the guide", face)
		}
	}
	// The design card's top level: main.go, wizard, steps and mailer; every
	// other package lives under internal/.
	top := []string{"gmailsetup", "gmailsetup/wizard", "gmailsetup/steps", "gmailsetup/mailer"}
	for path := range pkgs {
		if !slices.Contains(top, path) && !strings.HasPrefix(path, "gmailsetup/internal/") {
			t.Errorf("%s is at the top level: only main, wizard, steps and mailer are; put it under internal/", path)
		}
	}
	for path, p := range pkgs {
		for _, imp := range p.Imports {
			if imp == "gmailsetup" {
				t.Errorf("%s imports the main package", path)
			}
		}
	}
}
