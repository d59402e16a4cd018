//go:build ignore

// testreport reads `go test -json` on stdin and prints what a plain
// `go test` would (each package's result, and the whole output of every
// failed test), then the tests that skipped, with their reasons. It exits
// 1 if a test failed or skipped, except a helper-process entry point: a
// top-level test whose name ends in "HelperProcess", which is the test
// binary run again by another test as a child, and skips when run on its
// own. Usage: go test -json ./... | go run .ci/testreport.go
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
)

type event struct {
	Action  string
	Package string
	Test    string
	Output  string
}

// helperSuffix marks a helper-process entry point (see the doc comment).
const helperSuffix = "HelperProcess"

func main() {
	output := map[string]*strings.Builder{} // package + "\x00" + test
	var skipped, allowed []string
	failed := false
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 64<<20)
	for in.Scan() {
		var e event
		if err := json.Unmarshal(in.Bytes(), &e); err != nil {
			fmt.Print(in.Text() + "\n") // the go command's own messages, build errors
			continue
		}
		id := e.Package + "\x00" + e.Test
		switch e.Action {
		case "output":
			if e.Test == "" {
				fmt.Print(e.Output) // ok/FAIL lines, and package-level output
				continue
			}
			if output[id] == nil {
				output[id] = &strings.Builder{}
			}
			output[id].WriteString(e.Output)
		case "fail":
			failed = true
			if e.Test != "" && output[id] != nil {
				fmt.Print(output[id].String())
			}
		case "skip":
			if e.Test == "" {
				continue // a package without tests
			}
			line := fmt.Sprintf("%s %s: %s", e.Package, e.Test, reason(output[id]))
			if top, _, _ := strings.Cut(e.Test, "/"); strings.HasSuffix(top, helperSuffix) {
				allowed = append(allowed, line)
			} else {
				skipped = append(skipped, line)
			}
		}
		if e.Action == "pass" || e.Action == "fail" || e.Action == "skip" {
			delete(output, id)
		}
	}
	if err := in.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "testreport:", err)
		os.Exit(1)
	}
	sort.Strings(skipped)
	sort.Strings(allowed)
	fmt.Printf("\nhelper-process entry points, skipped as they should be (%d):\n", len(allowed))
	for _, s := range allowed {
		fmt.Println("  " + s)
	}
	fmt.Printf("tests that skipped (%d):\n", len(skipped))
	for _, s := range skipped {
		fmt.Println("  " + s)
	}
	if len(skipped) > 0 {
		fmt.Println("no test may skip in CI: install what it needs in .ci/run, or, for a helper-process entry point, end its name in " + helperSuffix)
	}
	if failed || len(skipped) > 0 {
		os.Exit(1)
	}
}

// reason is the skip message: the test's output after its "--- SKIP" line,
// or all of it, on one line.
func reason(b *strings.Builder) string {
	if b == nil {
		return "(no message)"
	}
	var lines []string
	for _, l := range strings.Split(b.String(), "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "=== ") || strings.HasPrefix(l, "--- SKIP") {
			continue
		}
		lines = append(lines, l)
	}
	if len(lines) == 0 {
		return "(no message)"
	}
	return strings.Join(lines, " ")
}
