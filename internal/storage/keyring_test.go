package storage_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/zalando/go-keyring"

	"gmailsetup/internal/storage"
)

// short keeps the bound tests fast; the default is asserted separately.
const short = 20 * time.Millisecond

func TestDefaultKeyringTimeoutIsThreeSeconds(t *testing.T) {
	if storage.DefaultKeyringTimeout != 3*time.Second {
		t.Errorf("DefaultKeyringTimeout = %v", storage.DefaultKeyringTimeout)
	}
	if got := storage.Timeout(storage.Open("x")); got != 3*time.Second {
		t.Errorf("Open uses %v, want 3s", got)
	}
	if got := storage.Timeout(storage.Open("x", storage.WithKeyringTimeout(short))); got != short {
		t.Errorf("WithKeyringTimeout: %v", got)
	}
}

// The real wrapper, over go-keyring's in-memory mock.
func TestSystemKeyringWithMock(t *testing.T) {
	// The mock never dials; a bus address that leads nowhere keeps the
	// session-bus check satisfied without reaching any real keyring.
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path="+filepath.Join(t.TempDir(), "no-bus"))
	keyring.MockInit()
	path := configPath(t)
	s := storage.Open(path, storage.WithKeyring(storage.SystemKeyring()))
	if w := mustSave(t, s, account("ada@gmail.com"), "aaaabbbbccccdddd", false); !w.Keyring {
		t.Fatalf("Where = %+v, want keyring", w)
	}
	if got, err := keyring.Get(storage.KeyringService, "ada@gmail.com"); err != nil || got != "aaaabbbbccccdddd" {
		t.Fatalf("go-keyring has %q, %v under service %q, user = email", got, err, storage.KeyringService)
	}
	if got, err := s.Secret("ada@gmail.com"); err != nil || got != "aaaabbbbccccdddd" {
		t.Errorf("Secret = %q, %v", got, err)
	}
	if err := storage.SystemKeyring().Delete("nobody@gmail.com"); !errors.Is(err, storage.ErrSecretMissing) {
		t.Errorf("Delete(missing) = %v, want ErrSecretMissing", err)
	}
	if err := s.Forget("ada@gmail.com"); err != nil {
		t.Fatal(err)
	}
	if _, err := keyring.Get(storage.KeyringService, "ada@gmail.com"); !errors.Is(err, keyring.ErrNotFound) {
		t.Errorf("entry left after Forget: %v", err)
	}

	// A keyring that fails (as go-keyring does at once without D-Bus) means
	// no keyring.
	keyring.MockInitWithError(errors.New("dbus: no session bus"))
	_, err := s.Save(account("ada@gmail.com"), "aaaabbbbccccdddd", false)
	if !errors.Is(err, storage.ErrNoKeyring) {
		t.Errorf("Save with a failing keyring = %v, want ErrNoKeyring", err)
	}
}

func TestSecretMissingFromKeyring(t *testing.T) {
	ring := newMem()
	s := storage.Open(configPath(t), storage.WithKeyring(ring))
	mustSave(t, s, account("ada@gmail.com"), "aaaabbbbccccdddd", false)
	ring.Delete("ada@gmail.com")
	_, err := s.Secret("ada@gmail.com")
	var ke *storage.KeyringError
	if !errors.As(err, &ke) || !errors.Is(err, storage.ErrSecretMissing) || ke.Op != "get" {
		t.Errorf("Secret = %v, want *KeyringError get ErrSecretMissing", err)
	}
	var na *storage.NoAccountError
	if _, err := s.Secret("bob@gmail.com"); !errors.As(err, &na) {
		t.Errorf("Secret(unknown) = %v, want *NoAccountError", err)
	}
	// The account says keyring but this store has none.
	_, err = storage.Open(s.Path(), storage.WithoutKeyring()).Secret("ada@gmail.com")
	if !errors.As(err, &ke) || !errors.Is(err, storage.ErrNoKeyring) {
		t.Errorf("Secret without keyring = %v", err)
	}
}

// A keyring that never answers is given up on: Save, Secret and Forget
// return. If the bound did not work, the test would hang until go test's
// own timeout fails it.
func TestBlockingKeyringIsBounded(t *testing.T) {
	path := configPath(t)
	s := storage.Open(path, storage.WithKeyring(newBlocking(t)), storage.WithKeyringTimeout(short))

	_, err := s.Save(account("ada@gmail.com"), "aaaabbbbccccdddd", false)
	var nk *storage.NoKeyringError
	if !errors.As(err, &nk) || !errors.Is(err, storage.ErrKeyringTimeout) || nk.Path != path || nk.Email != "ada@gmail.com" {
		t.Fatalf("Save = %v, want *NoKeyringError from a timeout", err)
	}
	if _, err := s.Load(); !errors.Is(err, storage.ErrNotFound) {
		t.Fatalf("a refused save wrote the file: %v", err)
	}
	w, err := s.Save(account("ada@gmail.com"), "aaaabbbbccccdddd", true)
	if err != nil || w.Keyring {
		t.Fatalf("Save with consent = %+v, %v; want the file", w, err)
	}
	if got, err := s.Secret("ada@gmail.com"); err != nil || got != "aaaabbbbccccdddd" {
		t.Errorf("Secret from file = %q, %v", got, err)
	}

	// An account kept in the keyring, read through a hung one.
	ring := newMem()
	k := storage.Open(path, storage.WithKeyring(ring))
	mustSave(t, k, account("bob@gmail.com"), "eeeeffffgggghhhh", false)
	hung := storage.Open(path, storage.WithKeyring(newBlocking(t)), storage.WithKeyringTimeout(short))
	_, err = hung.Secret("bob@gmail.com")
	var ke *storage.KeyringError
	if !errors.As(err, &ke) || !errors.Is(err, storage.ErrKeyringTimeout) {
		t.Errorf("Secret = %v, want *KeyringError timeout", err)
	}
	if err := hung.Forget("bob@gmail.com"); !errors.As(err, &ke) || ke.Op != "delete" || !errors.Is(err, storage.ErrKeyringTimeout) {
		t.Errorf("Forget = %v, want *KeyringError delete timeout", err)
	}
}

func TestNoKeyringWithoutConsentWritesNothing(t *testing.T) {
	path := configPath(t)
	s := storage.Open(path, storage.WithoutKeyring())
	_, err := s.Save(account("ada@gmail.com"), "aaaabbbbccccdddd", false)
	var nk *storage.NoKeyringError
	if !errors.As(err, &nk) || !errors.Is(err, storage.ErrNoKeyring) || nk.Path != path {
		t.Fatalf("Save = %v, want *NoKeyringError", err)
	}
	if _, err := s.Load(); !errors.Is(err, storage.ErrNotFound) {
		t.Errorf("file written: %v", err)
	}
	if _, err := os.Stat(filepath.Dir(path)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the refused first save left its folder: %v", err)
	}

	// With an existing setup, the refusal leaves it as it was.
	mustSave(t, s, account("bob@gmail.com"), "eeeeffffgggghhhh", true)
	before := readRaw(t, path)
	if _, err := s.Save(account("ada@gmail.com"), "aaaabbbbccccdddd", false); !errors.As(err, &nk) {
		t.Fatalf("Save = %v", err)
	}
	if readRaw(t, path) != before {
		t.Error("file changed by a refused save")
	}
}

// Rotation: the new secret replaces the old only once the file is saved; a
// failed save puts the keyring back, so the old setup keeps working.
func TestFailedSaveKeepsOldKeyringSecret(t *testing.T) {
	path := configPath(t)
	ring := newMem()
	s := storage.Open(path, storage.WithKeyring(ring))
	mustSave(t, s, account("ada@gmail.com"), "oldoldoldoldoooo", false)
	before := readRaw(t, path)

	var seen []string
	storage.FailBeforeRename(s, errors.New("disk full"), &seen)
	if _, err := s.Save(account("ada@gmail.com"), "newnewnewnewnnnn", false); err == nil {
		t.Fatal("Save succeeded despite the failing write")
	}
	if got, err := s.Secret("ada@gmail.com"); err != nil || got != "oldoldoldoldoooo" {
		t.Errorf("Secret = %q, %v; want the old one", got, err)
	}
	if readRaw(t, path) != before {
		t.Error("file changed")
	}
	// A new account whose save fails leaves no orphan keyring entry.
	if _, err := s.Save(account("bob@gmail.com"), "bobbobbobbobbbbb", false); err == nil {
		t.Fatal("Save succeeded despite the failing write")
	}
	if _, ok := ring.entries()["bob@gmail.com"]; ok {
		t.Error("orphan keyring entry for bob")
	}

	// If the keyring cannot be put back either, both failures are reported.
	ring.failSet = nil
	restoring := &failAfter{memKeyring: ring, okSets: 1}
	s2 := storage.Open(path, storage.WithKeyring(restoring))
	storage.FailBeforeRename(s2, errors.New("disk full"), &seen)
	_, err := s2.Save(account("ada@gmail.com"), "newnewnewnewnnnn", false)
	var fe *storage.FileError
	var ke *storage.KeyringError
	if !errors.As(err, &fe) || !errors.As(err, &ke) || ke.Op != "restore" {
		t.Errorf("Save = %v, want the write error and a restore *KeyringError", err)
	}
}

// failAfter lets okSets Set calls through, then fails them.
type failAfter struct {
	*memKeyring
	okSets int
}

func (f *failAfter) Set(email, secret string) error {
	if f.okSets == 0 {
		return errors.New("keyring locked")
	}
	f.okSets--
	return f.memKeyring.Set(email, secret)
}

// A keyring that cannot read the old entry cannot promise to put it back,
// so it is not used.
func TestUnreadableKeyringIsNotUsed(t *testing.T) {
	ring := newMem()
	ring.failGet = errors.New("dbus: access denied")
	s := storage.Open(configPath(t), storage.WithKeyring(ring))
	w, err := s.Save(account("ada@gmail.com"), "aaaabbbbccccdddd", true)
	if err != nil || w.Keyring {
		t.Fatalf("Save = %+v, %v; want the file", w, err)
	}
	if len(ring.entries()) != 0 {
		t.Errorf("keyring written: %v", ring.entries())
	}
}
