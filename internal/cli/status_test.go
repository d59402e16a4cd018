package cli

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/zalando/go-keyring"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/internal/i18n"
	"gmailsetup/internal/storage"
)

func TestStatusNotConfigured(t *testing.T) {
	for _, lang := range i18n.Langs {
		t.Run(string(lang), func(t *testing.T) {
			h := newHarness(t, fakegmail.Options{}, false)
			h.env.Cat = i18n.New(lang)
			h.expect(h.run(NewStatusCmd(h.env)), ExitFailed)
			contains(t, "stderr", h.err.String(), h.path, "`gmailsetup`", "setup --email")
			if h.out.String() != "" {
				t.Errorf("stdout should be empty: %q", h.out)
			}
			if fileBytes(t, h.path) != nil {
				t.Error("status wrote a setup file")
			}
		})
	}
}

func TestStatusFileSecret(t *testing.T) {
	h := newHarness(t, fakegmail.Options{}, false)
	h.save(testEmail, testSecret)
	h.expect(h.run(NewStatusCmd(h.env)), ExitOK)
	created := testNow.AddDate(0, 0, -10).Format("2006-01-02")
	verified := testNow.AddDate(0, 0, -3).Format("2006-01-02")
	contains(t, "stdout", h.out.String(),
		"Setup file: "+h.path, testEmail, "Mario Rossi", "smtp.gmail.com:465",
		"in the setup file "+h.path, "“gmailsetup”, created "+created,
		"3 days ago ("+verified+")")
}

func TestStatusKeyring(t *testing.T) {
	h := newHarness(t, fakegmail.Options{}, true)
	h.save(testEmail, testSecret)
	h.save("anna.bianchi@gmail.com", testSecret)
	h.expect(h.run(NewStatusCmd(h.env)), ExitOK)
	contains(t, "stdout", h.out.String(), testEmail+" (default)", "anna.bianchi@gmail.com", "in the OS keyring")
	if strings.Contains(h.out.String(), h.path+" (readable") {
		t.Error("a keyring secret is reported as in the file")
	}

	// --account shows one; an unknown one is "not configured", with the choices.
	h.out.b.Reset()
	h.expect(h.run(NewStatusCmd(h.env), "--account", "anna.bianchi@gmail.com"), ExitOK)
	if strings.Contains(h.out.String(), testEmail) {
		t.Errorf("--account showed another account:\n%s", h.out)
	}
	h.expect(h.run(NewStatusCmd(h.env), "--account", "nobody@gmail.com"), ExitFailed)
	contains(t, "stderr", h.err.String(), "nobody@gmail.com", testEmail+", anna.bianchi@gmail.com")
}

func TestStatusKeyringEntryMissing(t *testing.T) {
	h := newHarness(t, fakegmail.Options{}, true)
	h.save(testEmail, testSecret)
	if err := keyring.Delete(storage.KeyringService, testEmail); err != nil {
		t.Fatal(err)
	}
	h.expect(h.run(NewStatusCmd(h.env)), ExitBroken)
	contains(t, "stdout", h.out.String(), "cannot be used")
	contains(t, "stderr", h.err.String(), "gmailsetup rotate --account "+testEmail)
}

func TestStatusUnsafePermissions(t *testing.T) {
	h := newHarness(t, fakegmail.Options{}, false)
	h.save(testEmail, testSecret)
	if err := os.Chmod(h.path, 0o644); err != nil {
		t.Fatal(err)
	}
	h.expect(h.run(NewStatusCmd(h.env)), ExitBroken)
	contains(t, "stderr", h.err.String(), "chmod 600 '"+h.path+"'", "(mode 644)")
}

func TestStatusSyntaxError(t *testing.T) {
	for _, lang := range i18n.Langs {
		t.Run(string(lang), func(t *testing.T) {
			h := newHarness(t, fakegmail.Options{}, false)
			h.env.Cat = i18n.New(lang)
			h.save(testEmail, testSecret)
			data := fileBytes(t, h.path)
			lines := strings.Count(string(data), "\n")
			broken := string(data) + "port = = 3\n"
			if err := os.WriteFile(h.path, []byte(broken), 0o600); err != nil {
				t.Fatal(err)
			}
			h.expect(h.run(NewStatusCmd(h.env)), ExitBroken)
			line := lines + 1
			want := map[i18n.Lang]string{i18n.EN: "Fix line %d", i18n.IT: "Correggi la riga %d"}[lang]
			contains(t, "stderr", h.err.String(), fmt.Sprintf("%s:%d", h.path, line), fmt.Sprintf(want, line), "`gmailsetup`")
		})
	}
}

func TestAgo(t *testing.T) {
	cat := i18n.New(i18n.EN)
	now := testNow
	for _, c := range []struct {
		t    string
		want string
	}{
		{"", "never"},
		{"2026-03-05T08:00:00", "today (2026-03-05)"},
		{"2026-03-04T23:00:00", "yesterday (2026-03-04)"},
		{"2026-03-02T10:00:00", "3 days ago (2026-03-02)"},
		{"2025-01-02T10:00:00", "2025-01-02"},
	} {
		var when = zeroOr(t, c.t)
		if got := ago(cat, now, when); got != c.want {
			t.Errorf("ago(%s) = %q, want %q", c.t, got, c.want)
		}
	}
}
