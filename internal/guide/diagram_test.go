package guide

import (
	"os"
	"strings"
	"testing"
)

// CONTRIBUTING.md's step diagram is the guide's graph: if the graph
// changes, the test prints the diagram to paste there.
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
	if want := Diagram(); block != want {
		t.Fatalf("CONTRIBUTING.md's diagram is not the guide's graph; it should read:\n```mermaid\n%s```", want)
	}
}
