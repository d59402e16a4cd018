//go:build windows

package clipboard

import (
	"context"
	"os"
	"testing"

	"github.com/atotto/clipboard"
)

// On Windows the copy reaches the Win32 clipboard, where another program
// reads it; Clear empties it only while it holds our text. CI runs this
// under wine.
func TestWin32Clipboard(t *testing.T) {
	c := System{Getenv: func(k string) string {
		if k == "SSH_CONNECTION" || k == "SSH_TTY" {
			return ""
		}
		return os.Getenv(k)
	}}
	ctx := context.Background()
	// Wine's first clipboard use in a new prefix starts its clipboard
	// service, which takes longer than Copy's bound (about 10 s on CI);
	// Windows' is always there. One unbounded write first.
	if err := clipboard.WriteAll("warm-up"); err != nil {
		t.Fatal(err)
	}
	if err := c.Copy(ctx, "abcd efgh ijkl mnop"); err != nil {
		t.Fatalf("Copy: %v", err)
	}
	if got, err := clipboard.ReadAll(); err != nil || got != "abcd efgh ijkl mnop" {
		t.Fatalf("the clipboard holds %q (%v)", got, err)
	}
	if err := clipboard.WriteAll("their own text"); err != nil {
		t.Fatal(err)
	}
	if cleared, err := c.Clear(ctx, "abcd efgh ijkl mnop"); err != nil || cleared {
		t.Fatalf("Clear over the person's own copy = %v, %v; want it left", cleared, err)
	}
	if err := c.Copy(ctx, "abcd efgh ijkl mnop"); err != nil {
		t.Fatal(err)
	}
	if cleared, err := c.Clear(ctx, "abcd efgh ijkl mnop"); err != nil || !cleared {
		t.Fatalf("Clear of our copy = %v, %v", cleared, err)
	}
	if got, _ := clipboard.ReadAll(); got != "" {
		t.Fatalf("after Clear the clipboard holds %q", got)
	}
}

// Over SSH the clipboard is the far machine's: nothing is vouched for.
func TestOverSSHNoClipboard(t *testing.T) {
	c := System{Getenv: func(k string) string {
		if k == "SSH_CONNECTION" {
			return "10.0.0.1 22 10.0.0.2 22"
		}
		return ""
	}}
	if err := c.Copy(context.Background(), "x"); err != ErrNone {
		t.Fatalf("Copy over SSH = %v, want ErrNone", err)
	}
}
