package storage_test

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"gmailsetup/internal/storage"
)

// mkfifo makes a named pipe, where the system has them.
var mkfifo func(path string, mode uint32) error

// assertMode fails unless the file at path has exactly perm (Unix only:
// Windows keeps its access list instead).
func assertMode(t *testing.T, path string, perm os.FileMode) {
	t.Helper()
	if runtime.GOOS == "windows" {
		return
	}
	fi, err := os.Lstat(path)
	if err != nil || !fi.Mode().IsRegular() || fi.Mode().Perm() != perm {
		t.Errorf("%s: %v (%v), want a regular file %v", path, fi, err, perm)
	}
}

// TestOldTimesInTheSetupStillLoad: a config.toml from before the state
// file keeps its last_verified and signed_in; the state file's win.
func TestOldTimesInTheSetupStillLoad(t *testing.T) {
	path := filepath.Join(t.TempDir(), "config.toml")
	writeRaw(t, path, goodAccount+"last_verified = 2025-01-01T00:00:00Z\n", 0o600)
	s := storage.Open(path, storage.WithKeyring(newMem()))
	old := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	if a := mustLoad(t, s).Accounts[0]; !a.LastVerified.Equal(old) {
		t.Errorf("LastVerified = %v, want the file's %v", a.LastVerified, old)
	}
	when := time.Date(2026, 3, 5, 10, 0, 0, 0, time.UTC)
	if err := s.SetVerified("Ada@GoogleMail.com", when); err != nil { // the same mailbox
		t.Fatal(err)
	}
	if a := mustLoad(t, s).Accounts[0]; !a.LastVerified.Equal(when) {
		t.Errorf("LastVerified = %v, want the state's %v", a.LastVerified, when)
	}
}

// TestForgetDropsState: forget removes the account's recorded times too.
func TestForgetDropsState(t *testing.T) {
	path := configPath(t)
	s := storage.Open(path, storage.WithKeyring(newMem()))
	for _, e := range []string{"ada@gmail.com", "bob@gmail.com"} {
		mustSave(t, s, account(e), "adaadaadaadaaaaa", false)
		if err := s.SetVerified(e, time.Date(2026, 3, 5, 10, 0, 0, 0, time.UTC)); err != nil {
			t.Fatal(err)
		}
	}
	state := filepath.Join(filepath.Dir(path), storage.StateName)
	if err := s.Forget("ada@gmail.com"); err != nil {
		t.Fatal(err)
	}
	if got := readRaw(t, state); strings.Contains(got, "ada") || !strings.Contains(got, "bob@gmail.com") {
		t.Errorf("state after forgetting ada:\n%s", got)
	}
	// Saved again, ada starts with no verification.
	mustSave(t, s, account("ada@gmail.com"), "adaadaadaadaaaaa", false)
	cfg := mustLoad(t, s)
	if a, _ := cfg.Account("ada@gmail.com"); !a.LastVerified.IsZero() {
		t.Errorf("ada saved again has LastVerified %v from before forget", a.LastVerified)
	}
}

// TestHostileStateFileIgnored: a state file that is a link to another
// file, a FIFO, garbage or huge never stops the setup from loading, is
// read as empty (no time from it), is never written through, and the next
// verification replaces it with a regular private file.
func TestHostileStateFileIgnored(t *testing.T) {
	when := time.Date(2026, 3, 5, 10, 0, 0, 0, time.UTC)
	planted := `{"accounts":{"ada@gmail.com":{"last_verified":"2030-01-01T00:00:00Z"}}}`
	cases := map[string]func(t *testing.T, state string) (check func(t *testing.T)){
		"symlink": func(t *testing.T, state string) func(t *testing.T) {
			other := filepath.Join(t.TempDir(), "other.json")
			writeRaw(t, other, planted, 0o600)
			if err := os.Symlink(other, state); err != nil {
				t.Skip("no symlinks here:", err)
			}
			return func(t *testing.T) {
				if got := readRaw(t, other); got != planted {
					t.Errorf("written through the link:\n%s", got)
				}
			}
		},
		"garbage": func(t *testing.T, state string) func(t *testing.T) {
			writeRaw(t, state, "\x00\xff{not json at all]]", 0o600)
			return func(*testing.T) {}
		},
		"huge": func(t *testing.T, state string) func(t *testing.T) {
			pad := strings.Repeat(" ", 1<<20)
			writeRaw(t, state, `{"accounts":{"ada@gmail.com":{"last_verified":"2030-01-01T00:00:00Z"}}}`+pad, 0o600)
			return func(*testing.T) {}
		},
	}
	if mkfifo != nil { // Unix: state_unix_test.go
		cases["fifo"] = func(t *testing.T, state string) func(t *testing.T) {
			if err := mkfifo(state, 0o600); err != nil {
				t.Fatal(err)
			}
			return func(*testing.T) {}
		}
	}
	for name, plant := range cases {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "config.toml")
			writeRaw(t, path, goodAccount, 0o600)
			state := filepath.Join(filepath.Dir(path), storage.StateName)
			check := plant(t, state)
			s := storage.Open(path, storage.WithKeyring(newMem()))

			cfg := mustLoad(t, s) // loads, does not block on the FIFO
			if a := cfg.Accounts[0]; !a.LastVerified.IsZero() {
				t.Errorf("LastVerified %v read from a %s state file", a.LastVerified, name)
			}
			if err := s.SetVerified("ada@gmail.com", when); err != nil {
				t.Fatalf("SetVerified over a %s state file: %v", name, err)
			}
			check(t)
			assertMode(t, state, 0o600)
			if a := mustLoad(t, s).Accounts[0]; !a.LastVerified.Equal(when) {
				t.Errorf("LastVerified = %v after recording %v", a.LastVerified, when)
			}
			if got := readRaw(t, path); got != goodAccount {
				t.Errorf("the setup file changed:\n%s", got)
			}
		})
	}
}
