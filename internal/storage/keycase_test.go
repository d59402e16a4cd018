package storage_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"gmailsetup/internal/storage"
)

// TestKeysInOtherCapitalsAreRefused: the decoder matches keys to fields
// ignoring case, so a file with both [[account]] and [[aCCount]] loaded as
// one or the other at random (found by FuzzEditInPlace). Such a spelling is
// now refused, with its line, every time.
func TestKeysInOtherCapitalsAreRefused(t *testing.T) {
	for _, c := range []struct {
		file string
		line int
		key  string
	}{
		{"[[account]]\nEmail = \"mario.rossi@gmail.com\"\nsecret_store = \"keyring\"\n", 2, "Email"},
		{"[[account]]\nemail = \"a@gmail.com\"\nsecret_store = \"keyring\"\n[[aCCount]]\nemail = \"b\"\n", 4, "aCCount"},
	} {
		path := filepath.Join(t.TempDir(), "config.toml")
		if err := os.WriteFile(path, []byte(c.file), 0o600); err != nil {
			t.Fatal(err)
		}
		for range 20 { // it used to depend on map order: ask many times
			_, err := storage.Open(path).Load()
			var se *storage.SyntaxError
			if !errors.As(err, &se) || se.Kind != storage.SyntaxKeyCase || se.Line != c.line || se.Key != c.key {
				t.Fatalf("%q: Load = %v, want key %s refused at line %d", c.file, err, c.key, c.line)
			}
		}
	}
}
