//go:build unix

package known

import (
	"context"
	"path/filepath"
	"syscall"
	"testing"
)

// TestLookupDoesNotBlockOnAFIFO: a FIFO where ~/.msmtprc should be is
// skipped at once instead of waiting for a writer that never comes.
func TestLookupDoesNotBlockOnAFIFO(t *testing.T) {
	home := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(home, ".msmtprc"), 0o600); err != nil {
		t.Fatal(err)
	}
	done := make(chan []Found, 1)
	go func() { done <- Lookup(context.Background(), Config{Home: home}) }()
	if got := <-done; len(got) != 0 {
		t.Fatalf("Lookup = %q", addresses(got))
	}
}
