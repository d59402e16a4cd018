package storage_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gmailsetup/internal/storage"
)

// Sentinels: shaped like Google's, and never to be seen in the file (when
// kept in the keyring), in an error, or in a printed value.
const (
	oauthClientID = "123456789012-abcdefghij0123456789abcdefghijkl.apps.googleusercontent.com"
	oauthRefresh  = "1//0gSentinelRefreshTokenQx7Zk9Wv2Lm4Np8Rt"
	oauthSecret   = "GOCSPX-SentinelClientSecretQz7Wk2"
)

var signedIn = time.Date(2026, 3, 2, 9, 30, 0, 0, time.UTC)

func oauthAccount(email string) storage.Account {
	return storage.Account{
		Email: email, Name: "Ada Lovelace", Host: "smtp.gmail.com", Port: 465,
		ClientID: oauthClientID, SignedIn: signedIn, LastVerified: signedIn,
	}
}

var oauthSecrets = storage.OAuthSecrets{RefreshToken: oauthRefresh, ClientSecret: oauthSecret}

// noSecretIn fails if a secret of the sign-in is in text.
func noSecretIn(t *testing.T, what, text string) {
	t.Helper()
	for _, s := range []string{oauthRefresh, oauthSecret} {
		if strings.Contains(text, s) {
			t.Errorf("%s holds a secret:\n%s", what, text)
		}
	}
}

func TestSaveOAuthInKeyring(t *testing.T) {
	path := configPath(t)
	ring := newMem()
	s := storage.Open(path, storage.WithKeyring(ring))
	w, err := s.SaveOAuth(oauthAccount("ada@gmail.com"), oauthSecrets, false)
	if err != nil || !w.Keyring {
		t.Fatalf("SaveOAuth = %+v, %v", w, err)
	}
	raw := readRaw(t, path)
	noSecretIn(t, "config.toml", raw)
	for _, line := range []string{`auth = "oauth"`, `client_id = "` + oauthClientID + `"`, "app_published = false", `secret_store = "keyring"`} {
		if !strings.Contains(raw, line+"\n") {
			t.Errorf("config.toml lacks %q:\n%s", line, raw)
		}
	}
	// The times change by themselves: they are in the state file.
	if strings.Contains(raw, "signed_in") || strings.Contains(raw, "last_verified") {
		t.Errorf("config.toml holds a time that changes by itself:\n%s", raw)
	}
	if strings.Contains(raw, "password") && !strings.Contains(raw, "may contain an app password") {
		t.Errorf("a password key in a Google sign-in:\n%s", raw)
	}
	entries := ring.entries()
	if len(entries) != 1 || !strings.Contains(entries["ada@gmail.com"], oauthRefresh) || !strings.Contains(entries["ada@gmail.com"], oauthSecret) {
		t.Fatalf("keyring = %d entries, want one holding both secrets", len(entries))
	}

	acct, sec, err := s.OAuthSecrets("")
	if err != nil || sec != oauthSecrets || !acct.IsOAuth() || acct.ClientID != oauthClientID || !acct.SignedIn.Equal(signedIn) {
		t.Fatalf("OAuthSecrets = %+v, %v", acct, err)
	}
	if _, err := s.Secret("ada@gmail.com"); !errors.Is(err, storage.ErrOAuthAccount) {
		t.Errorf("Secret of a Google sign-in = %v, want ErrOAuthAccount", err)
	} else {
		noSecretIn(t, "Secret's error", err.Error())
	}
	if when, ok := acct.SignInExpires(); !ok || !when.Equal(signedIn.Add(7*24*time.Hour)) {
		t.Errorf("SignInExpires = %v, %v", when, ok)
	}
	acct.AppPublished = true
	if _, ok := acct.SignInExpires(); ok {
		t.Error("a published app's sign-in expires")
	}
}

func TestSaveOAuthInFileNeedsConsent(t *testing.T) {
	path := configPath(t)
	s := storage.Open(path, storage.WithoutKeyring())
	_, err := s.SaveOAuth(oauthAccount("ada@gmail.com"), oauthSecrets, false)
	var nk *storage.NoKeyringError
	if !errors.As(err, &nk) {
		t.Fatalf("SaveOAuth without keyring or consent = %v", err)
	}
	noSecretIn(t, "error", err.Error())
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("a refused save wrote the file: %v", err)
	}

	a := oauthAccount("ada@gmail.com")
	a.AppPublished = true
	if w, err := s.SaveOAuth(a, oauthSecrets, true); err != nil || w.Keyring {
		t.Fatalf("SaveOAuth to the file = %+v, %v", w, err)
	}
	fi, err := os.Stat(path)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("file mode %v, %v", fi.Mode(), err)
	}
	raw := readRaw(t, path)
	for _, line := range []string{`secret_store = "file"`, `refresh_token = "` + oauthRefresh + `"`, `client_secret = "` + oauthSecret + `"`, "app_published = true"} {
		if !strings.Contains(raw, line+"\n") {
			t.Errorf("config.toml lacks %q:\n%s", line, raw)
		}
	}
	_, sec, err := s.OAuthSecrets("ada@gmail.com")
	if err != nil || sec != oauthSecrets {
		t.Fatalf("OAuthSecrets from the file: %v", err)
	}
	// Readable by others, it is refused like a file with an app password.
	os.Chmod(path, 0o644)
	var ue *storage.UnsafeError
	if _, err := s.Load(); !errors.As(err, &ue) {
		t.Errorf("Load of a 0644 file with a refresh token = %v", err)
	}
}

// TestSwitchKindsKeepsTheFile: an app password replaced by a Google
// sign-in and back, in a file edited by hand: only the account's own lines
// change, and the one keyring entry follows.
func TestSwitchKindsKeepsTheFile(t *testing.T) {
	_, path := handEditedStore(t)
	ring := newMem()
	s := storage.Open(path, storage.WithKeyring(ring))
	ring.Set("bob@gmail.com", "bobbobbobbobbobb")
	before := readRaw(t, path)

	bob := oauthAccount("bob@gmail.com")
	bob.Name, bob.Port, bob.LastVerified = "", 465, time.Time{}
	if _, err := s.SaveOAuth(bob, oauthSecrets, false); err != nil {
		t.Fatal(err)
	}
	after := readRaw(t, path)
	noSecretIn(t, "config.toml", after)
	onlyChange(t, "SaveOAuth", before, after, `  of notes"""
`, `  of notes"""
auth = "oauth"
client_id = "`+oauthClientID+`"
app_published = false
`)
	if _, err := s.Secret("bob@gmail.com"); !errors.Is(err, storage.ErrOAuthAccount) {
		t.Errorf("Secret after the switch = %v", err)
	}

	// And back to an app password: the sign-in's lines go, the entry is the
	// password again.
	back := storage.Account{Email: "bob@gmail.com", Host: "smtp.gmail.com", Port: 465}
	if _, err := s.Save(back, "newnewnewnewnewn", false); err != nil {
		t.Fatal(err)
	}
	if got := readRaw(t, path); got != before {
		t.Errorf("back to an app password, the file is not as it was:\n--- got\n%s\n--- want\n%s", got, before)
	}
	if secret, err := s.Secret("bob@gmail.com"); err != nil || secret != "newnewnewnewnewn" {
		t.Errorf("Secret = %v", err)
	}
	if _, _, err := s.OAuthSecrets("bob@gmail.com"); err == nil {
		t.Error("OAuthSecrets of an app-password account worked")
	}
}

// TestSignInAgainChangesOnlyItsLines: rotate on a Google sign-in saves a
// new refresh token and date; in the keyring, the file does not change:
// the date goes to the state file.
func TestSignInAgainChangesOnlyItsLines(t *testing.T) {
	path := configPath(t)
	ring := newMem()
	s := storage.Open(path, storage.WithKeyring(ring))
	if _, err := s.SaveOAuth(oauthAccount("ada@gmail.com"), oauthSecrets, false); err != nil {
		t.Fatal(err)
	}
	edited := strings.Replace(readRaw(t, path), "[[account]]\n", "[[account]]\n# mine, do not touch\n", 1)
	writeRaw(t, path, edited, 0o600)

	acct, _, err := s.OAuthSecrets("ada@gmail.com")
	if err != nil {
		t.Fatal(err)
	}
	later := signedIn.Add(5 * 24 * time.Hour)
	acct.SignedIn = later
	fresh := storage.OAuthSecrets{RefreshToken: "1//0gAnotherRefreshTokenWq3", ClientSecret: oauthSecret}
	if _, err := s.SaveOAuth(acct, fresh, false); err != nil {
		t.Fatal(err)
	}
	if got := readRaw(t, path); got != edited {
		t.Errorf("signing in again changed the file; the new date belongs in the state file:\n%s", got)
	}
	if a := mustLoad(t, s).Accounts[0]; !a.SignedIn.Equal(later) {
		t.Errorf("SignedIn = %v, want %v", a.SignedIn, later)
	}
	if _, sec, err := s.OAuthSecrets(""); err != nil || sec != fresh {
		t.Errorf("OAuthSecrets after signing in again: %v", err)
	}
}

// TestFailedOAuthSaveKeepsTheOldSignIn: a save that fails at the last
// moment puts the old keyring entry back, so the old sign-in still works.
func TestFailedOAuthSaveKeepsTheOldSignIn(t *testing.T) {
	path := configPath(t)
	ring := newMem()
	s := storage.Open(path, storage.WithKeyring(ring))
	if _, err := s.SaveOAuth(oauthAccount("ada@gmail.com"), oauthSecrets, false); err != nil {
		t.Fatal(err)
	}
	before := readRaw(t, path)
	var seen []string
	storage.FailBeforeRename(s, errors.New("disk full"), &seen)
	fresh := storage.OAuthSecrets{RefreshToken: "1//0gAnotherRefreshTokenWq3", ClientSecret: oauthSecret}
	_, err := s.SaveOAuth(oauthAccount("ada@gmail.com"), fresh, false)
	if err == nil {
		t.Fatal("the save did not fail")
	}
	noSecretIn(t, "error", err.Error())
	if readRaw(t, path) != before {
		t.Error("a failed save changed the file")
	}
	if _, sec, err := storage.Open(path, storage.WithKeyring(ring)).OAuthSecrets(""); err != nil || sec != oauthSecrets {
		t.Errorf("the old sign-in is gone after a failed save: %v", err)
	}
}

func TestSaveOAuthRefusesBadInput(t *testing.T) {
	s := storage.Open(configPath(t), storage.WithKeyring(newMem()))
	cases := map[string]struct {
		mod  func(*storage.Account, *storage.OAuthSecrets)
		want storage.Problem
	}{
		"no client id":     {func(a *storage.Account, _ *storage.OAuthSecrets) { a.ClientID = "" }, storage.ProblemNoClientID},
		"web-looking id":   {func(a *storage.Account, _ *storage.OAuthSecrets) { a.ClientID = "my-app.example.com" }, storage.ProblemBadClientID},
		"no refresh token": {func(_ *storage.Account, o *storage.OAuthSecrets) { o.RefreshToken = "" }, storage.ProblemNoSecret},
		"no secret":        {func(_ *storage.Account, o *storage.OAuthSecrets) { o.ClientSecret = "" }, storage.ProblemNoSecret},
		"newline in token": {func(_ *storage.Account, o *storage.OAuthSecrets) { o.RefreshToken += "\n" }, storage.ProblemBadOAuthSecret},
		"quote in secret":  {func(_ *storage.Account, o *storage.OAuthSecrets) { o.ClientSecret += `"` }, storage.ProblemBadOAuthSecret},
		"bad address":      {func(a *storage.Account, _ *storage.OAuthSecrets) { a.Email = "ada@" }, storage.ProblemBadAddress},
	}
	for name, c := range cases {
		a, sec := oauthAccount("ada@gmail.com"), oauthSecrets
		c.mod(&a, &sec)
		_, err := s.SaveOAuth(a, sec, true)
		var ia *storage.InvalidAccountError
		if !errors.As(err, &ia) || ia.Problem != c.want {
			t.Errorf("%s: %v, want %v", name, err, c.want)
			continue
		}
		noSecretIn(t, name, err.Error())
	}
}

// oauthFile is a Google sign-in kept in the file, as SaveOAuth writes it.
const oauthFile = `[[account]]
email = "ada@gmail.com"
host = "smtp.gmail.com"
port = 465
secret_store = "file"
auth = "oauth"
client_id = "` + oauthClientID + `"
signed_in = 2026-03-02T09:30:00Z
app_published = false
refresh_token = "` + oauthRefresh + `"
client_secret = "` + oauthSecret + `"
`

// oauthKeyring is a Google sign-in whose secrets are in the keyring.
const oauthKeyring = `[[account]]
email = "ada@gmail.com"
host = "smtp.gmail.com"
port = 465
secret_store = "keyring"
auth = "oauth"
client_id = "` + oauthClientID + `"
signed_in = 2026-03-02T09:30:00Z
app_published = true
`

// TestHandEditedOAuthRefused: every way a hand edit can break a Google
// sign-in is refused on load, naming the file, the line and the key, and
// never the value.
func TestHandEditedOAuthRefused(t *testing.T) {
	cases := map[string]struct {
		content string
		key     string
		line    int
		want    storage.Problem
	}{
		"unknown auth":          {strings.Replace(oauthKeyring, `auth = "oauth"`, `auth = "OAuth2"`, 1), "auth", 6, storage.ProblemBadAuth},
		"no client id":          {strings.Replace(oauthKeyring, `client_id = "`+oauthClientID+`"`+"\n", "", 1), "client_id", 1, storage.ProblemNoClientID},
		"secret as client id":   {strings.Replace(oauthKeyring, oauthClientID, oauthSecret, 1), "client_id", 7, storage.ProblemBadClientID},
		"file without token":    {strings.Replace(oauthFile, `refresh_token = "`+oauthRefresh+`"`+"\n", "", 1), "secret_store", 5, storage.ProblemNoRefreshToken},
		"file without secret":   {strings.Replace(oauthFile, `client_secret = "`+oauthSecret+`"`+"\n", "", 1), "secret_store", 5, storage.ProblemNoClientSecret},
		"space in token":        {strings.Replace(oauthFile, oauthRefresh, oauthRefresh[:10]+" "+oauthRefresh[10:], 1), "refresh_token", 10, storage.ProblemBadOAuthSecret},
		"password in oauth":     {oauthKeyring + `password = "aaaabbbbccccdddd"` + "\n", "password", 10, storage.ProblemStraySecret},
		"token in keyring acct": {oauthKeyring + `refresh_token = "` + oauthRefresh + `"` + "\n", "refresh_token", 10, storage.ProblemStraySecret},
		"token in app password": {goodAccount + `client_secret = "` + oauthSecret + `"` + "\n", "client_secret", 6, storage.ProblemStraySecret},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "config.toml")
			writeRaw(t, path, c.content, 0o600)
			_, err := storage.Open(path, storage.WithKeyring(newMem())).Load()
			var ce *storage.ConfigError
			if !errors.As(err, &ce) || ce.Problem != c.want || ce.Key != c.key || ce.Line != c.line || ce.Path != path {
				t.Fatalf("Load = %#v (%v), want %v at %s line %d", ce, err, c.want, c.key, c.line)
			}
			noSecretIn(t, "error", err.Error())
			if !strings.Contains(err.Error(), fmt.Sprintf("%s:%d", path, c.line)) {
				t.Errorf("error does not name file and line: %v", err)
			}
		})
	}
}

// TestOAuthFilesLoad: what SaveOAuth writes loads back, and so does an
// app-password file with "auth" written out.
func TestOAuthFilesLoad(t *testing.T) {
	for name, content := range map[string]string{
		"file":         oauthFile,
		"keyring":      oauthKeyring,
		"app password": strings.Replace(goodAccount, "port = 587\n", "port = 587\nauth = \"app_password\"\n", 1),
	} {
		path := filepath.Join(t.TempDir(), "config.toml")
		writeRaw(t, path, content, 0o600)
		cfg, err := storage.Open(path, storage.WithKeyring(newMem())).Load()
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if got := cfg.Accounts[0].IsOAuth(); got != (name != "app password") {
			t.Errorf("%s: IsOAuth = %v", name, got)
		}
	}
}

// TestKeyringEntryNotASignIn: an app password left in the keyring under a
// Google sign-in's address is reported, not sent to Google, and not shown.
func TestKeyringEntryNotASignIn(t *testing.T) {
	path := filepath.Join(t.TempDir(), "config.toml")
	writeRaw(t, path, oauthKeyring, 0o600)
	ring := newMem()
	ring.Set("ada@gmail.com", "leftoverapppassw")
	_, _, err := storage.Open(path, storage.WithKeyring(ring)).OAuthSecrets("")
	var ke *storage.KeyringError
	if !errors.As(err, &ke) || !errors.Is(err, storage.ErrNotOAuthEntry) {
		t.Fatalf("OAuthSecrets = %v", err)
	}
	if strings.Contains(err.Error(), "leftoverapppassw") {
		t.Errorf("the entry is quoted: %v", err)
	}
}

func TestOAuthSecretsNeverPrint(t *testing.T) {
	for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x", "%X", "%d"} {
		noSecretIn(t, verb, fmt.Sprintf(verb, oauthSecrets))
		noSecretIn(t, verb+" in a struct", fmt.Sprintf(verb, struct{ S storage.OAuthSecrets }{oauthSecrets}))
	}
}
