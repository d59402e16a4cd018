package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/spf13/cobra"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/internal/i18n"
	"gmailsetup/internal/storage"
	"gmailsetup/mailer"
)

// helperEnv, when set, makes the test binary act as `gmailsetup` for the
// msmtp test: msmtp's passwordeval runs it through a script on PATH.
const helperEnv = "GMAILSETUP_TEST_AS_CLI"

// TestGmailsetupHelperProcess is not a test: it is `gmailsetup password …` run by
// msmtp, with the real password command and the setup file named by
// GMAILSETUP_CONFIG, as main would wire them.
func TestGmailsetupHelperProcess(t *testing.T) {
	if os.Getenv(helperEnv) != "1" {
		t.Skip("runs only as msmtp's passwordeval")
	}
	st, _ := os.Stdout.Stat()
	env := &Env{
		Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr,
		StdoutTTY: st != nil && st.Mode()&os.ModeCharDevice != 0,
		Cat:       i18n.New(i18n.EN), Server: mailer.Gmail(), Now: time.Now,
		Store: func() (*storage.Store, error) {
			path, err := storage.DefaultPath()
			return storage.Open(path, storage.WithoutKeyring()), err
		},
	}
	root := &cobra.Command{Use: "gmailsetup", SilenceErrors: true, SilenceUsage: true}
	root.AddCommand(NewPasswordCmd(env), NewCredentialCmd(env))
	root.SetArgs(flag.Args())
	code := ExitOK
	if err := root.Execute(); err != nil {
		code = ExitBroken
		if e, ok := err.(*ExitError); ok {
			code = e.Code
		}
	}
	os.Exit(code)
}

// TestMsmtpSendsWithExportedBlock runs Debian's msmtp with the exported
// account block unchanged as its whole configuration. msmtp cannot be told
// another address for smtp.gmail.com without changing the block, so it
// connects through --socket to a proxy to the fake, and still verifies
// the certificate for smtp.gmail.com against the fake's CA.
func TestMsmtpSendsWithExportedBlock(t *testing.T) {
	msmtp, err := exec.LookPath("msmtp")
	if err != nil {
		t.Skip("msmtp is not installed (apt-get install msmtp); CI installs it")
	}
	for _, port := range []int{465, 587} {
		t.Run(strconv.Itoa(port), func(t *testing.T) {
			h, home := exportHarness(t)
			if port == 587 {
				cfg, _ := h.store().Load()
				a := cfg.Accounts[0]
				a.Port = 587
				h.store().Save(a, testSecret, true)
			}
			h.expect(h.run(NewExportCmd(h.env), "msmtp"), ExitOK)
			block := h.out.String()
			out, err := runMsmtp(t, msmtp, h, home, block, port)
			if err != nil {
				t.Fatalf("msmtp: %v\n%s\nblock:\n%s", err, out, block)
			}
			msgs := h.fake.Messages()
			if len(msgs) != 1 {
				t.Fatalf("the fake received %d mails; msmtp said:\n%s", len(msgs), out)
			}
			if msgs[0].From != testEmail || strings.Join(msgs[0].To, ",") != "cliente@example.com" ||
				!strings.Contains(string(msgs[0].Data), "Subject: Fattura 12") {
				t.Errorf("received from %s to %v:\n%s", msgs[0].From, msgs[0].To, msgs[0].Data)
			}
			if strings.Contains(out, testSecret) {
				t.Errorf("msmtp's output shows the app password:\n%s", out)
			}
		})
	}
	// The block really asks gmailsetup: a fake with another password fails.
	t.Run("wrong password", func(t *testing.T) {
		h, home := exportHarness(t)
		h.fake.Close()
		fake, err := fakegmail.Start(fakegmail.Options{Password: "otherpasswordxyz"})
		if err != nil {
			t.Fatal(err)
		}
		defer fake.Close()
		h.fake = fake
		h.expect(h.run(NewExportCmd(h.env), "msmtp"), ExitOK)
		if out, err := runMsmtp(t, msmtp, h, home, h.out.String(), 465); err == nil {
			t.Fatalf("msmtp succeeded with the wrong password:\n%s", out)
		}
		if n := len(fake.Messages()); n != 0 {
			t.Errorf("%d mails accepted", n)
		}
	})
}

// fakeSelf writes dir/gmailsetup, a script that runs this test binary as
// the CLI (TestGmailsetupHelperProcess), and makes export name that script as
// gmailsetup's own path until the test ends. Without it, export would
// name the test binary, which run as a helper would run every test.
func fakeSelf(t *testing.T, dir string) string {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	script := filepath.Join(dir, "gmailsetup")
	text := fmt.Sprintf("#!/bin/sh\n%s=1 exec %s -test.run='^TestGmailsetupHelperProcess$' -- \"$@\"\n",
		helperEnv, storage.ShellQuote(self))
	if err := os.WriteFile(script, []byte(text), 0o755); err != nil {
		t.Fatal(err)
	}
	old := selfPath
	selfPath = func() (string, error) { return script, nil }
	t.Cleanup(func() { selfPath = old })
	return script
}

// runMsmtp writes block as the whole msmtprc and sends one mail with it.
func runMsmtp(t *testing.T, msmtp string, h *harness, home, block string, port int) (string, error) {
	t.Helper()
	return runMsmtpArgs(t, msmtp, h, home, block, port, "--account="+testEmail)
}

// runMsmtpArgs is runMsmtp with msmtp's own arguments before the
// recipient: none, to use msmtp's default account.
func runMsmtpArgs(t *testing.T, msmtp string, h *harness, home, block string, port int, args ...string) (string, error) {
	t.Helper()
	dir := t.TempDir()
	rc := filepath.Join(dir, "msmtprc")
	ca := filepath.Join(dir, "ca.pem")
	if err := os.WriteFile(rc, []byte(block), 0o600); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(ca, h.fake.CAPEM(), 0o644)
	script, err := selfPath()
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Dir(script)

	ends := h.fake.Endpoints()
	addr := ends.ImplicitAddr
	if port == 587 {
		addr = ends.StartTLSAddr
	}
	sock := proxyToFake(t, addr)

	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	argv := append([]string{"--file=" + rc}, args...)
	argv = append(argv, "--socket="+sock, "--tls-trust-file="+ca, "--", "cliente@example.com")
	cmd := exec.CommandContext(ctx, msmtp, argv...)
	cmd.Stdin = strings.NewReader("From: " + testEmail + "\r\nTo: cliente@example.com\r\nSubject: Fattura 12\r\n\r\nIn allegato.\r\n")
	cmd.Env = []string{"HOME=" + home, "PATH=" + bin + string(os.PathListSeparator) + os.Getenv("PATH")}
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// proxyToFake listens on a Unix socket and joins each connection to addr.
func proxyToFake(t *testing.T, addr string) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "msmtp")
	if err != nil {
		t.Fatal(err)
	}
	sock := filepath.Join(dir, "s") // short: socket paths are limited
	l, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	t.Cleanup(func() {
		l.Close()
		wg.Wait()
		os.RemoveAll(dir)
	})
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				defer c.Close()
				s, err := net.Dial("tcp", addr)
				if err != nil {
					return
				}
				defer s.Close()
				done := make(chan struct{})
				go func() { io.Copy(s, c); s.(*net.TCPConn).CloseWrite(); close(done) }()
				io.Copy(c, s)
				c.Close()
				<-done
			}()
		}
	}()
	return sock
}

// After `export msmtp --write` on a fresh ~/.msmtprc, plain `msmtp
// RECIPIENT`, without -a, sends through the new account (issue 12, item
// 1): msmtp's "account default not found" was the first thing a new user
// met.
func TestMsmtpSendsWithoutAccountAfterWrite(t *testing.T) {
	msmtp, err := exec.LookPath("msmtp")
	if err != nil {
		t.Skip("msmtp is not installed (apt-get install msmtp); CI installs it")
	}
	h, home := exportHarness(t)
	h.expect(h.run(NewExportCmd(h.env), "msmtp", "--write"), ExitOK)
	contains(t, "stdout", h.out.String(), testEmail+" is now msmtp's default", "no -a needed")
	rc := string(fileBytes(t, filepath.Join(home, ".msmtprc")))
	out, err := runMsmtpArgs(t, msmtp, h, home, rc, 465)
	if err != nil {
		t.Fatalf("msmtp without -a: %v\n%s\n~/.msmtprc:\n%s", err, out, rc)
	}
	if msgs := h.fake.Messages(); len(msgs) != 1 || msgs[0].From != testEmail {
		t.Fatalf("the fake received %+v; msmtp said:\n%s", msgs, out)
	}
}

// A file with a default account keeps it, and the person learns to pick
// ours with -a. msmtp must still read the file: a second "account default"
// would be an error. A file whose first lines come before any account has
// an unnamed first account that msmtp calls "default".
func TestMsmtpWriteKeepsExistingDefault(t *testing.T) {
	msmtp, err := exec.LookPath("msmtp")
	if err != nil {
		t.Skip("msmtp is not installed (apt-get install msmtp); CI installs it")
	}
	for name, old := range map[string]string{
		"named":    "account work\nhost smtp.example.com\nfrom me@example.com\n\naccount default : work\n",
		"implicit": "host smtp.example.com\nfrom me@example.com\n",
	} {
		t.Run(name, func(t *testing.T) {
			h, home := exportHarness(t)
			rc := filepath.Join(home, ".msmtprc")
			os.WriteFile(rc, []byte(old), 0o600)
			h.expect(h.run(NewExportCmd(h.env), "msmtp", "--write"), ExitOK)
			got := string(fileBytes(t, rc))
			if !strings.HasPrefix(got, old) || strings.Contains(got[len(old):], "account default") {
				t.Errorf("~/.msmtprc:\n%s", got)
			}
			contains(t, "stdout", h.out.String(), "already has a default account", "msmtp -a "+testEmail+" ")
			out, err := exec.Command(msmtp, "--file="+rc, "--pretend").CombinedOutput()
			if err != nil || !strings.Contains(string(out), "from = me@example.com\n") {
				t.Errorf("msmtp's default is not theirs any more (%v):\n%s", err, out)
			}
			out, err = exec.Command(msmtp, "--file="+rc, "-a", testEmail, "--pretend").CombinedOutput()
			if err != nil || !strings.Contains(string(out), "from = "+testEmail+"\n") {
				t.Errorf("msmtp -a %s (%v):\n%s", testEmail, err, out)
			}
		})
	}
}
