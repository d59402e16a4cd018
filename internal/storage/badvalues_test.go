package storage_test

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"gmailsetup/internal/storage"
)

// A hand-edited value that a typed one could not be is refused on load,
// naming the file, the line and the key, never the value: it may be a
// secret, or carry escapes for the terminal.
func TestLoadRefusesBadValues(t *testing.T) {
	head := "# hand-edited\n[[account]]\n" // the account's keys start at line 3
	base := map[string]string{
		"email": `"ada@gmail.com"`, "host": `"smtp.gmail.com"`, "port": "587", "secret_store": `"keyring"`,
	}
	file := func(key, value string) string {
		var b strings.Builder
		b.WriteString(head)
		for _, k := range []string{"email", "host", "port", "secret_store"} {
			if k != key {
				fmt.Fprintf(&b, "%s = %s\n", k, base[k])
			}
		}
		fmt.Fprintf(&b, "%s = %s\n", key, value) // line 6, or 7 for a key not in base
		return b.String()
	}
	fileSecret := func(pw string) string {
		return head + "email = \"ada@gmail.com\"\nhost = \"smtp.gmail.com\"\nport = 587\nsecret_store = \"file\"\npassword = " + pw + "\n"
	}
	cases := []struct {
		name, content, key string
		line               int
		want               storage.Problem
		hidden             string // must not be in the error
	}{
		{"title escape in name", file("name", `"Ada\u001b]0;owned\u0007"`), "name", 7, storage.ProblemBadText, "owned"},
		{"clear screen in label", file("app_password_label", `"x\u001b[2J"`), "app_password_label", 7, storage.ProblemBadText, "[2J"},
		{"C1 control in name", file("name", `"Ada\u009b2J"`), "name", 7, storage.ProblemBadText, ""},
		{"CR LF in email", file("email", `"ada@gmail.com\r\nBcc: eve@evil.example"`), "email", 6, storage.ProblemBadText, "evil"},
		{"space in email", file("email", `"ada lovelace@gmail.com"`), "email", 6, storage.ProblemBadAddress, "lovelace"},
		{"nothing before the at", file("email", `"@gmail.com"`), "email", 6, storage.ProblemBadAddress, ""},
		{"two at signs", file("email", `"ada@evil.example@gmail.com"`), "email", 6, storage.ProblemBadAddress, "evil"},
		{"port too big", file("port", "99999"), "port", 6, storage.ProblemBadPort, "99999"},
		{"port negative", file("port", "-5"), "port", 6, storage.ProblemBadPort, "-5"},
		{"port 25", file("port", "25"), "port", 6, storage.ProblemBadPort, ""},
		{"host with space", file("host", `"smtp.gmail.com evil"`), "host", 6, storage.ProblemBadHost, "evil"},
		{"password too short", fileSecret(`"Zq7Wx9Kp"`), "password", 7, storage.ProblemBadPassword, "Zq7W"},
		{"account password", fileSecret(`"MyGmailPassword1!"`), "password", 7, storage.ProblemBadPassword, "Gmail"},
		{"password with newline", fileSecret(`"abcdabcdabcdabcd\n"`), "password", 7, storage.ProblemBadText, "abcd"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "config.toml")
			writeRaw(t, path, c.content, 0o600)
			_, err := storage.Open(path, storage.WithoutKeyring()).Load()
			var ce *storage.ConfigError
			if !errors.As(err, &ce) || ce.Problem != c.want || ce.Line != c.line || ce.Key != c.key || ce.Index != 1 {
				t.Fatalf("Load = %#v, want problem %v at line %d, key %s", err, c.want, c.line, c.key)
			}
			msg := err.Error()
			if !strings.Contains(msg, fmt.Sprintf("%s:%d", path, c.line)) || !strings.Contains(msg, c.key) {
				t.Errorf("Error() = %q, want file:line and the key", msg)
			}
			if c.hidden != "" && strings.Contains(msg, c.hidden) {
				t.Errorf("Error() quotes the value: %q", msg)
			}
			if strings.ContainsFunc(msg, func(r rune) bool { return r < 0x20 || r >= 0x7f && r <= 0x9f }) {
				t.Errorf("Error() holds control characters: %q", msg)
			}
		})
	}
	// What is refused on load is refused on save, so no save writes a file
	// that then does not load.
	s := storage.Open(filepath.Join(t.TempDir(), "config.toml"), storage.WithoutKeyring())
	for _, a := range []storage.Account{
		{Email: "ada lovelace@gmail.com", Host: "smtp.gmail.com", Port: 587},
		{Email: "ada@gmail.com", Host: "smtp.gmail.com", Port: 99999},
		{Email: "ada@gmail.com", Host: "smtp.gmail.com evil", Port: 587},
	} {
		if _, err := s.Save(a, "adaadaadaadaaaaa", true); err == nil {
			t.Errorf("Save(%+v) accepted", a)
		}
	}
	if _, err := s.Save(account("ada@gmail.com"), "not-an-app-password", true); err == nil {
		t.Error("Save accepted a secret that is not an app password")
	}
	// Google's spaced and capitalised forms are app passwords still.
	mustSave(t, s, account("ada@gmail.com"), "ABCD efgh IJKL mnop", true)
	mustLoad(t, s)
}

// A syntax error names the file, the line and the key, never the value:
// an unquoted token is exactly what the parser would quote back.
func TestSyntaxErrorNamesKeyNotValue(t *testing.T) {
	cases := map[string]struct {
		content, key string
		line         int
	}{
		"bare token":       {goodAccount + "token = " + sentinel + "\n", "token", 6},
		"bare api key":     {"api_key=" + sentinel + "x9\n" + goodAccount, "api_key", 1},
		"dotted key":       {goodAccount + "smtp.auth = " + sentinel + "\n", "smtp.auth", 6},
		"number-like":      {goodAccount + "pin = " + sentinelNum + "x\n", "pin", 6},
		"bad escape":       {goodAccount + "token = \"" + sentinel[:8] + `\` + sentinel[8:] + "\"\n", "token", 6},
		"secret alone":     {goodAccount + sentinel + "\n", "", 6},
		"unclosed string":  {goodAccount + "token = \"" + sentinel + "\n", "token", 6},
		"two values":       {goodAccount + "token = '" + sentinel + "' '" + sentinel + "'\n", "token", 6},
		"wrong type":       {"[[account]]\nemail = \"ada@gmail.com\"\nport = \"" + sentinel + "\"\n", "port", 3},
		"quoted key value": {goodAccount + "\"" + sentinel + "\" = " + sentinel + "\n", "", 6},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "config.toml")
			writeRaw(t, path, c.content, 0o600)
			_, err := storage.Open(path, storage.WithoutKeyring()).Load()
			var se *storage.SyntaxError
			if !errors.As(err, &se) || se.Line != c.line || se.Key != c.key || se.Path != path {
				t.Fatalf("Load = %#v, want a *SyntaxError at line %d, key %q", err, c.line, c.key)
			}
			assertNoLeak(t, name, err, path)
			if c.key != "" && !strings.Contains(err.Error(), c.key) {
				t.Errorf("Error() = %q does not name the key", err)
			}
		})
	}
}
