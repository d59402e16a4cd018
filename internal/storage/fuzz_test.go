package storage_test

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"gmailsetup/internal/storage"
)

func fuzzSeeds(f *testing.F) {
	f.Add([]byte(goodAccount))
	f.Add([]byte(fileAccount))
	f.Add([]byte(handEdited))
	f.Add([]byte(strings.ReplaceAll(handEdited, "\n", "\r\n")))
	f.Add([]byte("default = \"ada@gmail.com\"\n" + goodAccount + strings.Replace(goodAccount, "ada", "bob", 1)))
	f.Add([]byte(goodAccount + "last_verified = 2025-03-04T05:06:07Z\napp_password_created = 2025-03-04T05:06:07.123+01:00\n"))
	f.Add([]byte("account = [{email = \"a@b.it\", secret_store = \"file\", password = \"abcdabcdabcdabcd\"}]\n"))
	f.Add([]byte(goodAccount + "name = \"Ada\n"))
	f.Add([]byte(goodAccount + "port = \"587\"\n"))
	f.Add([]byte(goodAccount + "token = Zq7Wx9Kp2Vb5Jm3T\n"))
	f.Add([]byte(goodAccount + "name = \"\\u001b]0;x\\u0007\"\n"))
	f.Add([]byte("[[account]]\npassword = \"\"\"\nabc\\q\n\"\"\"\n"))
	f.Add([]byte("[account]\nemail = 1\n"))
	f.Add([]byte("\xff\xfe\x00"))
	// Google sign-ins: in the keyring and in the file, an app password
	// switched by hand, a broken client_id, a token with a stray quote.
	f.Add([]byte(oauthKeyring))
	f.Add([]byte(oauthFile))
	f.Add([]byte(oauthKeyring + strings.Replace(oauthFile, "ada@", "bob@", 1)))
	f.Add([]byte(strings.Replace(oauthKeyring, `auth = "oauth"`, `auth = "app_password"`, 1)))
	f.Add([]byte(strings.Replace(oauthKeyring, ".apps.googleusercontent.com", "", 1)))
	f.Add([]byte(strings.Replace(oauthFile, oauthRefresh, oauthRefresh+`\"`, 1)))
	f.Add([]byte(strings.Replace(oauthKeyring, "app_published = true", `app_published = "yes"`, 1)))
}

// secretLooking finds runs in the input that look like a secret: letters
// and digits mixed, or 16 letters in a row (an app password).
var secretLooking = regexp.MustCompile(`[A-Za-z0-9]{8,}`)

func looksSecret(s string) bool {
	hasDigit := strings.ContainsAny(s, "0123456789")
	hasLetter := strings.IndexFunc(s, func(r rune) bool { return r >= 'A' && r <= 'z' }) >= 0
	return hasDigit && hasLetter || len(s) >= 16
}

// FuzzLoad feeds arbitrary bytes to the loader: it must never panic, every
// failure must be one of the typed errors the UI can explain, naming the
// file and never a secret-looking value of the input, and whatever loads
// must be usable and survive a round trip through a save.
func FuzzLoad(f *testing.F) {
	fuzzSeeds(f)
	// One file per worker, rewritten each run: a fresh folder per input
	// would cost more than the parse.
	path := filepath.Join(f.TempDir(), "config.toml")
	f.Fuzz(func(t *testing.T, data []byte) {
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		cfg, err := storage.Open(path, storage.WithoutKeyring()).Load()
		if err != nil {
			var (
				se *storage.SyntaxError
				ce *storage.ConfigError
				ue *storage.UnsafeError
				fe *storage.FileError
			)
			shown := strings.ReplaceAll(err.Error(), path, "")
			switch {
			case errors.As(err, &se):
				if se.Line < 1 || se.Line > strings.Count(string(data), "\n")+1 || se.Path != path {
					t.Fatalf("SyntaxError out of the file: %+v", se)
				}
				shown = strings.Replace(shown, se.Key, "", 1) // named on purpose
			case errors.As(err, &ce):
				if ce.Line < 0 || ce.Line > strings.Count(string(data), "\n")+1 {
					t.Fatalf("ConfigError out of the file: %+v", ce)
				}
				shown = strings.Replace(shown, ce.Email, "", 1) // a valid address, named on purpose
			case errors.As(err, &ue), errors.As(err, &fe):
			default:
				t.Fatalf("untyped error %T: %v", err, err)
			}
			if !strings.Contains(err.Error(), path) {
				t.Fatalf("error does not name the file: %v", err)
			}
			for _, run := range secretLooking.FindAllString(string(data), -1) {
				if looksSecret(run) && strings.Contains(shown, run) {
					t.Fatalf("error shows %q from the input: %v", run, err)
				}
			}
			if strings.ContainsFunc(err.Error(), func(r rune) bool { return r < 0x20 || r == 0x7f }) {
				t.Fatalf("error holds control characters: %q", err)
			}
			return
		}
		seen := map[string]bool{}
		for _, a := range cfg.Accounts {
			if a.Email == "" || seen[a.Email] ||
				(a.SecretStore != storage.SecretInKeyring && a.SecretStore != storage.SecretInFile) ||
				(a.SecretStore == storage.SecretInFile && !a.IsOAuth() && a.Password == "") ||
				(a.Port != 0 && a.Port != 465 && a.Port != 587) ||
				strings.ContainsFunc(a.Email+a.Name+a.Host+a.AppPasswordLabel+a.Password+a.ClientID+a.RefreshToken+a.ClientSecret, func(r rune) bool { return r < 0x20 || r >= 0x7f && r <= 0x9f }) ||
				(a.IsOAuth() && a.ClientID == "") ||
				(a.IsOAuth() && a.SecretStore == storage.SecretInFile && (a.RefreshToken == "" || a.ClientSecret == "")) ||
				(!a.IsOAuth() && (a.RefreshToken != "" || a.ClientSecret != "")) {
				t.Fatalf("loaded an unusable account: %+v", a)
			}
			seen[a.Email] = true
		}
		// Round trip: the setup saved whole (into a fresh file) loads back
		// the same.
		back := storage.RoundTrip(t, cfg)
		if !storage.SameConfig(back, cfg) {
			t.Fatalf("round trip changed the setup:\n%+v\n%+v", cfg, back)
		}
	})
}

// FuzzEditInPlace changes a loaded setup (a verification, then the
// default) and checks that the file then loads as exactly the old setup
// with that change, and that a failed change leaves every byte as it was.
func FuzzEditInPlace(f *testing.F) {
	fuzzSeeds(f)
	dir := f.TempDir()
	path := filepath.Join(dir, "config.toml")
	when := time.Date(2026, 3, 5, 10, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, data []byte) {
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			os.Remove(filepath.Join(dir, e.Name()))
		}
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		s := storage.Open(path, storage.WithKeyring(newMem())) // Forget finds no entry: fine
		cfg, err := s.Load()
		if err != nil || len(cfg.Accounts) == 0 {
			return
		}
		last := cfg.Accounts[len(cfg.Accounts)-1].Email
		steps := []struct {
			do     func() error
			change func(*storage.Config)
		}{
			{func() error { return s.SetVerified(last, when) }, func(c *storage.Config) { c.Accounts[len(c.Accounts)-1].LastVerified = when }},
			{func() error { return s.SetDefault(last) }, func(c *storage.Config) { c.Default = last }},
			{func() error { return s.Forget(cfg.Accounts[0].Email) }, func(c *storage.Config) {
				gone := c.Accounts[0].Email
				c.Accounts = c.Accounts[1:]
				if c.Default == gone {
					c.Default = ""
					if len(c.Accounts) > 0 {
						c.Default = c.Accounts[0].Email
					}
				}
			}},
		}
		for i, st := range steps {
			before, _ := os.ReadFile(path)
			want, err := s.Load()
			if err != nil {
				t.Fatalf("step %d: the last change left a file that does not load: %v\n%q", i, err, before)
			}
			want.Accounts = append([]storage.Account(nil), want.Accounts...)
			if err := st.do(); err != nil {
				if after, _ := os.ReadFile(path); string(after) != string(before) {
					t.Fatalf("step %d failed (%v) and changed the file", i, err)
				}
				continue
			}
			st.change(&want)
			got, err := s.Load()
			if err != nil {
				t.Fatalf("step %d: the file no longer loads: %v", i, err)
			}
			if !storage.SameConfig(got, want) {
				t.Fatalf("step %d: got\n%+v\nwant\n%+v", i, got, want)
			}
		}
	})
}
