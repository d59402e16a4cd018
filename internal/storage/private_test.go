//go:build unix

package storage_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gmailsetup/internal/storage"
)

func TestUnsafePermissionsRefused(t *testing.T) {
	for _, c := range []struct {
		name    string
		content string
		mode    os.FileMode
		refused bool
	}{
		{"file secret, group-readable", fileAccount, 0o640, true},
		{"file secret, world-readable", fileAccount, 0o644, true},
		{"file secret, group-writable", fileAccount, 0o620, true},
		{"file secret, private", fileAccount, 0o600, false},
		{"file secret, read-only private", fileAccount, 0o400, false},
		{"stray password key", goodAccount + "password = \"aaaabbbbccccdddd\"\n", 0o644, true},
		{"unknown password key", "smtp_password = \"aaaabbbbccccdddd\"\n" + goodAccount, 0o604, true},
		{"keyring only", goodAccount + "app_password_label = \"laptop\"\n", 0o644, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "it's here") // a quote, to test the fix's quoting
			path := filepath.Join(dir, "config.toml")
			writeRaw(t, path, c.content, c.mode)
			_, err := storage.Open(path, storage.WithoutKeyring()).Load()
			var ue *storage.UnsafeError
			if !c.refused {
				if err != nil {
					t.Fatalf("Load = %v, want it accepted", err)
				}
				return
			}
			if !errors.As(err, &ue) {
				t.Fatalf("Load = %v, want *UnsafeError", err)
			}
			want := `chmod 600 '` + strings.ReplaceAll(path, "'", `'\''`) + `'`
			if ue.Fix != want || ue.Path != path || ue.Mode != c.mode || ue.WrongOwner() {
				t.Errorf("UnsafeError = %+v, want Fix %q", ue, want)
			}
			if !strings.Contains(err.Error(), want) {
				t.Errorf("Error() = %q lacks the fix", err)
			}
			if strings.Contains(err.Error(), "aaaabbbbccccdddd") {
				t.Error("the secret is in the error")
			}
			// And Save does not overwrite it: the person should fix it.
			if _, err := storage.Open(path, storage.WithoutKeyring()).Save(account("bob@gmail.com"), "bobbobbobbobbbbb", true); !errors.As(err, &ue) {
				t.Errorf("Save = %v, want the *UnsafeError", err)
			}
			if readRaw(t, path) != c.content {
				t.Error("Save rewrote an unsafe file")
			}
			// The fix works.
			if err := os.Chmod(path, 0o600); err != nil {
				t.Fatal(err)
			}
			if _, err := storage.Open(path).Load(); err != nil {
				t.Errorf("after the fix: %v", err)
			}
		})
	}
}

func TestFileOfAnotherUserRefused(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("only root can give a file to another user")
	}
	path := filepath.Join(t.TempDir(), "config.toml")
	writeRaw(t, path, fileAccount, 0o600)
	if err := os.Chown(path, 4242, 4242); err != nil {
		t.Fatal(err)
	}
	_, err := storage.Open(path).Load()
	var ue *storage.UnsafeError
	if !errors.As(err, &ue) || !ue.WrongOwner() || ue.Owner != 4242 || ue.UID != 0 {
		t.Fatalf("Load = %v, want *UnsafeError for the owner", err)
	}
	if !strings.Contains(ue.Fix, "chown") || !strings.Contains(ue.Fix, "chmod 600") {
		t.Errorf("Fix = %q", ue.Fix)
	}
	// Without a secret, the owner does not matter.
	writeRaw(t, path, goodAccount, 0o644)
	if err := os.Chown(path, 4242, 4242); err != nil {
		t.Fatal(err)
	}
	if _, err := storage.Open(path).Load(); err != nil {
		t.Errorf("Load of another's file without a secret = %v", err)
	}
}
