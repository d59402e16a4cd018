package fakegoogle

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"html/template"
	"io"
	"net/http"
	"net/url"
	"time"

	"gmailsetup/internal/i18n"
)

// loopbackRedirect reports whether u is a redirect Google allows for a
// Desktop client: http on 127.0.0.1, [::1] or localhost, any port.
func loopbackRedirect(s string) bool {
	u, err := url.Parse(s)
	if err != nil || u.Scheme != "http" || u.User != nil || u.Port() == "" {
		return false
	}
	switch u.Hostname() {
	case "127.0.0.1", "::1", "localhost":
		return true
	}
	return false
}

// problem is why an authorization cannot go on: either a page of its own
// (status, text), or an error to send back to the redirect URI.
type problem struct {
	status int
	text   string
	back   url.Values
}

// check validates an authorization request the way Google does. Errors
// Google would show on its own page (unknown client, a redirect it may not
// use) get a page here too: the fake never redirects to an address it has
// not checked.
func (s *Server) check(q url.Values) *problem {
	s.mu.Lock()
	s.last = q
	_, known := s.clients[q.Get("client_id")]
	refusal := s.refuse[q.Get("login_hint")]
	s.mu.Unlock()
	switch {
	case !known:
		return &problem{status: http.StatusUnauthorized, text: "Error 401: invalid_client"}
	case !loopbackRedirect(q.Get("redirect_uri")):
		return &problem{status: http.StatusBadRequest, text: "Error 400: redirect_uri_mismatch"}
	case q.Get("response_type") != "code", q.Get("code_challenge_method") != "S256", q.Get("code_challenge") == "",
		q.Get("login_hint") == "", q.Get("state") == "":
		// Google allows some of these missing; the fake demands what
		// gmailsetup must always send, so a regression fails a test.
		return &problem{back: url.Values{"error": {"invalid_request"}, "state": {q.Get("state")}}}
	case refusal != "":
		return &problem{back: url.Values{"error": {refusal}, "state": {q.Get("state")}}}
	}
	return nil
}

// authorize is accounts.google.com/o/oauth2/auth.
func (s *Server) authorize(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if p := s.check(q); p != nil {
		if p.back == nil {
			http.Error(w, p.text, p.status)
			return
		}
		back(w, r, q.Get("redirect_uri"), p.back)
		return
	}
	if s.page {
		s.showConsent(w, q)
		return
	}
	s.grant(w, r, q)
}

// Approve consents to authURL (an authorization URL for this fake) as if
// the person pressed Allow, and delivers the answer to its loopback
// redirect the way a browser would. --demo uses it when there is no
// browser: the person presses enter instead.
func (s *Server) Approve(ctx context.Context, authURL string) error {
	u, err := url.Parse(authURL)
	if err != nil || u.Scheme+"://"+u.Host+u.Path != s.AuthURL() {
		return errors.New("fakegoogle: not an authorization URL of this server")
	}
	q := u.Query()
	var v url.Values
	if p := s.check(q); p != nil {
		if p.back == nil {
			return errors.New("fakegoogle: " + p.text)
		}
		v = p.back
	} else {
		v = url.Values{"code": {s.issueCode(q)}, "state": {q.Get("state")}, "scope": {q.Get("scope")}}
	}
	target, _ := url.Parse(q.Get("redirect_uri"))
	target.RawQuery = v.Encode()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, target.String(), nil)
	if err != nil {
		return err
	}
	// A plain client of its own: the redirect is http on loopback.
	c := &http.Client{Transport: &http.Transport{}, Timeout: time.Minute}
	defer c.CloseIdleConnections()
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	return resp.Body.Close()
}

// grant issues a code for q and sends the browser back with it.
func (s *Server) grant(w http.ResponseWriter, r *http.Request, q url.Values) {
	back(w, r, q.Get("redirect_uri"), url.Values{"code": {s.issueCode(q)}, "state": {q.Get("state")}, "scope": {q.Get("scope")}})
}

// issueCode records a single-use code for the request q.
func (s *Server) issueCode(q url.Values) string {
	code := "4/0fake-" + random(32)
	s.mu.Lock()
	s.codes[code] = &grantCode{
		client:    q.Get("client_id"),
		user:      q.Get("login_hint"),
		redirect:  q.Get("redirect_uri"),
		challenge: q.Get("code_challenge"),
		scope:     q.Get("scope"),
		expires:   s.clock().Add(10 * time.Minute),
	}
	s.mu.Unlock()
	return code
}

func back(w http.ResponseWriter, r *http.Request, redirect string, v url.Values) {
	u, _ := url.Parse(redirect)
	u.RawQuery = v.Encode()
	http.Redirect(w, r, u.String(), http.StatusFound)
}

func s256(verifier string) string {
	sum := sha256.Sum256([]byte(verifier))
	return base64.RawURLEncoding.EncodeToString(sum[:])
}

var consentPage = template.Must(template.New("consent").Parse(`<!doctype html>
<html lang="{{.Lang}}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>body{font-family:system-ui,sans-serif;max-width:34em;margin:4em auto;padding:0 1em;line-height:1.5}
button{font-size:1.1em;padding:.4em 1.2em;margin-right:.6em}</style>
</head><body><h1>{{.Title}}</h1><p>{{.Body}}</p><p><small>{{.Note}}</small></p>
<form method="post" action="{{.Action}}">
<input type="hidden" name="request" value="{{.Request}}">
<button type="submit" name="answer" value="allow" autofocus>{{.Allow}}</button>
<button type="submit" name="answer" value="cancel">{{.Cancel}}</button>
</form></body></html>
`))

// showConsent is the --demo page: the person presses Allow in a real
// browser. The request waits server-side under a random id, used once.
func (s *Server) showConsent(w http.ResponseWriter, q url.Values) {
	id := random(24)
	s.mu.Lock()
	s.pending[id] = q
	s.mu.Unlock()
	cat := i18n.New(s.lang)
	if l, ok := i18n.Parse(q.Get("hl")); ok {
		cat = i18n.New(l)
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'")
	_ = consentPage.Execute(w, map[string]string{
		"Lang": string(cat.Lang()), "Title": cat.T("oauth.fake.title"),
		"Body": cat.T("oauth.fake.body", "gmailsetup", q.Get("login_hint")), "Note": cat.T("oauth.fake.note"),
		"Allow": cat.T("oauth.fake.allow"), "Cancel": cat.T("oauth.fake.cancel"),
		"Action": ConsentPath, "Request": id,
	})
}

// consent takes the Allow/Cancel form.
func (s *Server) consent(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	q, ok := s.pending[r.PostForm.Get("request")]
	delete(s.pending, r.PostForm.Get("request"))
	s.mu.Unlock()
	if !ok {
		http.Error(w, "This request is over; start the sign-in again.", http.StatusBadRequest)
		return
	}
	if r.PostForm.Get("answer") != "allow" {
		back(w, r, q.Get("redirect_uri"), url.Values{"error": {"access_denied"}, "state": {q.Get("state")}})
		return
	}
	s.grant(w, r, q)
}
