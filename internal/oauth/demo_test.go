package oauth

import (
	"testing"

	"gmailsetup/internal/fake/fakegoogle"
	"gmailsetup/internal/i18n"
)

// --demo without a browser: the fake shows an Allow page, and the person
// presses enter instead, which approves the request.
func TestDemoApproveWithoutBrowser(t *testing.T) {
	r := newRig(t, fakegoogle.WithConsentPage(i18n.IT))
	s, err := Start(t.Context(), r.svc, r.client, SignInOptions{Address: user, Catalog: i18n.New(i18n.IT)})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	done := make(chan error, 1)
	go func() { done <- r.fake.Approve(t.Context(), s.URL()) }()
	g, err := s.Wait(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if !r.fake.CheckToken(user, g.Access.Reveal()) {
		t.Fatal("the approved sign-in's token is not valid")
	}
	// Approve refuses URLs that are not this fake's.
	if err := r.fake.Approve(t.Context(), "https://accounts.google.com/o/oauth2/auth?x=1"); err == nil {
		t.Fatal("approved a real Google URL")
	}
}
