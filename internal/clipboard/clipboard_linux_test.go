//go:build linux

package clipboard

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"

	"gmailsetup/internal/fake/xvfb"
)

// On a Linux desktop the copy reaches the X clipboard, where another
// program reads it; Clear empties it only while it holds our text.
func TestXClipboard(t *testing.T) {
	xvfb.Start(t, "xclip")
	c := System{Getenv: os.Getenv}
	ctx := context.Background()
	if err := c.Copy(ctx, "abcd efgh ijkl mnop"); err != nil {
		t.Fatalf("Copy: %v", err)
	}
	if got := xvfb.Clipboard(t); got != "abcd efgh ijkl mnop" {
		t.Fatalf("the X clipboard holds %q", got)
	}
	// The person copies something else: Clear must leave it.
	cmd := exec.Command("xclip", "-i", "-selection", "clipboard")
	cmd.Stdin = strings.NewReader("their own text")
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	if err := settle(ctx, "their own text"); err != nil { // xclip's child owns it now
		t.Fatal(err)
	}
	if cleared, err := c.Clear(ctx, "abcd efgh ijkl mnop"); err != nil || cleared {
		t.Fatalf("Clear over the person's own copy = %v, %v; want it left", cleared, err)
	}
	if got := xvfb.Clipboard(t); got != "their own text" {
		t.Fatalf("the person's copy became %q", got)
	}
	if err := c.Copy(ctx, "abcd efgh ijkl mnop"); err != nil {
		t.Fatal(err)
	}
	if cleared, err := c.Clear(ctx, "abcd efgh ijkl mnop"); err != nil || !cleared {
		t.Fatalf("Clear of our copy = %v, %v", cleared, err)
	}
	if got := xvfb.Clipboard(t); got != "" {
		t.Fatalf("after Clear the X clipboard holds %q", got)
	}
}

// Without a display (SSH, a console) there is no clipboard to vouch for.
func TestNoDisplayNoClipboard(t *testing.T) {
	c := System{Getenv: func(string) string { return "" }}
	if err := c.Copy(context.Background(), "x"); !errors.Is(err, ErrNone) {
		t.Fatalf("Copy without a display = %v, want ErrNone", err)
	}
	if _, err := c.Clear(context.Background(), "x"); !errors.Is(err, ErrNone) {
		t.Fatalf("Clear without a display = %v, want ErrNone", err)
	}
}
