package storage_test

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gmailsetup/internal/storage"
)

// handEdited is a setup as a person leaves it after editing by hand:
// comments everywhere, odd spacing, keys and tables gmailsetup does not
// know, a sub-table inside an account, no newline at the very end.
const handEdited = `# My mail setup. Do not lose this comment.
default="ada@gmail.com"   # the one my scripts use
editor_note = 'keep'

[[account]]
  # the main one
  email   =   "ada@gmail.com"
  name = "Ada Lovelace"      # as it shows in From:
  host = "smtp.gmail.com"
  port = 587
  secret_store = "keyring"
  last_verified = 2025-01-01T00:00:00Z   # updated by gmailsetup test
  x-custom = [ 1, 2,
    3 ]  # multi-line, unknown

[[account]]
email = "bob@gmail.com"
host = "smtp.gmail.com"
port = 465
secret_store = "keyring"
notes = """
several lines
  of notes"""

[account.extra]   # belongs to bob
colour = "blue"

[unrelated]
answer = 42
# trailing comment`

func handEditedStore(t *testing.T) (*storage.Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "config.toml")
	writeRaw(t, path, handEdited, 0o600)
	return storage.Open(path, storage.WithKeyring(newMem())), path
}

// onlyChange fails unless after is before with old replaced by new, once.
func onlyChange(t *testing.T, what, before, after, old, new string) {
	t.Helper()
	if strings.Count(before, old) != 1 {
		t.Fatalf("%s: the test's anchor %q is not unique", what, old)
	}
	if want := strings.Replace(before, old, new, 1); after != want {
		t.Errorf("%s changed more than it should:\n--- got\n%s\n--- want\n%s", what, after, want)
	}
}

// TestSetVerifiedLeavesTheFile: a verification is recorded in the state
// file beside the setup; the setup the person edited keeps every byte,
// its old last_verified too, which the state's time now overrides.
func TestSetVerifiedLeavesTheFile(t *testing.T) {
	s, path := handEditedStore(t)
	when := time.Date(2026, 3, 5, 10, 0, 0, 0, time.UTC)
	for _, email := range []string{"ada@gmail.com", "BOB@gmail.com"} {
		if err := s.SetVerified(email, when); err != nil {
			t.Fatal(err)
		}
	}
	if got := readRaw(t, path); got != handEdited {
		t.Errorf("SetVerified changed the setup file:\n%s", got)
	}
	cfg := mustLoad(t, s)
	for _, a := range cfg.Accounts {
		if !a.LastVerified.Equal(when) {
			t.Errorf("%s: LastVerified = %v", a.Email, a.LastVerified)
		}
	}
	if names := dirNames(t, filepath.Dir(path)); len(names) != 2 || names[1] != storage.StateName {
		t.Errorf("beside the setup: %v, want it and the state file", names)
	}
	assertMode(t, filepath.Join(filepath.Dir(path), storage.StateName), 0o600)
	if err := s.SetVerified("nobody@gmail.com", when); !errors.As(err, new(*storage.NoAccountError)) {
		t.Errorf("SetVerified of an unknown account = %v", err)
	}
}

// Every other change of the file is an edit in place too: the default, an
// account replaced by Save, an account added, an account forgotten.
func TestChangesKeepHandEdits(t *testing.T) {
	s, path := handEditedStore(t)

	if err := s.SetDefault("bob@gmail.com"); err != nil {
		t.Fatal(err)
	}
	onlyChange(t, "SetDefault", handEdited, readRaw(t, path), `default="ada@gmail.com"`, `default="bob@gmail.com"`)

	before := readRaw(t, path)
	a := account("ada@gmail.com")
	a.LastVerified = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	a.Port, a.Name = 587, "Ada King"
	a.AppPasswordLabel, a.AppPasswordCreated = "", time.Time{}
	if _, err := s.Save(a, "adaadaadaadaaaaa", false); err != nil {
		t.Fatal(err)
	}
	// Saving ada moves her old last_verified out of the file into the
	// state file: that line goes, the name changes, nothing else.
	before = strings.Replace(before, "  last_verified = 2025-01-01T00:00:00Z   # updated by gmailsetup test\n", "", 1)
	onlyChange(t, "Save(ada)", before, readRaw(t, path), `name = "Ada Lovelace"`, `name = "Ada King"`)
	if a := mustLoad(t, s).Accounts[0]; !a.LastVerified.Equal(time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("after Save, LastVerified = %v, want the saved one from the state file", a.LastVerified)
	}

	before = readRaw(t, path)
	if _, err := s.Save(account("cleo@gmail.com"), "cleocleocleocleo", false); err != nil {
		t.Fatal(err)
	}
	after := readRaw(t, path)
	if !strings.HasPrefix(after, before+"\n\n[[account]]\n") || !strings.Contains(after[len(before):], `email = "cleo@gmail.com"`) {
		t.Errorf("a new account is not simply added at the end:\n%s", after)
	}

	before = after
	if err := s.Forget("bob@gmail.com"); err != nil {
		t.Fatal(err)
	}
	after = readRaw(t, path)
	bob := handEdited[strings.Index(handEdited, "[[account]]\nemail = \"bob") : strings.Index(handEdited, "colour = \"blue\"\n")+len("colour = \"blue\"\n")]
	want := strings.Replace(strings.Replace(before, bob, "", 1), `default="bob@gmail.com"`, `default="ada@gmail.com"`, 1)
	if after != want {
		t.Errorf("Forget(bob) changed more than bob's tables and the default:\n--- got\n%s\n--- want\n%s", after, want)
	}
	cfg := mustLoad(t, s)
	if len(cfg.Accounts) != 2 || cfg.Default != "ada@gmail.com" {
		t.Errorf("after the changes: %+v", cfg)
	}
	for _, keep := range []string{"# My mail setup", "editor_note = 'keep'", "x-custom", "[unrelated]", "# trailing comment"} {
		if !strings.Contains(after, keep) {
			t.Errorf("lost %q", keep)
		}
	}
}

// A layout the editor does not handle (accounts as an inline array) is
// rewritten whole, and only after its bytes are kept in a backup.
func TestRewriteKeepsBackup(t *testing.T) {
	path := filepath.Join(t.TempDir(), "config.toml")
	inline := "# inline, by hand\naccount = [ { email = \"ada@gmail.com\", host = \"smtp.gmail.com\", port = 587, secret_store = \"keyring\" } ]\n"
	writeRaw(t, path, inline, 0o600)
	s := storage.Open(path, storage.WithKeyring(newMem()))
	if err := s.SetDefault("ada@gmail.com"); err != nil {
		t.Fatal(err)
	}
	if got := readRaw(t, path+".bak"); got != inline {
		t.Errorf("backup = %q, want the old bytes", got)
	}
	if cfg := mustLoad(t, s); cfg.Default != "ada@gmail.com" {
		t.Errorf("after a rewrite: %+v", cfg)
	}
	// A second rewrite keeps the first backup too.
	writeRaw(t, path, inline, 0o600)
	if err := s.SetDefault("ada@gmail.com"); err != nil {
		t.Fatal(err)
	}
	if readRaw(t, path+".bak") != inline || readRaw(t, path+".bak-2") != inline {
		t.Errorf("backups: %v", dirNames(t, filepath.Dir(path)))
	}
}

// Windows line ends survive an edit.
func TestEditKeepsCRLF(t *testing.T) {
	path := filepath.Join(t.TempDir(), "config.toml")
	crlf := "default = \"ada@gmail.com\"\r\n" + strings.ReplaceAll(goodAccount, "\n", "\r\n") + "last_verified = 2025-01-01T00:00:00Z\r\n"
	writeRaw(t, path, crlf, 0o600)
	s := storage.Open(path, storage.WithKeyring(newMem()))
	a := storage.Account{Email: "ada@gmail.com", Host: "smtp.gmail.com", Port: 465}
	if _, err := s.Save(a, "adaadaadaadaaaaa", false); err != nil {
		t.Fatal(err)
	}
	// The save moves her last_verified to the state file (its line goes,
	// CRLF and all) and changes the port where it stands.
	want := strings.Replace(crlf, "last_verified = 2025-01-01T00:00:00Z\r\n", "", 1)
	onlyChange(t, "Save", want, readRaw(t, path), "port = 587", "port = 465")
}
