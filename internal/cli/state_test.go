package cli

import (
	"os"
	"path/filepath"
	"testing"

	"gmailsetup/internal/fake/fakegmail"
)

// handEdited is a setup file as a person might keep it: comments, their
// own order, an old last_verified, the app password in the file.
const handEdited = `# my mail, do not touch
default = "` + testEmail + `"

[[account]]
  email = "` + testEmail + `"   # the shop's address
  host = "smtp.gmail.com"
  port = 465
  secret_store = "file"
  password = "` + testSecret + `"
  last_verified = 2026-01-10T09:00:00Z # from an older gmailsetup
`

// TestTestLeavesHandEditedFileAlone: `gmailsetup test` records the
// verification in the state file beside the setup, never in the person's
// config.toml: same bytes, same mtime, same inode; status then shows the
// new verification.
func TestTestLeavesHandEditedFileAlone(t *testing.T) {
	h := newHarness(t, fakegmail.Options{Address: testEmail}, false)
	if err := os.MkdirAll(filepath.Dir(h.path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(h.path, []byte(handEdited), 0o600); err != nil {
		t.Fatal(err)
	}
	before, err := os.Stat(h.path)
	if err != nil {
		t.Fatal(err)
	}
	h.expect(h.run(NewTestCmd(h.env)), ExitOK)

	if got := string(fileBytes(t, h.path)); got != handEdited {
		t.Errorf("test changed the hand-edited setup file:\n%s", got)
	}
	after, err := os.Stat(h.path)
	if err != nil {
		t.Fatal(err)
	}
	if !after.ModTime().Equal(before.ModTime()) {
		t.Errorf("test changed the setup file's mtime: %v → %v", before.ModTime(), after.ModTime())
	}
	if !os.SameFile(before, after) { // same device and inode
		t.Error("test replaced the setup file (another inode)")
	}

	cfg, err := h.store().Load()
	if err != nil {
		t.Fatal(err)
	}
	if got := cfg.Accounts[0].LastVerified; !got.Equal(testNow) {
		t.Errorf("LastVerified after test = %v, want %v (from the state file)", got, testNow)
	}
	h.out.b.Reset()
	h.expect(h.run(NewStatusCmd(h.env)), ExitOK)
	contains(t, "status", h.out.String(), ago(h.env.Cat, testNow, testNow))
}
