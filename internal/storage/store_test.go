package storage_test

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"gmailsetup/internal/storage"
)

// The wizard holds the store through this interface (steps/deps.go); a
// copy here keeps storage from importing steps.
var _ interface {
	Path() string
	Load() (storage.Config, error)
	Save(acct storage.Account, secret string, allowFile bool) (storage.Where, error)
	Replace(acct storage.Account, secret string, allowFile bool) (storage.Where, error)
	Secret(email string) (string, error)
	SetVerified(email string, when time.Time) error
} = (*storage.Store)(nil)

func TestRoundTripSeveralAccounts(t *testing.T) {
	path := configPath(t)
	ring := newMem()
	s := storage.Open(path, storage.WithKeyring(ring))

	a, b := account("ada@gmail.com"), account("bob@example.org")
	b.Name, b.AppPasswordCreated = "", time.Time{} // unset fields survive too
	a.LastVerified = time.Date(2025, 3, 4, 6, 0, 0, 123, time.FixedZone("CET", 3600))
	if w := mustSave(t, s, a, "aaaabbbbccccdddd", false); !w.Keyring || w.ConfigPath != path || w.Backup != "" {
		t.Fatalf("Where = %+v, want keyring at %s", w, path)
	}
	// The second one has no keyring and consents to the file.
	s2 := storage.Open(path, storage.WithoutKeyring())
	if w := mustSave(t, s2, b, "eeeeffffgggghhhh", true); w.Keyring {
		t.Fatalf("Where = %+v, want the file", w)
	}

	got := mustLoad(t, s)
	wantA, wantB := a, b
	wantA.SecretStore = storage.SecretInKeyring
	wantA.LastVerified = a.LastVerified.UTC()
	wantB.SecretStore, wantB.Password = storage.SecretInFile, "eeeeffffgggghhhh"
	want := storage.Config{Default: a.Email, Accounts: []storage.Account{wantA, wantB}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Load =\n%+v\nwant\n%+v", got, want)
	}
	if !got.Accounts[0].LastVerified.Equal(a.LastVerified) {
		t.Errorf("LastVerified moved: %v, want %v", got.Accounts[0].LastVerified, a.LastVerified)
	}
	if ring.entries()[a.Email] != "aaaabbbbccccdddd" {
		t.Errorf("keyring = %v", ring.entries())
	}
	for email, secret := range map[string]string{a.Email: "aaaabbbbccccdddd", b.Email: "eeeeffffgggghhhh", "": "aaaabbbbccccdddd"} {
		if got, err := s.Secret(email); err != nil || got != secret {
			t.Errorf("Secret(%q) = %q, %v; want %q", email, got, err, secret)
		}
	}
	raw := readRaw(t, path)
	if strings.Count(raw, "password = ") != 1 {
		t.Errorf("only the file account may have a password line:\n%s", raw)
	}
	if !strings.HasPrefix(raw, "# gmailsetup") || !strings.Contains(raw, "may contain an app password") {
		t.Errorf("no header saying what the file is:\n%s", raw)
	}
	if strings.Contains(raw, "0001-01-01") {
		t.Errorf("unset times written as year 1:\n%s", raw)
	}
}

func TestSaveReplacesSameAddressAndKeepsDefault(t *testing.T) {
	path := configPath(t)
	s := storage.Open(path, storage.WithKeyring(newMem()))
	mustSave(t, s, account("ada@gmail.com"), "oldoldoldoldoooo", false)
	mustSave(t, s, account("bob@gmail.com"), "bobbobbobbobbbbb", false)
	moved := account("ada@gmail.com")
	moved.Name = "Ada King"
	mustSave(t, s, moved, "newnewnewnewnnnn", false)

	cfg := mustLoad(t, s)
	if len(cfg.Accounts) != 2 || cfg.Accounts[0].Name != "Ada King" || cfg.Accounts[1].Email != "bob@gmail.com" {
		t.Fatalf("accounts = %+v, want ada replaced in place, then bob", cfg.Accounts)
	}
	if cfg.Default != "ada@gmail.com" {
		t.Errorf("Default = %q, want the first saved", cfg.Default)
	}
	if got, _ := s.Secret("ada@gmail.com"); got != "newnewnewnewnnnn" {
		t.Errorf("Secret = %q, want the new one", got)
	}
}

func TestMovingSecretFromFileToKeyringClearsFile(t *testing.T) {
	path := configPath(t)
	mustSave(t, storage.Open(path, storage.WithoutKeyring()), account("ada@gmail.com"), "filefilefilefile", true)
	s := storage.Open(path, storage.WithKeyring(newMem()))
	mustSave(t, s, account("ada@gmail.com"), "ringringringring", false)
	if raw := readRaw(t, path); strings.Contains(raw, "filefilefilefile") || strings.Contains(raw, "password =") {
		t.Fatalf("old secret still in the file:\n%s", raw)
	}
	if got, _ := s.Secret("ada@gmail.com"); got != "ringringringring" {
		t.Errorf("Secret = %q", got)
	}
}

func TestSetVerifiedAndDefault(t *testing.T) {
	path := configPath(t)
	s := storage.Open(path, storage.WithoutKeyring())
	mustSave(t, s, account("ada@gmail.com"), "adaadaadaadaaaaa", true)
	mustSave(t, s, account("bob@gmail.com"), "bobbobbobbobbbbb", true)
	when := time.Date(2026, 1, 2, 3, 4, 5, 0, time.FixedZone("X", -7200))
	if err := s.SetVerified("bob@gmail.com", when); err != nil {
		t.Fatal(err)
	}
	if err := s.SetDefault("bob@gmail.com"); err != nil {
		t.Fatal(err)
	}
	cfg := mustLoad(t, s)
	if !cfg.Accounts[1].LastVerified.Equal(when) || !cfg.Accounts[0].LastVerified.IsZero() {
		t.Errorf("LastVerified = %v / %v", cfg.Accounts[0].LastVerified, cfg.Accounts[1].LastVerified)
	}
	if cfg.Default != "bob@gmail.com" {
		t.Errorf("Default = %q", cfg.Default)
	}
	if got, _ := s.Secret("bob@gmail.com"); got != "bobbobbobbobbbbb" {
		t.Errorf("SetVerified touched the secret: %q", got)
	}
	var na *storage.NoAccountError
	if err := s.SetVerified("eve@gmail.com", when); !errors.As(err, &na) || na.Email != "eve@gmail.com" {
		t.Errorf("SetVerified(unknown) = %v, want *NoAccountError", err)
	}
}

func TestChangesNeedAnExistingSetup(t *testing.T) {
	path := configPath(t)
	s := storage.Open(path, storage.WithoutKeyring())
	for name, err := range map[string]error{
		"SetVerified": s.SetVerified("ada@gmail.com", time.Now()),
		"Forget":      s.Forget("ada@gmail.com"),
		"Load":        func() error { _, err := s.Load(); return err }(),
	} {
		if !errors.Is(err, storage.ErrNotFound) {
			t.Errorf("%s on no file = %v, want ErrNotFound", name, err)
		}
	}
	if names := dirNames(t, strings.TrimSuffix(path, "/gmailsetup/config.toml")); len(names) != 0 {
		t.Errorf("a failed change created %v", names)
	}
}

func TestForget(t *testing.T) {
	path := configPath(t)
	ring := newMem()
	s := storage.Open(path, storage.WithKeyring(ring))
	mustSave(t, s, account("ada@gmail.com"), "adaadaadaadaaaaa", false)
	mustSave(t, s, account("bob@gmail.com"), "bobbobbobbobbbbb", false)

	if err := s.Forget("ada@gmail.com"); err != nil {
		t.Fatal(err)
	}
	cfg := mustLoad(t, s)
	if len(cfg.Accounts) != 1 || cfg.Accounts[0].Email != "bob@gmail.com" || cfg.Default != "bob@gmail.com" {
		t.Fatalf("after Forget: %+v, want only bob, and bob the default", cfg)
	}
	if _, ok := ring.entries()["ada@gmail.com"]; ok {
		t.Error("keyring entry left behind")
	}
	var na *storage.NoAccountError
	if err := s.Forget("ada@gmail.com"); !errors.As(err, &na) {
		t.Errorf("second Forget = %v, want *NoAccountError", err)
	}

	// The keyring refusing to delete leaves the account gone from the file,
	// and says so.
	ring.failDel = errors.New("dbus: locked")
	err := s.Forget("bob@gmail.com")
	var ke *storage.KeyringError
	if !errors.As(err, &ke) || ke.Op != "delete" || ke.Email != "bob@gmail.com" {
		t.Fatalf("Forget with a failing keyring = %v, want *KeyringError delete", err)
	}
	if cfg := mustLoad(t, s); len(cfg.Accounts) != 0 || cfg.Default != "" {
		t.Errorf("after Forget of the last: %+v", cfg)
	}
}

func TestInvalidAccountWritesNothing(t *testing.T) {
	path := configPath(t)
	ring := newMem()
	s := storage.Open(path, storage.WithKeyring(ring))
	cases := []struct {
		acct   storage.Account
		secret string
		want   storage.Problem
	}{
		{storage.Account{}, "xsecretxsecretxx", storage.ProblemNoEmail},
		{account("ada@gmail.com"), "", storage.ProblemNoSecret},
		{account("ada@gmail.com"), "pasted-secret\n", storage.ProblemBadText},
		{account("ada@gmail.com\x00"), "xsecretxsecretxx", storage.ProblemBadText},
		{storage.Account{Email: "ada@gmail.com", Name: "\xff"}, "xsecretxsecretxx", storage.ProblemBadText},
	}
	for _, c := range cases {
		_, err := s.Save(c.acct, c.secret, true)
		var ia *storage.InvalidAccountError
		if !errors.As(err, &ia) || ia.Problem != c.want {
			t.Errorf("Save(%q, %q) = %v, want problem %v", c.acct.Email, c.secret, err, c.want)
		}
	}
	if len(ring.entries()) != 0 {
		t.Errorf("keyring touched: %v", ring.entries())
	}
	if _, err := s.Load(); !errors.Is(err, storage.ErrNotFound) {
		t.Errorf("file written: %v", err)
	}
}

func TestDefaultPath(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", "/xdg/home")
	t.Setenv("HOME", "/home/ada")
	t.Setenv(storage.EnvConfig, "")
	got, err := storage.DefaultPath()
	if want := "/xdg/home/gmailsetup/config.toml"; err != nil || got != want {
		t.Errorf("DefaultPath = %q, %v; want %q", got, err, want)
	}
	t.Setenv(storage.EnvConfig, "/elsewhere/mail.toml")
	if got, err := storage.DefaultPath(); err != nil || got != "/elsewhere/mail.toml" {
		t.Errorf("DefaultPath with %s = %q, %v", storage.EnvConfig, got, err)
	}
	t.Setenv(storage.EnvConfig, "")
	t.Setenv("XDG_CONFIG_HOME", "")
	t.Setenv("HOME", "")
	_, err = storage.DefaultPath()
	var fe *storage.FileError
	if !errors.As(err, &fe) || fe.Op != storage.OpLocate || !strings.Contains(err.Error(), storage.EnvConfig) {
		t.Errorf("DefaultPath without HOME = %v, want *FileError naming %s", err, storage.EnvConfig)
	}
}
