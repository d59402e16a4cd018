package storage_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gmailsetup/storage"
)

// FuzzLoad feeds arbitrary bytes to the loader: it must never panic, every
// failure must be one of the typed errors the UI can explain, and whatever
// loads must be usable.
func FuzzLoad(f *testing.F) {
	f.Add([]byte(goodAccount))
	f.Add([]byte(fileAccount))
	f.Add([]byte("default = \"ada@gmail.com\"\n" + goodAccount + strings.Replace(goodAccount, "ada", "bob", 1)))
	f.Add([]byte(goodAccount + "last_verified = 2025-03-04T05:06:07Z\napp_password_created = 2025-03-04T05:06:07.123+01:00\n"))
	f.Add([]byte("account = [{email = \"a@b\", secret_store = \"file\", password = \"x\"}]\n"))
	f.Add([]byte(goodAccount + "name = \"Ada\n"))
	f.Add([]byte(goodAccount + "port = \"587\"\n"))
	f.Add([]byte("[[account]]\npassword = \"\"\"\nabc\\q\n\"\"\"\n"))
	f.Add([]byte("[account]\nemail = 1\n"))
	f.Add([]byte("\xff\xfe\x00"))
	// One file per worker, rewritten each run: a fresh folder per input
	// would cost more than the parse.
	path := filepath.Join(f.TempDir(), "config.toml")
	f.Fuzz(func(t *testing.T, data []byte) {
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		cfg, err := storage.Open(path, storage.WithoutKeyring()).Load()
		if err != nil {
			var (
				se *storage.SyntaxError
				ce *storage.ConfigError
				ue *storage.UnsafeError
				fe *storage.FileError
			)
			switch {
			case errors.As(err, &se):
				if se.Line < 1 || se.Line > strings.Count(string(data), "\n")+1 || se.Path != path {
					t.Fatalf("SyntaxError out of the file: %+v", se)
				}
			case errors.As(err, &ce), errors.As(err, &ue), errors.As(err, &fe):
			default:
				t.Fatalf("untyped error %T: %v", err, err)
			}
			if !strings.Contains(err.Error(), path) {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		seen := map[string]bool{}
		for _, a := range cfg.Accounts {
			if a.Email == "" || seen[a.Email] ||
				(a.SecretStore != storage.SecretInKeyring && a.SecretStore != storage.SecretInFile) ||
				(a.SecretStore == storage.SecretInFile && a.Password == "") {
				t.Fatalf("loaded an unusable account: %+v", a)
			}
			seen[a.Email] = true
		}
	})
}
