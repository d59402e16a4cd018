package mailer_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"gmailsetup/internal/fake/fakegmail"
)

// TestSSLCertFile checks that with RootCAs nil the client verifies against
// the system roots, which SSL_CERT_FILE replaces, as crypto/x509 reads it.
// The system pool is loaded once per process, so the check runs in a child
// process started with the variable set; the child writes its fake's CA
// to the file before the first verification loads it.
// (TestTLSUnknownAuthority is the counterpart: without the file, it fails.)
func TestSSLCertFile(t *testing.T) {
	if os.Getenv("MAILER_TEST_SSL_CERT_FILE_CHILD") == "1" {
		fake := startFake(t, fakegmail.Options{})
		if err := os.WriteFile(os.Getenv("SSL_CERT_FILE"), fake.CAPEM(), 0o600); err != nil {
			t.Fatal(err)
		}
		c, _ := client(t, fake)
		c.Server.RootCAs = nil
		if _, err := c.Verify(ctx(t), acct, nil); err != nil {
			t.Fatal(err)
		}
		return
	}
	if testing.Short() {
		t.Skip("starts a child process")
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	cmd := exec.Command(exe, "-test.run=^TestSSLCertFile$", "-test.count=1", "-test.v")
	cmd.Env = append(os.Environ(), "MAILER_TEST_SSL_CERT_FILE_CHILD=1",
		"SSL_CERT_FILE="+filepath.Join(dir, "ca.pem"), "SSL_CERT_DIR="+dir)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
}
