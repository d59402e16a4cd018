//go:build windows

package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/inconshreveable/mousetrap"

	"gmailsetup/internal/cli"
	"gmailsetup/internal/i18n"
)

// A double-click is a start whose parent is explorer.exe. The test plays
// it: a copy of this test binary named explorer.exe starts the binary
// again, which runs the real command tree. Cobra's mousetrap would print
// "You need to open cmd.exe" and exit 1; the command must run instead. CI
// runs this under wine (GOOS=windows go test -exec wine).
func TestStartedFromExplorer(t *testing.T) {
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	// Not t.TempDir: wine may hold the finished explorer.exe a moment
	// longer, and its removal is best effort.
	dir, err := os.MkdirTemp("", "explorer-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	explorer := filepath.Join(dir, "explorer.exe")
	data, err := os.ReadFile(self)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(explorer, data, 0o700); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(explorer, "-test.run=^TestStartedFromExplorerHelperProcess$", "-test.v")
	cmd.Env = append(os.Environ(), "GMAILSETUP_EXPLORER_CHILD="+self)
	cmd.Stdin = strings.NewReader("\n")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("the start through explorer.exe failed: %v\n%s", err, out)
	}
	for _, want := range []string{"parent is explorer: true", "command ran: <nil>", "Usage:"} {
		if !bytes.Contains(out, []byte(want)) {
			t.Fatalf("no %q in what the start through explorer.exe printed:\n%s", want, out)
		}
	}
	if bytes.Contains(out, []byte("cmd.exe")) {
		t.Fatalf("cobra's refusal was shown:\n%s", out)
	}
}

// TestStartedFromExplorerHelperProcess is both halves of the play. As
// explorer.exe (its name), it starts the test binary named in
// GMAILSETUP_EXPLORER_CHILD and passes its output on. As that child, it
// runs the root command with --help and says what happened.
func TestStartedFromExplorerHelperProcess(t *testing.T) {
	child := os.Getenv("GMAILSETUP_EXPLORER_CHILD")
	if child == "" {
		t.Skip("run by TestStartedFromExplorer")
	}
	self, _ := os.Executable()
	if strings.EqualFold(filepath.Base(self), "explorer.exe") {
		cmd := exec.Command(child, "-test.run=^TestStartedFromExplorerHelperProcess$", "-test.v")
		cmd.Env = os.Environ()
		cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("the child: %v", err)
		}
		return
	}
	fmt.Printf("parent is explorer: %v\n", mousetrap.StartedByExplorer())
	env := &cli.Env{Ctx: context.Background(), Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Cat: i18n.New(i18n.EN)}
	root, closeDebug := newRootCmd(env)
	defer closeDebug()
	root.SetArgs([]string{"--help"})
	root.SetOut(os.Stdout)
	root.SetErr(io.Discard)
	fmt.Printf("command ran: %v\n", root.Execute())
}
