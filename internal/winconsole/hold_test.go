package winconsole

import (
	"bytes"
	"io"
	"strings"
	"testing"
)

// Hold prints the prompt and returns after one line, leaving the rest.
func TestHoldWaitsForOneLine(t *testing.T) {
	in := strings.NewReader("\nmore\n")
	var out bytes.Buffer
	Hold(in, &out, "Premi invio per chiudere.")
	if out.String() != "\nPremi invio per chiudere. " {
		t.Fatalf("prompt %q", out.String())
	}
	if in.Len() == len("\nmore\n") {
		t.Fatal("Hold read nothing")
	}
}

// Hold returns at the end of the input instead of waiting for ever.
func TestHoldReturnsAtEOF(t *testing.T) {
	var out bytes.Buffer
	r, w := io.Pipe()
	w.Close()
	Hold(r, &out, "x")
}

// A test binary run by go test shares its console (or has none): it does
// not own one, so nothing would wait.
func TestTestsDoNotOwnAConsole(t *testing.T) {
	if OwnsConsole() {
		t.Fatal("OwnsConsole under go test, whose console is the shell's")
	}
	var out bytes.Buffer
	HoldIfOwned(strings.NewReader(""), &out, "x")
	if out.Len() != 0 {
		t.Fatalf("HoldIfOwned printed %q without owning the console", out.String())
	}
}
