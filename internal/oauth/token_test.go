package oauth

import (
	"context"
	"testing"
	"time"

	"gmailsetup/internal/fake/fakegoogle"
)

func signedIn(t *testing.T, r *rig) Grant {
	t.Helper()
	b := newBrowser(t, r)
	g, err := SignIn(t.Context(), r.svc, r.client, SignInOptions{Address: user, Opener: b}, nil)
	if err != nil {
		t.Fatal(err)
	}
	<-b.pages
	return g
}

func TestRefresh(t *testing.T) {
	r := newRig(t)
	g := signedIn(t, r)
	tok, err := r.svc.Refresh(t.Context(), r.client, g.Refresh)
	if err != nil {
		t.Fatal(err)
	}
	if tok.Access.Reveal() == g.Access.Reveal() || !r.fake.CheckToken(user, tok.Access.Reveal()) {
		t.Fatal("refresh did not give a new, valid access token")
	}
	if r.fake.CheckToken("someone.else@gmail.com", tok.Access.Reveal()) {
		t.Fatal("the token is valid for another user")
	}
}

// invalid_grant at refresh is about the account (revoked, password, the 7
// days of Testing), not a failed sign-in.
func TestRefreshRefused(t *testing.T) {
	r := newRig(t)
	g := signedIn(t, r)
	r.fake.RefuseRefresh(user, true)
	_, err := r.svc.Refresh(t.Context(), r.client, g.Refresh)
	if e := asError(t, err); e.Code != "invalid_grant" || e.What != "oauth.refuse.invalid_grant.what" {
		t.Fatalf("got %s/%s", e.Code, e.What)
	}
}

func TestTokenFuncRefreshesOnlyWhenNeeded(t *testing.T) {
	r := newRig(t)
	g := signedIn(t, r)
	hook := r.svc.TokenFunc(r.client, g.Refresh)
	a, err := hook(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	b, err := hook(t.Context())
	if err != nil || a != b || !r.fake.CheckToken(user, a) {
		t.Fatalf("a fresh token was replaced (%v) or is invalid", err)
	}

	// Tokens that live less than the safety margin are refreshed each time.
	short := newRig(t, fakegoogle.WithAccessTTL(time.Minute))
	g = signedIn(t, short)
	hook = short.svc.TokenFunc(short.client, g.Refresh)
	a, _ = hook(t.Context())
	b, err = hook(t.Context())
	if err != nil || a == b {
		t.Fatalf("a token about to expire was reused (%v)", err)
	}
}

func TestRevoke(t *testing.T) {
	r := newRig(t)
	g := signedIn(t, r)
	if err := r.svc.Revoke(t.Context(), g.Refresh); err != nil {
		t.Fatal(err)
	}
	if r.fake.CheckToken(user, g.Access.Reveal()) {
		t.Fatal("the access token survived revoking its refresh token")
	}
	if _, err := r.svc.Refresh(t.Context(), r.client, g.Refresh); asError(t, err).Code != "invalid_grant" {
		t.Fatalf("a revoked refresh token still refreshes: %v", err)
	}
	// Revoking twice is not an error: forget must go on.
	if err := r.svc.Revoke(t.Context(), g.Refresh); err != nil {
		t.Fatalf("second revoke: %v", err)
	}
}

func TestNetworkFailure(t *testing.T) {
	r := newRig(t)
	g := signedIn(t, r)
	r.http.CloseIdleConnections()
	if err := r.fake.Close(); err != nil {
		t.Fatal(err)
	}
	_, err := r.svc.Refresh(t.Context(), r.client, g.Refresh)
	if e := asError(t, err); e.Code != CodeNetwork {
		t.Fatalf("got %v", err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if e := asError(t, r.svc.Revoke(ctx, g.Refresh)); e.Code != CodeCancelled {
		t.Fatalf("revoke with a cancelled context: %s", e.Code)
	}
}
