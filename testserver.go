//go:build gmailsetup_testserver

package main

import (
	"os"
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
		return s
	}
}
