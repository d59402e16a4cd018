package oauth

import (
	"bytes"
	"errors"
	"fmt"
	"log"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

func TestSecretNeverPrints(t *testing.T) {
	const sentinel = "SENTINEL-secret-1234"
	s := NewSecret(sentinel)
	g := Grant{Refresh: s, Access: s}
	c := Client{ID: "1-a.apps.googleusercontent.com", Secret: s}
	for _, f := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x", "%X", "%d", "%T %v"} {
		// hidden is how a UI model holds one: in an unexported field,
		// where fmt cannot call Secret's methods.
		type hidden struct {
			grant  Grant
			client Client
		}
		for _, v := range []any{s, &s, g, &g, c, []Secret{s}, map[string]Secret{"k": s}, hidden{g, c}, &hidden{g, c}} {
			if out := fmt.Sprintf(f, v); strings.Contains(out, sentinel) || strings.Contains(out, fmt.Sprintf("%x", sentinel)) {
				t.Errorf("%s of %T leaks: %s", f, v, out)
			}
		}
	}
	r := newRig(t)
	sess, err := Start(t.Context(), r.svc, r.client, SignInOptions{Address: user})
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	for _, f := range []string{"%v", "%+v", "%#v", "%s"} {
		out := fmt.Sprintf(f, sess)
		for _, leak := range []string{r.client.Secret.Reveal(), sess.verifier, sess.state} {
			if strings.Contains(out, leak) {
				t.Errorf("%s of a Session leaks: %s", f, out)
			}
		}
	}
	if _, err := s.MarshalText(); err == nil {
		t.Error("a secret marshals to text")
	}
	if s.Reveal() != sentinel {
		t.Error("Reveal lost the secret")
	}
}

// leakingTransport fails the way a careless proxy or library might: with
// the whole request, secrets and all, in its error.
type leakingTransport struct{}

func (leakingTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	var body bytes.Buffer
	if req.Body != nil {
		_, _ = body.ReadFrom(req.Body)
	}
	return nil, fmt.Errorf("proxy refused %s with body %s (%s)", req.URL, body.String(), mustUnescape(body.String()))
}

func mustUnescape(s string) string {
	u, _ := url.QueryUnescape(s)
	return u
}

// The refresh token, the access token and the client secret never reach an
// error's text, a log line written from one, or a panic message.
func TestSecretsNeverInErrors(t *testing.T) {
	r := newRig(t)
	g := signedIn(t, r)
	secrets := map[string]string{
		"refresh token": g.Refresh.Reveal(),
		"access token":  g.Access.Reveal(),
		"client secret": r.client.Secret.Reveal(),
	}
	var errs []error

	r.fake.RefuseRefresh(user, true)
	_, err := r.svc.Refresh(t.Context(), r.client, g.Refresh)
	errs = append(errs, err)
	r.fake.RefuseRefresh(user, false)

	wrong := Client{ID: r.client.ID, Secret: NewSecret(r.client.Secret.Reveal() + "x")}
	_, err = r.svc.Refresh(t.Context(), wrong, g.Refresh)
	errs = append(errs, err)

	leaky := Service{Endpoints: r.svc.Endpoints, HTTPClient: &http.Client{Transport: leakingTransport{}}}
	_, err = leaky.Refresh(t.Context(), r.client, g.Refresh)
	errs = append(errs, err)
	errs = append(errs, leaky.Revoke(t.Context(), g.Refresh))
	errs = append(errs, leaky.Revoke(t.Context(), g.Access))
	s, err := Start(t.Context(), leaky, r.client, SignInOptions{Address: user})
	if err != nil {
		t.Fatal(err)
	}
	go get(r.fake.HTTPClient(), s.URL())
	_, err = s.Wait(t.Context())
	s.Close()
	errs = append(errs, err)

	var logged bytes.Buffer
	lg := log.New(&logged, "", 0)
	for i, err := range errs {
		if err == nil {
			t.Fatalf("case %d did not fail", i)
		}
		asError(t, err)
		lg.Printf("%v | %+v | %#v | %s", err, err, err, errors.Unwrap(err))
		for u := errors.Unwrap(err); u != nil; u = errors.Unwrap(u) {
			lg.Print(u.Error())
		}
		func() {
			defer func() { lg.Print(recover()) }()
			panic(err)
		}()
	}
	if !strings.Contains(logged.String(), "proxy refused") {
		t.Fatal("the leaking transport's error did not reach the log at all; the test proves nothing")
	}
	for name, v := range secrets {
		for _, form := range []string{v, url.QueryEscape(v)} {
			if strings.Contains(logged.String(), form) {
				t.Errorf("the %s reached an error:\n%s", name, logged.String())
			}
		}
	}
}
