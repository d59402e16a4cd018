package storage_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gmailsetup/internal/storage"
)

func TestLoadMissingFile(t *testing.T) {
	path := configPath(t)
	_, err := storage.Open(path).Load()
	var fe *storage.FileError
	if !errors.Is(err, storage.ErrNotFound) || !errors.As(err, &fe) || fe.Path != path {
		t.Fatalf("Load = %v, want *FileError wrapping ErrNotFound for %s", err, path)
	}
	if !strings.Contains(err.Error(), path) {
		t.Errorf("error does not name the file: %v", err)
	}
}

const goodAccount = `[[account]]
email = "ada@gmail.com"
host = "smtp.gmail.com"
port = 587
secret_store = "keyring"
`

func TestSyntaxErrorGivesLine(t *testing.T) {
	cases := []struct {
		name, content string
		line, col     int
	}{
		{"unterminated string", "# header\n\n" + goodAccount + "name = \"Ada\n", 8, 0},
		{"missing value", "default = \"ada@gmail.com\"\n[[account]]\nemail =\n", 3, 8},
		{"wrong type", goodAccount + "name = 5\n", 6, 0}, // position from the message
		{"port as text", "[[account]]\nemail = \"ada@gmail.com\"\nport = \"587\"\n", 3, 0},
		{"bad date", goodAccount + "last_verified = 2025-13-01\n", 6, 0},
		{"duplicate key", goodAccount + "port = 465\n", 6, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "config.toml")
			writeRaw(t, path, c.content, 0o600)
			_, err := storage.Open(path).Load()
			var se *storage.SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("Load = %v (%T), want *SyntaxError", err, err)
			}
			if se.Path != path || se.Msg == "" || se.Line < 1 {
				t.Errorf("SyntaxError = %+v", se)
			}
			if c.line > 0 && se.Line != c.line {
				t.Errorf("Line = %d, want %d (%v)", se.Line, c.line, err)
			}
			if c.col > 0 && se.Column != c.col {
				t.Errorf("Column = %d, want %d (%v)", se.Column, c.col, err)
			}
			if !strings.HasPrefix(err.Error(), path+":") {
				t.Errorf("Error() = %q, want it to start with file:line", err)
			}
		})
	}
}

func TestTypeErrorLineFromMessage(t *testing.T) {
	path := filepath.Join(t.TempDir(), "config.toml")
	writeRaw(t, path, "# one\n# two\n[[account]]\nemail = 5\n", 0o600)
	_, err := storage.Open(path).Load()
	var se *storage.SyntaxError
	if !errors.As(err, &se) || se.Line != 4 || strings.Contains(se.Msg, "toml:") {
		t.Fatalf("Load = %#v, want *SyntaxError at line 4 without the toml: prefix", err)
	}
}

func TestConfigErrors(t *testing.T) {
	cases := []struct {
		name, content string
		index         int
		want          storage.Problem
	}{
		{"no email", "[[account]]\nhost = \"smtp.gmail.com\"\nsecret_store = \"keyring\"\n", 1, storage.ProblemNoEmail},
		{"duplicate", goodAccount + goodAccount, 2, storage.ProblemDuplicateEmail},
		{"bad store", strings.Replace(goodAccount, `"keyring"`, `"vault"`, 1), 1, storage.ProblemBadSecretStore},
		{"file without password", strings.Replace(goodAccount, `"keyring"`, `"file"`, 1), 1, storage.ProblemNoPassword},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "config.toml")
			writeRaw(t, path, c.content, 0o600)
			_, err := storage.Open(path).Load()
			var ce *storage.ConfigError
			if !errors.As(err, &ce) || ce.Problem != c.want || ce.Index != c.index || ce.Path != path {
				t.Fatalf("Load = %v, want *ConfigError %v at account %d", err, c.want, c.index)
			}
			if !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), c.want.String()) {
				t.Errorf("Error() = %q", err)
			}
		})
	}
}

func TestTooLargeAndNotAFile(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.toml")
	writeRaw(t, big, "# "+strings.Repeat("x", 1<<20)+"\n", 0o600)
	var ce *storage.ConfigError
	if _, err := storage.Open(big).Load(); !errors.As(err, &ce) || ce.Problem != storage.ProblemTooLarge {
		t.Errorf("Load(big) = %v, want ProblemTooLarge", err)
	}
	var fe *storage.FileError
	if _, err := storage.Open(dir).Load(); !errors.As(err, &fe) || fe.Op != storage.OpRead || errors.Is(err, storage.ErrNotFound) {
		t.Errorf("Load(folder) = %v, want a read *FileError", err)
	}
}

func TestEmptyFileLoadsAsNoAccounts(t *testing.T) {
	path := filepath.Join(t.TempDir(), "config.toml")
	writeRaw(t, path, "", 0o600)
	if cfg := mustLoad(t, storage.Open(path)); len(cfg.Accounts) != 0 || cfg.Default != "" {
		t.Errorf("Load(empty) = %+v", cfg)
	}
}

// A file that does not load is left alone by Save; Replace sets it aside
// and starts over.
func TestBrokenFileNotOverwrittenUnlessReplaced(t *testing.T) {
	path := configPath(t)
	broken := goodAccount + "name = \"Ada\n"
	writeRaw(t, path, broken, 0o600)
	ring := newMem()
	s := storage.Open(path, storage.WithKeyring(ring))

	var se *storage.SyntaxError
	if _, err := s.Save(account("bob@gmail.com"), "bobbobbobbobbbbb", true); !errors.As(err, &se) {
		t.Fatalf("Save over a broken file = %v, want its *SyntaxError", err)
	}
	if readRaw(t, path) != broken || len(ring.entries()) != 0 {
		t.Fatal("Save changed something despite the load error")
	}

	w, err := s.Replace(account("bob@gmail.com"), "bobbobbobbobbbbb", false)
	if err != nil {
		t.Fatalf("Replace: %v", err)
	}
	if w.Backup != path+".bak" || readRaw(t, w.Backup) != broken {
		t.Errorf("Backup = %q, want the old bytes in %s.bak", w.Backup, path)
	}
	if p := perm(t, w.Backup); p != 0o600 {
		t.Errorf("backup mode %v, want 0600", p)
	}
	cfg := mustLoad(t, s)
	if len(cfg.Accounts) != 1 || cfg.Default != "bob@gmail.com" {
		t.Errorf("after Replace: %+v", cfg)
	}
	// On a good file Replace is Save: nothing is set aside.
	os.Remove(w.Backup)
	if w, err := s.Replace(account("ada@gmail.com"), "adaadaadaadaaaaa", false); err != nil || w.Backup != "" {
		t.Errorf("Replace on a good file = %+v, %v", w, err)
	}
	if cfg := mustLoad(t, s); len(cfg.Accounts) != 2 {
		t.Errorf("Replace on a good file dropped accounts: %+v", cfg)
	}
}

func perm(t *testing.T, path string) os.FileMode {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Mode().Perm()
}
