package oauth

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"gmailsetup/internal/i18n"
)

func TestSignInThroughTheBrowser(t *testing.T) {
	for _, lang := range i18n.Langs {
		t.Run(string(lang), func(t *testing.T) {
			r := newRig(t)
			b := newBrowser(t, r)
			var shown string
			g, err := SignIn(t.Context(), r.svc, r.client, SignInOptions{Address: user, Catalog: i18n.New(lang), Opener: b},
				func(s *Session) { shown = s.URL() })
			if err != nil {
				t.Fatalf("sign-in: %v", err)
			}
			if shown == "" {
				t.Fatal("the URL was not shown before waiting")
			}
			if g.Refresh.Empty() || g.Access.Empty() || g.Scope != Scope || time.Until(g.Expiry) < 50*time.Minute {
				t.Fatalf("grant %+v", g)
			}
			if !r.fake.CheckToken(user, g.Access.Reveal()) {
				t.Fatal("the fake does not know the access token it issued")
			}
			page := <-b.pages
			if page.err != nil || page.status != http.StatusOK {
				t.Fatalf("browser page: %d %v", page.status, page.err)
			}
			want := i18n.New(lang).T("oauth.page.done.body")
			if !strings.Contains(page.body, want) || !strings.Contains(page.body, `lang="`+string(lang)+`"`) {
				t.Fatalf("page does not say the tab can be closed (%q):\n%s", want, page.body)
			}
		})
	}
}

func TestAuthorizationRequestParameters(t *testing.T) {
	r := newRig(t)
	s, err := Start(t.Context(), r.svc, r.client, SignInOptions{Address: user})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	u, err := url.Parse(s.URL())
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	for k, want := range map[string]string{
		"login_hint":            user,
		"access_type":           "offline",
		"prompt":                "consent",
		"scope":                 "https://mail.google.com/",
		"response_type":         "code",
		"code_challenge_method": "S256",
		"client_id":             r.client.ID,
		"redirect_uri":          "http://127.0.0.1:" + strconv.Itoa(s.Port()),
	} {
		if got := q.Get(k); got != want {
			t.Errorf("%s = %q, want %q", k, got, want)
		}
	}
	if len(q.Get("state")) < 32 || len(q.Get("code_challenge")) != 43 {
		t.Errorf("state %q / challenge %q too weak", q.Get("state"), q.Get("code_challenge"))
	}
	if strings.Contains(s.URL(), r.client.Secret.Reveal()) || strings.Contains(s.URL(), s.verifier) {
		t.Fatal("the authorization URL carries the client secret or the PKCE verifier")
	}
	if got := s.SSHTunnel(); got != fmt.Sprintf("ssh -L %d:127.0.0.1:%d", s.Port(), s.Port()) {
		t.Errorf("SSHTunnel = %q", got)
	}
	other, err := Start(t.Context(), r.svc, r.client, SignInOptions{Address: user})
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	if other.state == s.state || other.verifier == s.verifier {
		t.Fatal("two sign-ins share a state or a verifier")
	}
}

// The listener takes one answer, then closes.
func TestListenerClosesAfterOneCallback(t *testing.T) {
	r := newRig(t)
	b := newBrowser(t, r)
	s, err := Start(t.Context(), r.svc, r.client, SignInOptions{Address: user, Opener: b})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Wait(t.Context()); err != nil {
		t.Fatal(err)
	}
	<-b.pages
	conn, err := net.DialTimeout("tcp", "127.0.0.1:"+strconv.Itoa(s.Port()), time.Second)
	if err == nil {
		conn.Close()
		t.Fatal("the loopback port still accepts connections after the sign-in")
	}
	// Wait again gives the same answer, without a second exchange.
	if _, err := s.Wait(t.Context()); err != nil {
		t.Fatal(err)
	}
	s.Close()
}

func TestBrowserFailureIsNotAnError(t *testing.T) {
	r := newRig(t)
	broken := OpenerFunc(func(context.Context, string) error { return errors.New("no display") })
	s, err := Start(t.Context(), r.svc, r.client, SignInOptions{Address: user, Opener: broken})
	if err != nil {
		t.Fatalf("a browser failure failed the sign-in: %v", err)
	}
	defer s.Close()
	if s.BrowserError() == nil || s.URL() == "" {
		t.Fatal("the browser failure is not reported, or there is no URL to show")
	}
	// The person opens the URL elsewhere and the sign-in completes.
	go get(r.fake.HTTPClient(), s.URL())
	if _, err := s.Wait(t.Context()); err != nil {
		t.Fatal(err)
	}
}

func TestGoogleRefusals(t *testing.T) {
	for _, code := range []string{"access_denied", "admin_policy_enforced", "policy_enforced", "org_internal", "invalid_client"} {
		t.Run(code, func(t *testing.T) {
			r := newRig(t)
			r.fake.Refuse(user, code)
			b := newBrowser(t, r)
			_, err := SignIn(t.Context(), r.svc, r.client, SignInOptions{Address: user, Opener: b, Catalog: i18n.New(i18n.IT)}, nil)
			e := asError(t, err)
			if e.Code != code || e.What != i18n.Key("oauth.refuse."+code+".what") {
				t.Fatalf("got %s/%s", e.Code, e.What)
			}
			page := <-b.pages
			if !strings.Contains(page.body, i18n.New(i18n.IT).T("oauth.page.failed.body")) {
				t.Fatalf("the browser page does not send the person back to the terminal:\n%s", page.body)
			}
		})
	}
}

func TestWrongClientSecretIsInvalidClient(t *testing.T) {
	r := newRig(t)
	wrong, err := NewClient(r.client.ID, "GOCSPX-not-the-right-one")
	if err != nil {
		t.Fatal(err)
	}
	b := newBrowser(t, r)
	_, err = SignIn(t.Context(), r.svc, wrong, SignInOptions{Address: user, Opener: b}, nil)
	if e := asError(t, err); e.Code != "invalid_client" {
		t.Fatalf("got %s", e.Code)
	}
	<-b.pages
}

// rewrite is an HTTP transport that changes token requests on the way, to
// make the fake see what a buggy or attacked client would send.
type rewrite struct {
	next http.RoundTripper
	form func(url.Values)
}

func (rw rewrite) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.Body != nil && req.Method == http.MethodPost {
		if err := req.ParseForm(); err != nil {
			return nil, err
		}
		f := req.PostForm
		rw.form(f)
		body := f.Encode()
		req = req.Clone(req.Context())
		req.Body = stringBody(body)
		req.ContentLength = int64(len(body))
	}
	return rw.next.RoundTrip(req)
}

func TestPKCEMismatchIsRefused(t *testing.T) {
	r := newRig(t)
	r.svc.HTTPClient = &http.Client{Transport: rewrite{next: r.http.Transport, form: func(f url.Values) {
		if f.Get("grant_type") == "authorization_code" {
			f.Set("code_verifier", "a-verifier-that-is-not-the-one-whose-hash-was-sent-0123")
		}
	}}}
	b := newBrowser(t, r)
	_, err := SignIn(t.Context(), r.svc, r.client, SignInOptions{Address: user, Opener: b}, nil)
	if e := asError(t, err); e.Code != "invalid_grant" || e.What != "oauth.refuse.code_rejected.what" {
		t.Fatalf("got %s/%s", e.Code, e.What)
	}
	<-b.pages
}

func TestRedirectMismatchAtTheTokenEndpoint(t *testing.T) {
	r := newRig(t)
	r.svc.HTTPClient = &http.Client{Transport: rewrite{next: r.http.Transport, form: func(f url.Values) {
		f.Set("redirect_uri", "http://127.0.0.1:1")
	}}}
	b := newBrowser(t, r)
	_, err := SignIn(t.Context(), r.svc, r.client, SignInOptions{Address: user, Opener: b}, nil)
	if e := asError(t, err); e.Code != "redirect_uri_mismatch" {
		t.Fatalf("got %s", e.Code)
	}
	<-b.pages
}

func TestPastedAddressFromAnotherMachine(t *testing.T) {
	r := newRig(t)
	s, err := Start(t.Context(), r.svc, r.client, SignInOptions{Address: user})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	// The other machine's browser: Google sends it to 127.0.0.1:PORT,
	// which does not load there; the address bar keeps the address.
	other := r.fake.HTTPClient()
	defer other.CloseIdleConnections()
	other.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	resp, err := other.Get(s.URL())
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	addr := resp.Header.Get("Location")
	if !strings.HasPrefix(addr, s.RedirectURI()) {
		t.Fatalf("Google sent the browser to %q", addr)
	}
	u, _ := url.Parse(addr)

	bad := *u
	q := bad.Query()
	q.Set("state", "someone-elses")
	bad.RawQuery = q.Encode()
	if e := asError(t, s.Paste(bad.String())); e.Code != PasteWrongState {
		t.Fatalf("foreign state: %s", e.Code)
	}
	wrongPort := *u
	wrongPort.Host = "127.0.0.1:" + strconv.Itoa(s.Port()+1)
	if e := asError(t, s.Paste(wrongPort.String())); e.Code != PasteWrongHost {
		t.Fatalf("wrong port: %s", e.Code)
	}
	evil := *u
	evil.Host = "evil.example:" + strconv.Itoa(s.Port())
	if e := asError(t, s.Paste(evil.String())); e.Code != PasteWrongHost {
		t.Fatalf("wrong host: %s", e.Code)
	}
	if e := asError(t, s.Paste("hello")); e.Code != PasteWrongHost && e.Code != PasteNotURL {
		t.Fatalf("not an address: %s", e.Code)
	}
	// Chrome's address bar hides http://; people paste with spaces.
	if err := s.Paste("  " + strings.TrimPrefix(addr, "http://") + "\n"); err != nil {
		t.Fatalf("the right address was refused: %v", err)
	}
	if e := asError(t, s.Paste(addr)); e.Code != PasteDone {
		t.Fatalf("second paste: %s", e.Code)
	}
	g, err := s.Wait(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if !r.fake.CheckToken(user, g.Access.Reveal()) {
		t.Fatal("the token from the pasted address is not valid")
	}
}

// A request to the listener with the wrong state (a stale tab, or a page
// trying its luck) is turned away, and the real answer still gets in.
func TestListenerRefusesWrongStateAndHost(t *testing.T) {
	r := newRig(t)
	s, err := Start(t.Context(), r.svc, r.client, SignInOptions{Address: user, Catalog: i18n.New(i18n.EN)})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	local := &http.Client{Timeout: 5 * time.Second}
	defer local.CloseIdleConnections()
	base := "http://127.0.0.1:" + strconv.Itoa(s.Port())
	if v := get(local, base+"/?code=stolen&state=wrong"); v.status != http.StatusBadRequest {
		t.Fatalf("wrong state: %d", v.status)
	}
	if v := get(local, base+"/favicon.ico"); v.status != http.StatusNotFound {
		t.Fatalf("favicon: %d", v.status)
	}
	req, _ := http.NewRequest(http.MethodGet, base+"/?code=x&state="+s.state, nil)
	req.Host = "rebound.example:" + strconv.Itoa(s.Port())
	resp, err := local.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotFound {
		t.Fatalf("rebound host: %d", resp.StatusCode)
	}
	go get(r.fake.HTTPClient(), s.URL())
	if _, err := s.Wait(t.Context()); err != nil {
		t.Fatalf("the real answer after the stray ones: %v", err)
	}
}

func TestTimeout(t *testing.T) {
	r := newRig(t)
	s, err := Start(t.Context(), r.svc, r.client, SignInOptions{Address: user, Timeout: 30 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	_, err = s.Wait(t.Context())
	if e := asError(t, err); e.Code != CodeTimeout || !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("got %v", err)
	}
	// The port is free again.
	if c, err := net.Dial("tcp", "127.0.0.1:"+strconv.Itoa(s.Port())); err == nil {
		c.Close()
		t.Fatal("the port is still open after a timeout")
	}
}

func TestCancel(t *testing.T) {
	r := newRig(t)
	ctx, cancel := context.WithCancel(t.Context())
	s, err := Start(ctx, r.svc, r.client, SignInOptions{Address: user})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	time.AfterFunc(10*time.Millisecond, cancel)
	_, err = s.Wait(ctx)
	if e := asError(t, err); e.Code != CodeCancelled || !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v", err)
	}
}

func TestCloseStopsWait(t *testing.T) {
	r := newRig(t)
	s, err := Start(t.Context(), r.svc, r.client, SignInOptions{Address: user})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { _, err := s.Wait(t.Context()); done <- err }()
	time.Sleep(10 * time.Millisecond)
	s.Close()
	if e := asError(t, <-done); e.Code != CodeCancelled {
		t.Fatalf("got %s", e.Code)
	}
	s.Close() // twice is fine
}

// The person unticks Gmail on the consent page: Google answers with
// fewer scopes, and that is said rather than saved.
func TestScopeUnticked(t *testing.T) {
	r := newRig(t)
	b := newBrowser(t, r)
	r.svc.HTTPClient = &http.Client{Transport: scopeStripper{next: r.http.Transport}}
	_, err := SignIn(t.Context(), r.svc, r.client, SignInOptions{Address: user, Opener: b}, nil)
	if e := asError(t, err); e.Code != CodeScopeMissing {
		t.Fatalf("got %v", err)
	}
	<-b.pages
}
