package storage_test

import (
	"errors"
	"testing"

	"gmailsetup/internal/storage"
)

// TestOneMailboxIsOneAccount: MARIO.ROSSI@GMAIL.COM and
// mario.rossi@gmail.com used to become two accounts for one mailbox. A
// save in another spelling now replaces the account, which keeps the
// spelling it was saved with (its keyring entry's name), and every lookup
// finds it whichever way it is typed.
func TestOneMailboxIsOneAccount(t *testing.T) {
	mem := newMem()
	s := storage.Open(configPath(t), storage.WithKeyring(mem))
	mustSave(t, s, account("mario.rossi@gmail.com"), "oldoldoldoldoldo", false)
	mustSave(t, s, account("MARIO.ROSSI@GMAIL.COM"), "newnewnewnewnewn", false)
	cfg := mustLoad(t, s)
	if len(cfg.Accounts) != 1 || cfg.Accounts[0].Email != "mario.rossi@gmail.com" {
		t.Fatalf("accounts %+v, want one, as first saved", cfg.Accounts)
	}
	if got := mem.entries(); len(got) != 1 || got["mario.rossi@gmail.com"] != "newnewnewnewnewn" {
		t.Errorf("keyring %v, want one entry with the new secret", got)
	}
	for _, typed := range []string{"MarioRossi@GoogleMail.com", "m.a.r.i.o.rossi@gmail.com"} {
		if _, ok := cfg.Account(typed); !ok {
			t.Errorf("Account(%q) not found", typed)
		}
		if secret, err := s.Secret(typed); err != nil || secret != "newnewnewnewnewn" {
			t.Errorf("Secret(%q) = %v", typed, err)
		}
	}
	if _, ok := cfg.Account("mario.rossi+fatture@gmail.com"); ok {
		t.Error("a +tag address matched the account")
	}
	if err := s.SetDefault("MARIO.ROSSI@gmail.com"); err != nil || mustLoad(t, s).Default != "mario.rossi@gmail.com" {
		t.Errorf("SetDefault: %v, default %q", err, mustLoad(t, s).Default)
	}
	if err := s.Forget("MarioRossi@gmail.com"); err != nil {
		t.Fatal(err)
	}
	if cfg := mustLoad(t, s); len(cfg.Accounts) != 0 || cfg.Default != "" || len(mem.entries()) != 0 {
		t.Errorf("after Forget: %+v, keyring %v", cfg, mem.entries())
	}
}

// TestHandEditedTwinIsADuplicate: a file naming one mailbox twice, spelt
// two ways, is refused like an exact duplicate.
func TestHandEditedTwinIsADuplicate(t *testing.T) {
	path := configPath(t)
	writeRaw(t, path, `[[account]]
email = "mario.rossi@gmail.com"
host = "smtp.gmail.com"
port = 465
secret_store = "keyring"

[[account]]
email = "MarioRossi@googlemail.com"
host = "smtp.gmail.com"
port = 465
secret_store = "keyring"
`, 0o600)
	_, err := storage.Open(path, storage.WithKeyring(newMem())).Load()
	var ce *storage.ConfigError
	if !errors.As(err, &ce) || ce.Problem != storage.ProblemDuplicateEmail || ce.Index != 2 {
		t.Errorf("Load: %v, want the second account as a duplicate", err)
	}
}
