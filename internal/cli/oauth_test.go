package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/internal/fake/fakegoogle"
	"gmailsetup/internal/i18n"
	"gmailsetup/internal/oauth"
	"gmailsetup/internal/storage"
)

// oauthRig is a harness whose fakegmail takes only tokens a fake Google on
// loopback TLS issued, and whose commands sign in through the real oauth
// package pointed at that fake.
type oauthRig struct {
	*harness
	google     *fakegoogle.Server
	id, secret string
	clientFile string
	browser    *testBrowser
}

// Tokens the fake issues start so; real Google's start with ya29. and 1//.
var leakedToken = regexp.MustCompile(`ya29\.[A-Za-z0-9_-]+|1//[A-Za-z0-9_-]+`)

func newOAuthRig(t *testing.T, withKeyring bool) *oauthRig {
	t.Helper()
	g, err := fakegoogle.Start()
	if err != nil {
		t.Fatal(err)
	}
	hc := g.HTTPClient()
	t.Cleanup(func() { hc.CloseIdleConnections(); g.Close() })
	h := newHarness(t, fakegmail.Options{Address: testEmail, Tokens: g}, withKeyring)
	r := &oauthRig{harness: h, google: g}
	r.id, r.secret = g.NewClient()
	r.browser = &testBrowser{client: g.HTTPClient()}
	t.Cleanup(r.browser.wait)
	h.env.Google = GoogleService{Service: oauth.Service{
		Endpoints:  oauth.Endpoints{Auth: g.AuthURL(), Token: g.TokenURL(), Revoke: g.RevokeURL()},
		HTTPClient: hc,
	}}
	h.env.Browser = r.browser
	r.clientFile = filepath.Join(t.TempDir(), "client_secret_test.json")
	data, _ := json.Marshal(map[string]any{"installed": map[string]any{
		"client_id": r.id, "client_secret": r.secret, "project_id": "mail-for-invoices",
		"auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token",
		"redirect_uris": []string{"http://localhost"},
	}})
	if err := os.WriteFile(r.clientFile, data, 0o600); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(r.checkNoOAuthSecret)
	return r
}

// testBrowser is what a browser does with the sign-in page: it follows the
// fake Google's redirect back to the loopback listener.
type testBrowser struct {
	client *http.Client
	wg     sync.WaitGroup
	opened int
}

func (b *testBrowser) Open(ctx context.Context, url string) error {
	b.opened++
	b.wg.Add(1)
	go func() {
		defer b.wg.Done()
		if resp, err := b.client.Get(url); err == nil {
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
		}
	}()
	return nil
}

func (b *testBrowser) wait() { b.wg.Wait(); b.client.CloseIdleConnections() }

// checkNoOAuthSecret fails if a refresh token, an access token or the
// client secret reached stderr, the --debug transcript, or stdout (which
// only `token` may use, and whose tests reset it).
func (r *oauthRig) checkNoOAuthSecret() {
	for name, text := range map[string]string{"stdout": r.out.String(), "stderr": r.err.String(), "debug": r.debug.String()} {
		if m := leakedToken.FindString(text); m != "" || strings.Contains(text, r.secret) {
			r.t.Errorf("a secret of the sign-in is in %s:\n%s", name, text)
		}
	}
}

// setup runs setup --oauth and checks it saved.
func (r *oauthRig) setup(args ...string) int {
	r.t.Helper()
	return r.run(NewSetupCmd(r.env), append([]string{"--email", testEmail, "--oauth", "--client-secret-file", r.clientFile}, args...)...)
}

// saved is the account and its secrets as stored.
func (r *oauthRig) saved() (storage.Account, storage.OAuthSecrets) {
	r.t.Helper()
	a, sec, err := r.store().OAuthSecrets(testEmail)
	if err != nil {
		r.t.Fatalf("OAuthSecrets: %v", err)
	}
	return a, sec
}

// tokenOut runs `token` to a pipe and returns what it printed, off the
// sentinel check's stdout.
func (r *oauthRig) tokenOut(args ...string) (string, int) {
	r.t.Helper()
	var out bytes.Buffer
	r.env.Stdout = &out
	defer func() { r.env.Stdout = r.out }()
	code := r.run(NewTokenCmd(r.env), args...)
	return out.String(), code
}

func TestSetupOAuthTestsThenSaves(t *testing.T) {
	r := newOAuthRig(t, true)
	r.expect(r.setup("--name", "Mario Rossi"), ExitOK)
	if r.browser.opened != 1 {
		t.Errorf("browser opened %d times", r.browser.opened)
	}
	if q := r.google.LastAuthorize(); q.Get("login_hint") != testEmail || q.Get("access_type") != "offline" || q.Get("prompt") != "consent" {
		t.Errorf("authorization request %v", q)
	}
	contains(t, "stderr", r.err.String(), r.google.AuthURL(), "Signing in with Google", day(i18n.New(i18n.EN), testNow.AddDate(0, 0, 7)), "gmailsetup rotate")
	contains(t, "stdout", r.out.String(), "signed in", "Google sign-in", "OS keyring", testEmail)
	if len(r.fake.Messages()) != 1 {
		t.Errorf("%d mails sent, want the test mail", len(r.fake.Messages()))
	}

	a, sec := r.saved()
	if !a.IsOAuth() || a.ClientID != r.id || !a.SignedIn.Equal(testNow) || a.AppPublished || a.Name != "Mario Rossi" {
		t.Errorf("saved %+v", a)
	}
	if sec.ClientSecret != r.secret || !strings.HasPrefix(sec.RefreshToken, "1//") {
		t.Error("the keyring entry does not hold the sign-in")
	}
	raw := string(fileBytes(t, r.path))
	if strings.Contains(raw, sec.RefreshToken) || strings.Contains(raw, r.secret) || leakedToken.MatchString(raw) {
		t.Errorf("a secret is in config.toml though the keyring took it:\n%s", raw)
	}
	contains(t, "config.toml", raw, `auth = "oauth"`, `client_id = "`+r.id+`"`, "app_published = false")
	// The sign-in's time changes by itself: it is in the state file, not
	// in the setup the person edits.
	if strings.Contains(raw, "signed_in") || strings.Contains(raw, "last_verified") {
		t.Errorf("config.toml holds a time that changes by itself:\n%s", raw)
	}
	contains(t, "state.json", string(fileBytes(t, filepath.Join(filepath.Dir(r.path), "state.json"))), `"signed_in": "`)
}

func TestSetupOAuthRefusesBadClientAndSavesNothing(t *testing.T) {
	r := newOAuthRig(t, true)
	web := filepath.Join(t.TempDir(), "client_secret_web.json")
	os.WriteFile(web, []byte(`{"web":{"client_id":"`+r.id+`","client_secret":"`+r.secret+`"}}`), 0o600)
	r.expect(r.run(NewSetupCmd(r.env), "--email", testEmail, "--oauth", "--client-secret-file", web), ExitFailed)
	contains(t, "stderr", r.err.String(), "Desktop app")
	r.expect(r.run(NewSetupCmd(r.env), "--email", testEmail, "--oauth"), ExitBroken)
	r.expect(r.run(NewSetupCmd(r.env), "--email", testEmail, "--oauth", "--password-stdin", "--client-secret-file", r.clientFile), ExitBroken)
	// Google refuses: nothing is saved, and the refusal is explained.
	r.google.Refuse(testEmail, "access_denied")
	r.expect(r.setup(), ExitFailed)
	contains(t, "stderr", r.err.String(), "test user")
	if fileBytes(t, r.path) != nil {
		t.Error("a refused setup wrote the file")
	}
}

// TestSetupOAuthPastedAddress: over SSH, --no-browser opens nothing; the
// address of the page that did not load is pasted on stdin, after a wrong
// one, which is explained without being echoed.
func TestSetupOAuthPastedAddress(t *testing.T) {
	r := newOAuthRig(t, false)
	pr, pw := io.Pipe()
	r.env.Stdin = pr
	done := make(chan int)
	go func() { done <- r.setup("--no-browser", "--no-send", "--insecure-storage", "--app-published") }()

	// Play the other machine's browser: allow, but do not follow Google's
	// redirect; copy the address instead.
	noFollow := r.google.HTTPClient()
	noFollow.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	var authURL string
	wrote, deadline := r.err.watch(), time.After(10*time.Second)
	for authURL == "" {
		if authURL = regexp.MustCompile(`https://127\.0\.0\.1:\d+/o/oauth2/auth\?\S+`).FindString(r.err.String()); authURL != "" {
			break
		}
		select {
		case <-wrote:
		case <-deadline:
			t.Fatalf("setup printed no sign-in address in 10 s:\n%s", r.err.String())
		}
	}
	resp, err := noFollow.Get(authURL)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	back := resp.Header.Get("Location")
	io.WriteString(pw, "http://127.0.0.1:1/?code=wrongcodeXq9&state=x\n")
	io.WriteString(pw, back+"\n")
	code := <-done
	pw.Close()
	r.expect(code, ExitOK)
	if r.browser.opened != 0 {
		t.Error("--no-browser opened the browser")
	}
	contains(t, "stderr", r.err.String(), "ssh -L", "paste it here")
	if strings.Contains(r.err.String(), "wrongcodeXq9") {
		t.Error("the pasted address was echoed")
	}
	a, _ := r.saved()
	if a.SecretStore != storage.SecretInFile || !a.AppPublished {
		t.Errorf("saved %+v", a)
	}
	checkPrivate(t, r.path)
	r.expect(r.run(NewStatusCmd(r.env)), ExitOK)
	if strings.Contains(r.out.String(), "expires") {
		t.Errorf("a published app's sign-in shown as expiring:\n%s", r.out)
	}
}

func TestTokenPrintsFreshAccessToken(t *testing.T) {
	r := newOAuthRig(t, true)
	r.expect(r.setup("--no-send"), ExitOK)
	out, code := r.tokenOut()
	r.expect(code, ExitOK)
	tok := strings.TrimSuffix(out, "\n")
	if !r.google.CheckToken(testEmail, tok) || strings.Contains(tok, "\n") {
		t.Fatalf("token printed %q, not a live access token", out)
	}
	again, _ := r.tokenOut("--account", testEmail)
	if again == out {
		t.Error("a second run printed the same token: it was kept somewhere")
	}
	raw := string(fileBytes(t, r.path))
	if strings.Contains(raw, tok) {
		t.Error("the access token was saved")
	}

	r.env.StdoutTTY = true
	out, code = r.tokenOut()
	r.expect(code, ExitBroken)
	if out != "" {
		t.Errorf("printed to a terminal: %q", out)
	}
	contains(t, "stderr", r.err.String(), "--force")
	out, code = r.tokenOut("--force")
	r.expect(code, ExitOK)
	if !r.google.CheckToken(testEmail, strings.TrimSpace(out)) {
		t.Error("--force printed no live token")
	}
}

func TestTokenOnAppPasswordAccount(t *testing.T) {
	r := newOAuthRig(t, false)
	r.save(testEmail, testSecret)
	_, code := r.tokenOut()
	r.expect(code, ExitFailed)
	contains(t, "stderr", r.err.String(), "gmailsetup password")
}

func TestPasswordOnOAuthAccount(t *testing.T) {
	r := newOAuthRig(t, true)
	r.expect(r.setup("--no-send"), ExitOK)
	out := secretOut(r.harness)
	r.expect(r.run(NewPasswordCmd(r.env)), ExitFailed)
	if out.String() != "" {
		t.Errorf("password printed %q for a Google sign-in", out)
	}
	contains(t, "stderr", r.err.String(), "gmailsetup token")
}

// TestTestAndSendRefresh: test and send sign in with a token refreshed
// through the mailer's hook; fakegmail takes only tokens the fake issued.
func TestTestAndSendRefresh(t *testing.T) {
	r := newOAuthRig(t, true)
	r.expect(r.setup("--no-send"), ExitOK)
	r.expect(r.run(NewTestCmd(r.env), "--send"), ExitOK)
	contains(t, "stdout", r.out.String(), "signed in")
	body := filepath.Join(t.TempDir(), "body.txt")
	os.WriteFile(body, []byte("Fattura allegata.\n"), 0o600)
	r.expect(r.run(NewSendCmd(r.env), "--to", "cliente@example.com", "--subject", "Fattura", "--body", body), ExitOK)
	if n := len(r.fake.Messages()); n != 2 {
		t.Errorf("%d mails, want the test mail and the invoice", n)
	}
	contains(t, "debug", r.debug.String(), "AUTH XOAUTH2 [redacted]")
}

// TestInvalidGrantSaysRotate: Google no longer takes the refresh token
// (revoked, password changed, a Testing app's 7 days): each command says
// so in plain words with the fix, in both languages.
func TestInvalidGrantSaysRotate(t *testing.T) {
	r := newOAuthRig(t, true)
	r.expect(r.setup("--no-send"), ExitOK)
	r.google.RefuseRefresh(testEmail, true)
	r.env.Now = func() time.Time { return testNow.AddDate(0, 0, 8) }
	for _, c := range []struct {
		lang  i18n.Lang
		words []string
	}{
		{i18n.EN, []string{"no longer accepts", "gmailsetup rotate --account " + testEmail, "7 days ended on " + day(i18n.New(i18n.EN), testNow.AddDate(0, 0, 7))}},
		{i18n.IT, []string{"non accetta più", "gmailsetup rotate --account " + testEmail, "7 giorni sono finiti il"}},
	} {
		r.env.Cat = i18n.New(c.lang)
		r.err.mu.Lock()
		r.err.b.Reset()
		r.err.mu.Unlock()
		r.expect(r.run(NewTestCmd(r.env)), ExitFailed)
		contains(t, "test's stderr", r.err.String(), c.words...)
		_, code := r.tokenOut()
		r.expect(code, ExitFailed)
		r.expect(r.run(NewStatusCmd(r.env)), ExitOK)
	}
	contains(t, "status", r.out.String(), "expired")
}

func TestStatusShowsSignInAndExpiry(t *testing.T) {
	r := newOAuthRig(t, true)
	r.expect(r.setup("--no-send"), ExitOK)
	r.out.mu.Lock()
	r.out.b.Reset()
	r.out.mu.Unlock()
	r.expect(r.run(NewStatusCmd(r.env)), ExitOK)
	contains(t, "status", r.out.String(), "Google sign-in (OAuth)", r.id, "in Testing", "Sign-in expires:", day(i18n.New(i18n.EN), testNow.AddDate(0, 0, 7)), "Publish app", "gmailsetup rotate --account "+testEmail)
	r.env.Cat = i18n.New(i18n.IT)
	r.expect(r.run(NewStatusCmd(r.env)), ExitOK)
	contains(t, "status", r.out.String(), "accesso con Google (OAuth)", "L'accesso scade")

	// An app password says its kind too.
	h := newHarness(t, fakegmail.Options{}, false)
	h.save(testEmail, testSecret)
	h.expect(h.run(NewStatusCmd(h.env)), ExitOK)
	contains(t, "status", h.out.String(), "Sign-in:", "app password")
}

// TestForgetRevokesThenRemoves: the refresh token is revoked at Google
// (the fake then refuses it), then the setup and the keyring entry go.
func TestForgetRevokesThenRemoves(t *testing.T) {
	r := newOAuthRig(t, true)
	r.expect(r.setup("--no-send"), ExitOK)
	a, sec := r.saved()
	r.expect(r.run(NewForgetCmd(r.env), "--yes"), ExitOK)
	contains(t, "stdout", r.out.String(), "revoked")
	svc := r.env.Google.(GoogleService)
	if _, err := svc.Refresh(t.Context(), oauth.Client{ID: a.ClientID, Secret: oauth.NewSecret(sec.ClientSecret)}, oauth.NewSecret(sec.RefreshToken)); err == nil {
		t.Error("the refresh token still works at Google after forget")
	}
	if _, err := r.store().Load(); err != nil {
		t.Fatal(err)
	}
	if cfg, _ := r.store().Load(); len(cfg.Accounts) != 0 {
		t.Errorf("still saved: %+v", cfg.Accounts)
	}
}

// TestForgetWhenGoogleIsUnreachable: a failed revoke is reported with the
// page to do it by hand, and the local secret goes anyway.
func TestForgetWhenGoogleIsUnreachable(t *testing.T) {
	r := newOAuthRig(t, false)
	r.expect(r.setup("--no-send", "--insecure-storage"), ExitOK)
	r.google.Close()
	r.expect(r.run(NewForgetCmd(r.env), "--yes"), ExitFailed)
	contains(t, "stderr", r.err.String(), "removed from this computer anyway")
	contains(t, "stdout", r.out.String(), "myaccount.google.com/connections")
	if raw := string(fileBytes(t, r.path)); strings.Contains(raw, "refresh_token") {
		t.Errorf("the refresh token is still in the file:\n%s", raw)
	}
}

// TestRotateSignsInAgain: rotate on a Google sign-in signs in again through
// the injected Google, tests, and saves the new refresh token and date; the
// wizard is not run.
func TestRotateSignsInAgain(t *testing.T) {
	r := newOAuthRig(t, true)
	r.expect(r.setup("--no-send"), ExitOK)
	_, before := r.saved()
	later := testNow.AddDate(0, 0, 5)
	r.env.Now = func() time.Time { return later }
	ran := false
	r.expect(r.run(NewRotateCmd(r.env, func(string) error { ran = true; return nil })), ExitOK)
	if ran {
		t.Error("rotate ran the wizard for a Google sign-in")
	}
	a, after := r.saved()
	if after.RefreshToken == before.RefreshToken || after.ClientSecret != r.secret || !a.SignedIn.Equal(later) {
		t.Errorf("rotate did not save a new sign-in: %+v", a)
	}
	out, code := r.tokenOut()
	r.expect(code, ExitOK)
	if !r.google.CheckToken(testEmail, strings.TrimSpace(out)) {
		t.Error("the new sign-in gives no live token")
	}

	// Refused by Google: the saved sign-in stays as it was.
	r.google.Refuse(testEmail, "admin_policy_enforced")
	r.expect(r.run(NewRotateCmd(r.env, nil)), ExitFailed)
	if _, still := r.saved(); still != after {
		t.Error("a refused rotate changed the saved sign-in")
	}
}

// TestExportMsmtpForSignIn: msmtp authenticates with OAUTHBEARER and asks
// `gmailsetup token` for the access token; the formats that need a
// password refuse a Google sign-in with the way that works.
func TestExportMsmtpForSignIn(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(home, ".config"))
	r := newOAuthRig(t, true)
	r.expect(r.setup("--no-send"), ExitOK)
	fakeSelf(t, filepath.Join(home, "bin"))
	r.out.mu.Lock()
	r.out.b.Reset()
	r.out.mu.Unlock()
	r.expect(r.run(NewExportCmd(r.env), "msmtp"), ExitOK)
	m := msmtpSettings(t, r.out.String())
	if m["auth"] != "oauthbearer" || !strings.Contains(m["passwordeval"], "token --account=") || strings.Contains(m["passwordeval"], "password") {
		t.Errorf("msmtp block:\n%s", r.out)
	}
	for _, format := range []string{"git", "env", "netrc"} {
		r.expect(r.run(NewExportCmd(r.env), format), ExitBroken)
	}
	contains(t, "stderr", r.err.String(), "export msmtp", "gmailsetup token")
}
