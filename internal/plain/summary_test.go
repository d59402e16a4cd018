package plain

import (
	"os"
	"strings"
	"testing"
	"time"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
	"gmailsetup/internal/storage"
)

const savedAddress = "mario.rossi@gmail.com"

// saved stores a working setup as an earlier run would have, and returns
// the file's bytes.
func (h *harness) saved(password string) []byte {
	h.t.Helper()
	acct := storage.Account{Email: savedAddress, Name: "Mario Rossi", Host: "smtp.gmail.com", Port: 465,
		AppPasswordLabel: "fatture", AppPasswordCreated: time.Date(2026, 1, 15, 9, 0, 0, 0, time.UTC)}
	if _, err := h.store.Save(acct, password, true); err != nil {
		h.t.Fatal(err)
	}
	data, err := os.ReadFile(h.store.Path())
	if err != nil {
		h.t.Fatal(err)
	}
	return data
}

// A re-run opens on the saved setup; "check" signs in with it and records
// when, sending nothing.
func TestRerunOpensOnTheSavedSetupAndChecksIt(t *testing.T) {
	h := newHarness(t, fakegmail.Options{Address: savedAddress})
	h.saved(sentinel)
	code, out := h.walk(script{guide.Summary: {"2", "5"}}) // check, then quit
	checkClean(t, out)
	mustContain(t, out, "Your saved Gmail setup", savedAddress, `“fatture”, created on 2026-01-15`,
		"It works: Gmail accepted the saved app password.")
	if code != ExitNotDone {
		t.Fatalf("quit after the check: exit %d", code)
	}
	cfg, _ := h.store.Load()
	if acct, _ := cfg.Account(savedAddress); acct.LastVerified.IsZero() {
		t.Fatal("the check did not record when it passed")
	}
	if n := len(h.fake.Messages()); n != 0 {
		t.Fatalf("the check sent %d mails", n)
	}
}

// rotate --accessible goes straight to the new app password; a wrong one
// fails the test and, quitting there, the saved file is untouched.
func TestFailedRotationLeavesTheSetup(t *testing.T) {
	h := newHarness(t, fakegmail.Options{Address: savedAddress})
	before := h.saved(sentinel)
	h.rotate = true
	_, out := h.walk(script{guide.Paste: {"zzzz zzzz zzzz zzzz"}, guide.TestSend: {"4"}}) // quit after the failure
	checkClean(t, out)
	cat := i18n.New(i18n.EN)
	mustContain(t, out, heading(cat, guide.AppPassword), "5.7.8")
	if strings.Contains(out, heading(cat, guide.Account)) {
		t.Fatal("rotation asked for the address again")
	}
	if after, _ := os.ReadFile(h.store.Path()); string(after) != string(before) {
		t.Fatal("a failed rotation changed the setup file")
	}
	if secret, _ := h.store.Secret(savedAddress); secret != sentinel {
		t.Fatal("a failed rotation lost the old app password")
	}
}

// A rotation that passes saves the new password, keeps the sender's name,
// and, step 9 declined, says first that the invoicing software still has
// the old password, then names it to revoke, with the page's link.
func TestRotationRemindsToRevokeTheOldPassword(t *testing.T) {
	h := newHarness(t, fakegmail.Options{Address: savedAddress})
	h.saved("oldoldoldoldoldo")
	code, out := h.walk(script{guide.Summary: {"1"}}) // rotate
	checkClean(t, out)
	if code != ExitOK {
		t.Fatalf("exit %d:\n%s", code, out)
	}
	mustContain(t, out, `still has the old app password, “fatture”, created on 2026-01-15`, "only then revoke the old one",
		"apppasswords?authuser=mario.rossi%40gmail.com")
	cfg, _ := h.store.Load()
	acct, _ := cfg.Account(savedAddress)
	if secret, _ := h.store.Secret(savedAddress); secret != sentinel || acct.Name != "Mario Rossi" {
		t.Fatalf("after rotation: name %q, new password saved: %v", acct.Name, secret == sentinel)
	}
}

// A file that does not load is explained with file:line and left alone
// unless the person chooses to start again.
func TestBrokenFileIsExplainedAndKept(t *testing.T) {
	h := newHarness(t, fakegmail.Options{})
	broken := "[[account]]\nemail = \"mario.rossi@gmail.com\"\nport = = 465\n"
	if err := os.WriteFile(h.store.Path(), []byte(broken), 0o600); err != nil {
		t.Fatal(err)
	}
	_, out := h.walk(script{guide.Summary: {"2"}}) // quit
	checkClean(t, out)
	mustContain(t, out, "line 3", "Nothing will be overwritten")
	if data, _ := os.ReadFile(h.store.Path()); string(data) != broken {
		t.Fatal("the broken file was changed")
	}
}
