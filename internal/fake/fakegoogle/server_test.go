package fakegoogle

import (
	"encoding/json"
	"html"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"go.uber.org/goleak"

	"gmailsetup/internal/i18n"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

const (
	user     = "mario.rossi@gmail.com"
	verifier = "a-pkce-verifier-of-forty-three-characters-x"
	redirect = "http://127.0.0.1:43123"
)

type rig struct {
	*Server
	c          *http.Client
	id, secret string
}

func start(t *testing.T, opts ...Option) *rig {
	t.Helper()
	s, err := Start(opts...)
	if err != nil {
		t.Fatal(err)
	}
	c := s.HTTPClient()
	// The "browser" here stops at the redirect and reads where it goes.
	c.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	id, secret := s.NewClient()
	t.Cleanup(func() {
		c.CloseIdleConnections()
		if err := s.Close(); err != nil {
			t.Error(err)
		}
	})
	return &rig{Server: s, c: c, id: id, secret: secret}
}

func (r *rig) authQuery(mod func(url.Values)) url.Values {
	q := url.Values{
		"client_id": {r.id}, "redirect_uri": {redirect}, "response_type": {"code"},
		"scope": {"https://mail.google.com/"}, "state": {"xyz"}, "login_hint": {user},
		"code_challenge": {s256(verifier)}, "code_challenge_method": {"S256"},
		"access_type": {"offline"}, "prompt": {"consent"},
	}
	if mod != nil {
		mod(q)
	}
	return q
}

// authorize returns the status and, for a redirect, its parsed target.
func (r *rig) authorize(t *testing.T, q url.Values) (int, *url.URL) {
	t.Helper()
	resp, err := r.c.Get(r.AuthURL() + "?" + q.Encode())
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, resp.Body)
	if resp.StatusCode != http.StatusFound {
		return resp.StatusCode, nil
	}
	u, err := url.Parse(resp.Header.Get("Location"))
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, u
}

func (r *rig) code(t *testing.T) string {
	t.Helper()
	_, u := r.authorize(t, r.authQuery(nil))
	if u == nil || u.Query().Get("code") == "" {
		t.Fatalf("no code in %v", u)
	}
	return u.Query().Get("code")
}

type reply struct {
	Status       int
	Error        string `json:"error"`
	AccessToken  string `json:"access_token"`
	RefreshToken string `json:"refresh_token"`
	ExpiresIn    int    `json:"expires_in"`
	Scope        string `json:"scope"`
}

func (r *rig) post(t *testing.T, endpoint string, form url.Values) reply {
	t.Helper()
	resp, err := r.c.PostForm(endpoint, form)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var rep reply
	_ = json.NewDecoder(resp.Body).Decode(&rep)
	rep.Status = resp.StatusCode
	return rep
}

func (r *rig) exchange(t *testing.T, code string, mod func(url.Values)) reply {
	f := url.Values{"grant_type": {"authorization_code"}, "code": {code}, "client_id": {r.id},
		"client_secret": {r.secret}, "redirect_uri": {redirect}, "code_verifier": {verifier}}
	if mod != nil {
		mod(f)
	}
	return r.post(t, r.TokenURL(), f)
}

func TestAutoConsent(t *testing.T) {
	r := start(t)
	status, u := r.authorize(t, r.authQuery(nil))
	if status != http.StatusFound || u.Scheme+"://"+u.Host != redirect || u.Query().Get("state") != "xyz" {
		t.Fatalf("%d %v", status, u)
	}
	if r.LastAuthorize().Get("login_hint") != user {
		t.Fatal("the authorization request was not recorded")
	}
	rep := r.exchange(t, u.Query().Get("code"), nil)
	if rep.Status != 200 || rep.RefreshToken == "" || rep.AccessToken == "" || rep.ExpiresIn != 3600 || rep.Scope != "https://mail.google.com/" {
		t.Fatalf("%+v", rep)
	}
	if !r.CheckToken(user, rep.AccessToken) || r.CheckToken("other@gmail.com", rep.AccessToken) || r.CheckToken(user, rep.RefreshToken) {
		t.Fatal("CheckToken is wrong")
	}
}

func TestAuthorizeNeverRedirectsBlindly(t *testing.T) {
	r := start(t)
	for name, mod := range map[string]func(url.Values){
		"unknown client": func(q url.Values) { q.Set("client_id", "999-x.apps.googleusercontent.com") },
		"web redirect":   func(q url.Values) { q.Set("redirect_uri", "https://evil.example/cb") },
		"no port":        func(q url.Values) { q.Set("redirect_uri", "http://127.0.0.1/") },
	} {
		if status, u := r.authorize(t, r.authQuery(mod)); u != nil || status < 400 {
			t.Errorf("%s: %d %v", name, status, u)
		}
	}
	for name, mod := range map[string]func(url.Values){
		"no PKCE":    func(q url.Values) { q.Del("code_challenge") },
		"plain PKCE": func(q url.Values) { q.Set("code_challenge_method", "plain") },
		"no hint":    func(q url.Values) { q.Del("login_hint") },
		"token flow": func(q url.Values) { q.Set("response_type", "token") },
	} {
		if _, u := r.authorize(t, r.authQuery(mod)); u == nil || u.Query().Get("error") != "invalid_request" {
			t.Errorf("%s: %v", name, u)
		}
	}
}

func TestRefuseOnDemand(t *testing.T) {
	r := start(t)
	for _, code := range []string{"access_denied", "admin_policy_enforced", "policy_enforced", "org_internal", "invalid_client"} {
		r.Refuse(user, code)
		_, u := r.authorize(t, r.authQuery(nil))
		if u == nil || u.Query().Get("error") != code || u.Query().Get("state") != "xyz" || u.Query().Get("code") != "" {
			t.Errorf("%s: %v", code, u)
		}
	}
	r.Refuse(user, "")
	if _, u := r.authorize(t, r.authQuery(nil)); u.Query().Get("code") == "" {
		t.Fatal("clearing the refusal did not restore consent")
	}
	// Only that account is refused.
	r.Refuse("other@gmail.com", "access_denied")
	if _, u := r.authorize(t, r.authQuery(nil)); u.Query().Get("code") == "" {
		t.Fatal("another account's refusal applied")
	}
}

func TestTokenEndpointChecks(t *testing.T) {
	r := start(t)
	for name, tc := range map[string]struct {
		mod    func(url.Values)
		status int
		code   string
	}{
		"wrong secret":   {func(f url.Values) { f.Set("client_secret", "GOCSPX-wrong") }, 401, "invalid_client"},
		"no secret":      {func(f url.Values) { f.Del("client_secret") }, 401, "invalid_client"},
		"wrong verifier": {func(f url.Values) { f.Set("code_verifier", verifier+"y") }, 400, "invalid_grant"},
		"no verifier":    {func(f url.Values) { f.Del("code_verifier") }, 400, "invalid_grant"},
		"other redirect": {func(f url.Values) { f.Set("redirect_uri", "http://127.0.0.1:1") }, 400, "redirect_uri_mismatch"},
		"unknown code":   {func(f url.Values) { f.Set("code", "4/0nope") }, 400, "invalid_grant"},
		"unknown grant":  {func(f url.Values) { f.Set("grant_type", "password") }, 400, "unsupported_grant_type"},
	} {
		rep := r.exchange(t, r.code(t), tc.mod)
		if rep.Status != tc.status || rep.Error != tc.code || rep.AccessToken != "" {
			t.Errorf("%s: %+v", name, rep)
		}
	}
	// Another registered client may not use this client's code.
	otherID, otherSecret := r.NewClient()
	rep := r.exchange(t, r.code(t), func(f url.Values) { f.Set("client_id", otherID); f.Set("client_secret", otherSecret) })
	if rep.Error != "invalid_grant" {
		t.Errorf("another client's code: %+v", rep)
	}
}

// A code works once; presented again it fails and takes back what it gave.
func TestCodeIsSingleUse(t *testing.T) {
	r := start(t)
	code := r.code(t)
	first := r.exchange(t, code, nil)
	if first.Status != 200 {
		t.Fatalf("%+v", first)
	}
	again := r.exchange(t, code, nil)
	if again.Error != "invalid_grant" {
		t.Fatalf("reused code: %+v", again)
	}
	if r.CheckToken(user, first.AccessToken) {
		t.Fatal("the tokens of a replayed code stayed valid")
	}
	ref := r.post(t, r.TokenURL(), url.Values{"grant_type": {"refresh_token"}, "refresh_token": {first.RefreshToken}, "client_id": {r.id}, "client_secret": {r.secret}})
	if ref.Error != "invalid_grant" {
		t.Fatalf("refresh after replay: %+v", ref)
	}
}

func TestCodeExpires(t *testing.T) {
	var mu sync.Mutex
	now := time.Now()
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	advance := func(d time.Duration) { mu.Lock(); now = now.Add(d); mu.Unlock() }
	r := start(t, WithClock(clock))
	code := r.code(t)
	advance(11 * time.Minute)
	if rep := r.exchange(t, code, nil); rep.Error != "invalid_grant" {
		t.Fatalf("an old code was accepted: %+v", rep)
	}
	rep := r.exchange(t, r.code(t), nil)
	advance(time.Hour)
	if r.CheckToken(user, rep.AccessToken) {
		t.Fatal("an expired access token is accepted")
	}
}

func TestRefreshAndRevoke(t *testing.T) {
	r := start(t)
	tok := r.exchange(t, r.code(t), nil)
	refresh := func() reply {
		return r.post(t, r.TokenURL(), url.Values{"grant_type": {"refresh_token"}, "refresh_token": {tok.RefreshToken}, "client_id": {r.id}, "client_secret": {r.secret}})
	}
	rep := refresh()
	if rep.Status != 200 || rep.AccessToken == "" || rep.AccessToken == tok.AccessToken || rep.RefreshToken != "" {
		t.Fatalf("%+v", rep)
	}
	r.RefuseRefresh(user, true)
	if rep := refresh(); rep.Error != "invalid_grant" {
		t.Fatalf("refused refresh: %+v", rep)
	}
	r.RefuseRefresh(user, false)

	if rep := r.post(t, r.RevokeURL(), url.Values{"token": {tok.RefreshToken}}); rep.Status != 200 {
		t.Fatalf("revoke: %+v", rep)
	}
	if r.CheckToken(user, rep.AccessToken) || refresh().Error != "invalid_grant" {
		t.Fatal("revoking the refresh token left it or its access tokens alive")
	}
	if rep := r.post(t, r.RevokeURL(), url.Values{"token": {tok.RefreshToken}}); rep.Error != "invalid_token" {
		t.Fatalf("second revoke: %+v", rep)
	}
}

func TestBasicClientAuthentication(t *testing.T) {
	r := start(t)
	form := url.Values{"grant_type": {"authorization_code"}, "code": {r.code(t)}, "redirect_uri": {redirect}, "code_verifier": {verifier}}
	req, _ := http.NewRequest(http.MethodPost, r.TokenURL(), strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.SetBasicAuth(r.id, r.secret)
	resp, err := r.c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("basic auth: %d", resp.StatusCode)
	}
}

func TestTLSNeedsTheFakesCA(t *testing.T) {
	r := start(t)
	plain := &http.Client{Transport: &http.Transport{}}
	defer plain.CloseIdleConnections()
	if _, err := plain.Get(r.AuthURL()); err == nil || !strings.Contains(err.Error(), "certificate") {
		t.Fatalf("a client without the fake's CA connected: %v", err)
	}
}

var (
	requestField = regexp.MustCompile(`name="request" value="([^"]+)"`)
)

func TestConsentPage(t *testing.T) {
	for _, lang := range i18n.Langs {
		t.Run(string(lang), func(t *testing.T) {
			r := start(t, WithConsentPage(lang))
			page := func() string {
				resp, err := r.c.Get(r.AuthURL() + "?" + r.authQuery(nil).Encode())
				if err != nil {
					t.Fatal(err)
				}
				defer resp.Body.Close()
				b, _ := io.ReadAll(resp.Body)
				if resp.StatusCode != 200 {
					t.Fatalf("consent page: %d", resp.StatusCode)
				}
				return string(b)
			}
			body := page()
			cat := i18n.New(lang)
			for _, want := range []string{cat.T("oauth.fake.allow"), cat.T("oauth.fake.cancel"), html.EscapeString(user), `lang="` + string(lang) + `"`} {
				if !strings.Contains(body, want) {
					t.Errorf("page lacks %q:\n%s", want, body)
				}
			}
			answer := func(id, a string) (int, *url.URL) {
				resp, err := r.c.PostForm(r.base+ConsentPath, url.Values{"request": {id}, "answer": {a}})
				if err != nil {
					t.Fatal(err)
				}
				resp.Body.Close()
				u, _ := url.Parse(resp.Header.Get("Location"))
				return resp.StatusCode, u
			}
			id := requestField.FindStringSubmatch(body)[1]
			if status, u := answer(id, "allow"); status != http.StatusFound || u.Query().Get("code") == "" || u.Query().Get("state") != "xyz" {
				t.Fatalf("allow: %d %v", status, u)
			}
			if status, _ := answer(id, "allow"); status != http.StatusBadRequest {
				t.Fatalf("a consent was used twice: %d", status)
			}
			id = requestField.FindStringSubmatch(page())[1]
			if _, u := answer(id, "cancel"); u.Query().Get("error") != "access_denied" {
				t.Fatalf("cancel: %v", u)
			}
		})
	}
}
