package cli

import (
	"errors"
	"strings"
	"testing"

	"github.com/zalando/go-keyring"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/internal/gmail/links"
	"gmailsetup/internal/storage"
)

func TestForgetRemovesAccountAndKeyringEntry(t *testing.T) {
	h := newHarness(t, fakegmail.Options{}, true)
	h.save(testEmail, testSecret)
	h.expect(h.run(NewForgetCmd(h.env), "--yes"), ExitOK)

	cfg, err := h.store().Load()
	if err != nil {
		t.Fatal(err)
	}
	if len(cfg.Accounts) != 0 {
		t.Errorf("accounts left: %+v", cfg.Accounts)
	}
	if _, err := keyring.Get(storage.KeyringService, testEmail); !errors.Is(err, keyring.ErrNotFound) {
		t.Errorf("keyring entry still there (err %v)", err)
	}
	created := testNow.AddDate(0, 0, -10).Format("2006-01-02")
	contains(t, "stdout", h.out.String(),
		"Removed "+testEmail, "“gmailsetup” (created "+created+")",
		links.AppPasswords(testEmail), "authuser=mario.rossi%40gmail.com")

	// Nothing left: a second forget says so.
	h.expect(h.run(NewForgetCmd(h.env), "--yes"), ExitFailed)
}

func TestForgetNeedsYesWithoutTerminal(t *testing.T) {
	h := newHarness(t, fakegmail.Options{}, true)
	h.save(testEmail, testSecret)
	before := fileBytes(t, h.path)
	h.expect(h.run(NewForgetCmd(h.env)), ExitBroken)
	contains(t, "stderr", h.err.String(), "--yes")
	if string(fileBytes(t, h.path)) != string(before) {
		t.Error("forget without --yes changed the file")
	}
	if _, err := keyring.Get(storage.KeyringService, testEmail); err != nil {
		t.Errorf("forget without --yes touched the keyring: %v", err)
	}
}

func TestForgetAsksAtTerminal(t *testing.T) {
	for _, c := range []struct {
		answer string
		code   int
		left   int
	}{
		{"\n", ExitFailed, 1},
		{"n\n", ExitFailed, 1},
		{"y\n", ExitOK, 0},
	} {
		t.Run(strings.TrimSpace(c.answer), func(t *testing.T) {
			h := newHarness(t, fakegmail.Options{}, false)
			h.save(testEmail, testSecret)
			h.env.StdinTTY, h.env.Stdin = true, strings.NewReader(c.answer)
			h.expect(h.run(NewForgetCmd(h.env)), c.code)
			contains(t, "stderr", h.err.String(), "Remove the setup of "+testEmail)
			cfg, err := h.store().Load()
			if err != nil {
				t.Fatal(err)
			}
			if len(cfg.Accounts) != c.left {
				t.Errorf("%d accounts left, want %d", len(cfg.Accounts), c.left)
			}
		})
	}
}

func TestForgetChoosesAmongSeveral(t *testing.T) {
	h := newHarness(t, fakegmail.Options{}, false)
	h.save(testEmail, testSecret)
	h.save("anna.bianchi@gmail.com", testSecret)
	h.expect(h.run(NewForgetCmd(h.env), "--yes"), ExitFailed)
	contains(t, "stderr", h.err.String(), "--account", "anna.bianchi@gmail.com")

	h.expect(h.run(NewForgetCmd(h.env), "--yes", "--account", "anna.bianchi@gmail.com"), ExitOK)
	cfg, err := h.store().Load()
	if err != nil {
		t.Fatal(err)
	}
	if len(cfg.Accounts) != 1 || cfg.Accounts[0].Email != testEmail {
		t.Errorf("left %+v, want only %s", cfg.Accounts, testEmail)
	}
}
