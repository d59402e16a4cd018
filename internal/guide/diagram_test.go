package guide

import (
	"flag"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite CONTRIBUTING.md's step diagram from the graph")

// CONTRIBUTING.md's step diagram is the guide's graph: if the graph
// changes, the test prints the diagram to paste there, or writes it with
// -update.
func TestContributingShowsTheGraph(t *testing.T) {
	doc, err := os.ReadFile("../../CONTRIBUTING.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(doc), "```mermaid\n")
	block, _, closed := strings.Cut(rest, "```")
	if !ok || !closed {
		t.Fatal("CONTRIBUTING.md has no mermaid block")
	}
	if want := Diagram(); block != want && *update {
		fixed := strings.Replace(string(doc), "```mermaid\n"+block, "```mermaid\n"+want, 1)
		if err := os.WriteFile("../../CONTRIBUTING.md", []byte(fixed), 0o644); err != nil {
			t.Fatal(err)
		}
	} else if block != want {
		t.Fatalf("CONTRIBUTING.md's diagram is not the guide's graph; it should read:\n```mermaid\n%s```", want)
	}
}
