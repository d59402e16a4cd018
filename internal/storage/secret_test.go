package storage_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gmailsetup/internal/storage"
)

// Sentinels: an app-password-like word and a long number (number errors
// quote digits without quotes).
const (
	sentinel    = "Zq7Wx9Kp2Vb5Jm3T"
	sentinelNum = "98765432109876543210"
)

// leaks reports a piece of a sentinel in s: any 4 bytes in a row, which is
// more than redaction ever lets through. The path is removed first, since
// temp folder names hold random digits.
func leaks(s, path string) string {
	s = strings.ReplaceAll(s, path, "<path>")
	s = strings.ReplaceAll(s, filepath.Dir(path), "<dir>")
	for _, secret := range []string{sentinel, sentinelNum} {
		for i := 0; i+4 <= len(secret); i++ {
			if strings.Contains(s, secret[i:i+4]) {
				return secret[i : i+4]
			}
		}
	}
	return ""
}

func assertNoLeak(t *testing.T, what string, err error, path string) {
	t.Helper()
	if err == nil {
		t.Errorf("%s: no error", what)
		return
	}
	for _, form := range []string{"%v", "%+v", "%#v", "%s", "%q"} {
		if piece := leaks(fmt.Sprintf(form, err), path); piece != "" {
			t.Errorf("%s: %s shows %q of the secret: %s", what, form, piece, fmt.Sprintf(form, err))
		}
	}
}

func TestSecretNeverInErrors(t *testing.T) {
	account := "[[account]]\nemail = \"ada@gmail.com\"\nhost = \"smtp.gmail.com\"\nport = 587\nsecret_store = \"file\"\n"
	files := map[string]string{
		"bare word":            account + "password = " + sentinel + "\n",
		"no spaces":            account + "password=" + sentinel + "\n",
		"upper-case key":       account + "PASSWORD = " + sentinel + "\n",
		"unterminated":         account + "password = \"" + sentinel + "\n",
		"bad escape":           account + "password = \"" + sentinel[:8] + `\` + sentinel[8:] + "\"\n",
		"out of range":         account + "password = " + sentinelNum + "\n",
		"hex out of range":     account + "password = 0x" + sentinelNum + "\n",
		"bad float":            account + "password = " + sentinelNum + ".5x\n",
		"leading zero":         account + "password = 0" + sentinelNum + "\n",
		"underscore":           account + "password = 1__" + sentinelNum + "\n",
		"two values":           account + "password = '" + sentinel + "' '" + sentinel + "'\n",
		"array":                account + "password = [" + sentinel + "]\n",
		"wrong type":           account + "password = " + sentinelNum[:15] + "\n",
		"inline table":         "account = [{email = \"ada@gmail.com\", password = " + sentinel + "}]\n",
		"inline number":        "account = [{email = \"ada@gmail.com\", password = " + sentinelNum + "}]\n",
		"escaped key":          account + `"pass\u0077ord" = ` + sentinelNum + "\n",
		"multi-line open":      account + "password = \"\"\"\n" + sentinel + "\n" + sentinel + "\n",
		"multi-line bad":       account + "password = \"\"\"\n" + sentinel + `\q` + "\n\"\"\"\n",
		"date-like":            account + "password = 2025-01-01T" + sentinelNum + "\n",
		"dup with secret":      account + "password = \"" + sentinel + "\"\npassword = \"" + sentinel + "\"\n",
		"unsafe mode":          account + "password = \"" + sentinel + "\"\n",
		"duplicate account":    account + "password = \"" + sentinel + "\"\n" + account + "password = \"" + sentinel + "\"\n",
		"control char":         account + "password = \"" + sentinel + "\x01\"\n",
		"invalid utf8":         account + "password = \"" + sentinel + "\xff\"\n",
		"key then junk":        account + "password = \"" + sentinel + "\" " + sentinel + "\n",
		"literal unterminated": account + "password = '" + sentinel + "\n",
	}
	for name, content := range files {
		path := filepath.Join(t.TempDir(), "config.toml")
		mode := os.FileMode(0o600)
		if name == "unsafe mode" {
			mode = 0o644
		}
		writeRaw(t, path, content, mode)
		_, err := storage.Open(path, storage.WithoutKeyring()).Load()
		assertNoLeak(t, name, err, path)
		_, err = storage.Open(path, storage.WithoutKeyring()).Save(accountFor("bob@gmail.com"), sentinel, true)
		assertNoLeak(t, name+" (save)", err, path)
		t.Logf("%-20s %v", name, err)
	}

	// Errors from saving the secret.
	path := configPath(t)
	s := storage.Open(path, storage.WithoutKeyring())
	_, err := s.Save(accountFor("ada@gmail.com"), sentinel, false)
	assertNoLeak(t, "no keyring", err, path)
	_, err = s.Save(accountFor("ada@gmail.com"), sentinel+"\n", true)
	assertNoLeak(t, "bad secret", err, path)
	_, err = s.Save(storage.Account{Email: "ada@gmail.com", Password: sentinel + "\x00"}, sentinel+"\x00", true)
	assertNoLeak(t, "nul secret", err, path)

	ring := newMem()
	s = storage.Open(path, storage.WithKeyring(&failAfter{memKeyring: ring, okSets: 1}))
	var seen []string
	storage.FailBeforeRename(s, errors.New("disk full"), &seen)
	_, err = s.Save(accountFor("ada@gmail.com"), sentinel, false)
	assertNoLeak(t, "failed write and restore", err, path)
	ring.failSet = errors.New("locked")
	_, err = storage.Open(path, storage.WithKeyring(ring)).Save(accountFor("ada@gmail.com"), sentinel, false)
	assertNoLeak(t, "keyring refuses", err, path)
}

func accountFor(email string) storage.Account { return account(email) }
