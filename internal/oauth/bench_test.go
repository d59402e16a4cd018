package oauth

import (
	"testing"
)

// BenchmarkSignIn is a whole sign-in against the fake over loopback TLS:
// listener, authorization, redirect, code exchange, shutdown.
func BenchmarkSignIn(b *testing.B) {
	r := newRigB(b)
	for b.Loop() {
		s, err := Start(b.Context(), r.svc, r.client, SignInOptions{Address: user})
		if err != nil {
			b.Fatal(err)
		}
		go func() { _ = r.fake.Approve(b.Context(), s.URL()) }()
		if _, err := s.Wait(b.Context()); err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
}

// BenchmarkTokenFuncCached is the mailer's hook when the token is fresh:
// it must cost nothing next to a network round trip.
func BenchmarkTokenFuncCached(b *testing.B) {
	r := newRigB(b)
	s, _ := Start(b.Context(), r.svc, r.client, SignInOptions{Address: user})
	go func() { _ = r.fake.Approve(b.Context(), s.URL()) }()
	g, err := s.Wait(b.Context())
	s.Close()
	if err != nil {
		b.Fatal(err)
	}
	hook := r.svc.TokenFunc(r.client, g.Refresh)
	if _, err := hook(b.Context()); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := hook(b.Context()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRefresh is one refresh round trip to the fake.
func BenchmarkRefresh(b *testing.B) {
	r := newRigB(b)
	s, _ := Start(b.Context(), r.svc, r.client, SignInOptions{Address: user})
	go func() { _ = r.fake.Approve(b.Context(), s.URL()) }()
	g, err := s.Wait(b.Context())
	s.Close()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := r.svc.Refresh(b.Context(), r.client, g.Refresh); err != nil {
			b.Fatal(err)
		}
	}
}
