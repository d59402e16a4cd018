//go:build gmailsetup_testserver

package main

import (
	"crypto/x509"
	"os"
	"runtime"
	"strings"

	"gmailsetup/mailer"
)

// testServerEnv points a binary built with -tags gmailsetup_testserver at a
// loopback server: "implicit,starttls,imap" host:port triples. The TLS
// name stays smtp.gmail.com; the test trusts its CA through SSL_CERT_FILE.
// Release builds have no such variable: nothing in the environment can send
// an app password anywhere but Gmail.
const testServerEnv = "GMAILSETUP_TEST_SERVER"

func init() {
	addrs := strings.Split(os.Getenv(testServerEnv), ",")
	if len(addrs) != 3 {
		return
	}
	server = func() mailer.Server {
		s := mailer.Gmail()
		s.ImplicitAddr, s.StartTLSAddr, s.IMAPAddr = addrs[0], addrs[1], addrs[2]
		s.RootCAs = testRoots()
		return s
	}
}

// testRoots is the CA in SSL_CERT_FILE on Windows, whose Go reads only the
// system's store (the wine test, wine_e2e_test.go); nil elsewhere, where
// Go reads SSL_CERT_FILE itself.
func testRoots() *x509.CertPool {
	if runtime.GOOS != "windows" {
		return nil
	}
	pem, err := os.ReadFile(os.Getenv("SSL_CERT_FILE"))
	if err != nil {
		return nil
	}
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(pem)
	return pool
}
