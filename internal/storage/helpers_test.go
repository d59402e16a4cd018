package storage_test

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"gmailsetup/internal/storage"
)

// memKeyring is an in-memory keyring that can be told to fail.
type memKeyring struct {
	mu      sync.Mutex
	m       map[string]string
	failGet error
	failSet error
	failDel error
}

func newMem() *memKeyring { return &memKeyring{m: map[string]string{}} }

func (k *memKeyring) Get(email string) (string, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.failGet != nil {
		return "", k.failGet
	}
	s, ok := k.m[email]
	if !ok {
		return "", storage.ErrSecretMissing
	}
	return s, nil
}

func (k *memKeyring) Set(email, secret string) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.failSet != nil {
		return k.failSet
	}
	k.m[email] = secret
	return nil
}

func (k *memKeyring) Delete(email string) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.failDel != nil {
		return k.failDel
	}
	if _, ok := k.m[email]; !ok {
		return storage.ErrSecretMissing
	}
	delete(k.m, email)
	return nil
}

func (k *memKeyring) entries() map[string]string {
	k.mu.Lock()
	defer k.mu.Unlock()
	out := map[string]string{}
	for e, s := range k.m {
		out[e] = s
	}
	return out
}

// blockingKeyring never answers until released, like a Secret Service that
// accepted the D-Bus call and hung.
type blockingKeyring struct{ release chan struct{} }

func newBlocking(t *testing.T) *blockingKeyring {
	b := &blockingKeyring{release: make(chan struct{})}
	t.Cleanup(func() { close(b.release) }) // let the abandoned calls end
	return b
}

func (b *blockingKeyring) Get(string) (string, error) { <-b.release; return "", nil }
func (b *blockingKeyring) Set(string, string) error   { <-b.release; return nil }
func (b *blockingKeyring) Delete(string) error        { <-b.release; return nil }

// account is a full account as the wizard would save it.
func account(email string) storage.Account {
	return storage.Account{
		Email:              email,
		Name:               "Ada Lovelace",
		Host:               "smtp.gmail.com",
		Port:               587,
		AppPasswordLabel:   "gmailsetup on laptop",
		AppPasswordCreated: time.Date(2025, 3, 4, 5, 6, 7, 0, time.UTC),
	}
}

// configPath is a config path inside a fresh folder that does not exist yet.
func configPath(t *testing.T) string {
	return filepath.Join(t.TempDir(), "gmailsetup", "config.toml")
}

// writeRaw puts content at path with mode perm, exactly (umask aside).
func writeRaw(t *testing.T, path, content string, perm os.FileMode) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), perm); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, perm); err != nil {
		t.Fatal(err)
	}
}

func readRaw(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// dirNames lists a folder's entries.
func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range es {
		out = append(out, e.Name())
	}
	return out
}

// temps lists leftover temp files of config.toml in dir.
func temps(t *testing.T, dir string) []string {
	t.Helper()
	if _, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) {
		return nil // a child killed before its first save made no folder
	}
	var out []string
	for _, n := range dirNames(t, dir) {
		if strings.Contains(n, ".tmp-") {
			out = append(out, n)
		}
	}
	return out
}

func mustSave(t *testing.T, s *storage.Store, a storage.Account, secret string, allowFile bool) storage.Where {
	t.Helper()
	w, err := s.Save(a, secret, allowFile)
	if err != nil {
		t.Fatalf("Save(%s): %v", a.Email, err)
	}
	return w
}

func mustLoad(t *testing.T, s *storage.Store) storage.Config {
	t.Helper()
	cfg, err := s.Load()
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return cfg
}
