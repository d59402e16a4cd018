package guide

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gmailsetup/internal/i18n"
)

// TestReasonWordsRealSystemErrors makes the errors for real (a missing
// file, a folder where a file should be, a loop of links, a refused
// connection, a failed look-up) and checks the person reads them in their
// language, never the system's English.
func TestReasonWordsRealSystemErrors(t *testing.T) {
	dir := t.TempDir()
	_, notExist := os.Open(filepath.Join(dir, "missing"))
	_, isDir := os.ReadFile(dir)
	a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	if err := os.Symlink(b, a); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(a, b); err != nil {
		t.Fatal(err)
	}
	_, loop := os.Open(a)
	file := filepath.Join(dir, "file")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	notDir := os.Mkdir(filepath.Join(file, "sub"), 0o700)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	_, refused := net.Dial("tcp", addr)
	// A resolver whose DNS server is a closed loopback port: the look-up
	// fails as it would offline, and nothing leaves the machine.
	r := net.Resolver{PreferGo: true, Dial: func(ctx context.Context, _, _ string) (net.Conn, error) {
		var d net.Dialer
		return d.DialContext(ctx, "udp", addr)
	}}
	_, dns := r.LookupHost(context.Background(), "smtp.gmail.com")

	cases := []struct {
		err    error
		en, it string
	}{
		{notExist, "does not exist", "non esiste"},
		{isDir, "is a folder", "è una cartella"},
		{loop, "loop", "cerchio"},
		{notDir, "part of the path is a file", "una parte del percorso è un file"},
		{refused, "refused", "rifiutata"},
		{dns, "DNS", "DNS"},
		{fmt.Errorf("saving: %w", context.DeadlineExceeded), "in time", "in tempo"},
	}
	for _, c := range cases {
		if c.err == nil {
			t.Fatalf("case %q made no error", c.en)
		}
		en, it := ReasonFor(i18n.New(i18n.EN), c.err), ReasonFor(i18n.New(i18n.IT), c.err)
		if !strings.Contains(en, c.en) || !strings.Contains(it, c.it) {
			t.Errorf("%v: en %q, it %q", c.err, en, it)
		}
		if strings.Contains(it, c.err.Error()) {
			t.Errorf("Italian reason repeats the system's text: %q", it)
		}
	}
}

// TestReasonKeepsTheUnknownBehindALabel: what it cannot word stays, cleaned
// and shortened, after "dettagli tecnici:".
func TestReasonKeepsTheUnknownBehindALabel(t *testing.T) {
	err := errors.New("strange \x1b]0;title\x07failure " + strings.Repeat("x", 300))
	it := ReasonFor(i18n.New(i18n.IT), err)
	if !strings.HasPrefix(it, "dettagli tecnici: strange") || strings.ContainsRune(it, '\x1b') || len([]rune(it)) > 200 {
		t.Errorf("Reason = %q", it)
	}
	if ReasonFor(i18n.New(i18n.EN), nil) != "" {
		t.Error("a nil error has a reason")
	}
}
