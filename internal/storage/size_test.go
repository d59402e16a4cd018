package storage_test

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"gmailsetup/internal/storage"
)

// A save that would take the file past the size a load accepts (1 MiB)
// is refused before anything is written: otherwise status, password,
// credential and send would all refuse the file it wrote (issue 18, item
// 6). The old file, and the secret in the keyring, stay as they were.
func TestSaveNearTheLimitRefusedBeforeWriting(t *testing.T) {
	path := configPath(t)
	ring := newMem()
	s := storage.Open(path, storage.WithKeyring(ring))
	mustSave(t, s, account("ada@gmail.com"), "adaadaadaadaaaaa", false)
	// The person's notes fill the file to just under the limit.
	notes := strings.Repeat("# a long note kept by hand\n", (1<<20-len(readRaw(t, path))-100)/27)
	writeRaw(t, path, readRaw(t, path)+notes, 0o600)
	before := readRaw(t, path)
	mustLoad(t, s)

	_, err := s.Save(account("bob@gmail.com"), "bobbobbobbobbbbb", false)
	var tl *storage.TooLargeError
	if !errors.As(err, &tl) || tl.Path != path || tl.Limit != 1<<20 || tl.Size <= tl.Limit {
		t.Fatalf("Save past the limit = %#v, want *TooLargeError", err)
	}
	if readRaw(t, path) != before {
		t.Error("the file changed")
	}
	if _, ok := ring.entries()["bob@gmail.com"]; ok {
		t.Error("the refused account's secret is left in the keyring")
	}
	if left := temps(t, filepath.Dir(path)); len(left) != 0 {
		t.Errorf("temps left: %v", left)
	}
	if names := dirNames(t, filepath.Dir(path)); len(names) != 1 {
		t.Errorf("left in the folder: %v", names)
	}
	if cfg := mustLoad(t, s); len(cfg.Accounts) != 1 {
		t.Errorf("after the refusal: %+v", cfg.Accounts)
	}
	// A change that keeps it under the limit still works.
	if err := s.SetDefault("ada@gmail.com"); err != nil {
		t.Errorf("SetDefault: %v", err)
	}
}
