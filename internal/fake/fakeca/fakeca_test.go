package fakeca_test

import (
	"crypto/tls"
	"crypto/x509"
	"net"
	"testing"
	"time"

	"gmailsetup/internal/fake/fakeca"
)

// serve accepts TLS connections with a's leaf on loopback until the test
// ends, completing each handshake.
func serve(t *testing.T, a *fakeca.Authority) string {
	t.Helper()
	ln, err := tls.Listen("tcp", "127.0.0.1:0", a.ServerConfig())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			c.(*tls.Conn).Handshake()
			c.Close()
		}
	}()
	return ln.Addr().String()
}

func dial(addr string, conf *tls.Config) error {
	c, err := tls.Dial("tcp", addr, conf)
	if err != nil {
		return err
	}
	return c.Close()
}

// A client that trusts only the CA verifies the leaf for each host it was
// made for, names and an IP address, and for nothing else; a client that
// trusts another fake's CA refuses it.
func TestLeafVerifiesForItsHostsOnly(t *testing.T) {
	a, err := fakeca.New(time.Now(), "fakeca-test", "smtp.gmail.com", "imap.gmail.com", "127.0.0.1")
	if err != nil {
		t.Fatal(err)
	}
	addr := serve(t, a)
	for _, host := range []string{"smtp.gmail.com", "imap.gmail.com", ""} { // "": the dialled 127.0.0.1
		if err := dial(addr, &tls.Config{ServerName: host, RootCAs: a.Pool}); err != nil {
			t.Errorf("ServerName %q: %v", host, err)
		}
	}
	for _, host := range []string{"accounts.google.com", "gmail.com", "localhost"} {
		if err := dial(addr, &tls.Config{ServerName: host, RootCAs: a.Pool}); err == nil {
			t.Errorf("ServerName %q was accepted; the leaf is not for it", host)
		}
	}
	fromPEM := x509.NewCertPool()
	if !fromPEM.AppendCertsFromPEM(a.CAPEM) {
		t.Fatal("CAPEM holds no certificate")
	}
	if err := dial(addr, &tls.Config{ServerName: "smtp.gmail.com", RootCAs: fromPEM}); err != nil {
		t.Errorf("trusting CAPEM: %v", err)
	}
	other, err := fakeca.New(time.Now(), "other", "smtp.gmail.com")
	if err != nil {
		t.Fatal(err)
	}
	if err := dial(addr, &tls.Config{ServerName: "smtp.gmail.com", RootCAs: other.Pool}); err == nil {
		t.Error("a client trusting another CA accepted the leaf")
	}
	if err := dial(addr, &tls.Config{ServerName: "smtp.gmail.com", RootCAs: a.Pool, MaxVersion: tls.VersionTLS11}); err == nil {
		t.Error("TLS 1.1 was accepted; the floor is 1.2")
	}
}

// The leaf is valid from an hour before now, for a clock a little behind,
// until a day after: a fake lives for one run.
func TestLeafValidity(t *testing.T) {
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	a, err := fakeca.New(now, "fakeca-test", "accounts.google.com", "127.0.0.1")
	if err != nil {
		t.Fatal(err)
	}
	leaf, err := x509.ParseCertificate(a.Leaf.Certificate[0])
	if err != nil {
		t.Fatal(err)
	}
	if leaf.Subject.CommonName != "accounts.google.com" || len(leaf.IPAddresses) != 1 || !leaf.IPAddresses[0].Equal(net.IPv4(127, 0, 0, 1)) {
		t.Errorf("leaf CN %q, IPs %v", leaf.Subject.CommonName, leaf.IPAddresses)
	}
	for _, c := range []struct {
		at time.Time
		ok bool
	}{
		{now.Add(-59 * time.Minute), true},
		{now.Add(23 * time.Hour), true},
		{now.Add(-61 * time.Minute), false},
		{now.Add(25 * time.Hour), false},
	} {
		_, err := leaf.Verify(x509.VerifyOptions{DNSName: "accounts.google.com", Roots: a.Pool, CurrentTime: c.at})
		if (err == nil) != c.ok {
			t.Errorf("at now%+v: Verify = %v, want ok %v", c.at.Sub(now), err, c.ok)
		}
	}
	if _, err := fakeca.New(now, "fakeca-test"); err == nil {
		t.Error("New without a host succeeded")
	}
}
