package cli

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/spf13/cobra"
	"github.com/zalando/go-keyring"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/internal/i18n"
	"gmailsetup/internal/storage"
	"gmailsetup/mailer"
)

// The account and app password every test uses. The password is a
// sentinel: a valid app password that must never show up in any output.
const (
	testEmail    = "mario.rossi@gmail.com"
	testSecret   = "sentinelqzxjwkvb"
	spacedSecret = "sent inel qzxj wkvb"
)

// testNow is the commands' clock in tests.
var testNow = time.Date(2026, 3, 5, 10, 0, 0, 0, time.Local)

// syncBuffer is a bytes.Buffer safe for the mailer's goroutines.
type syncBuffer struct {
	mu    sync.Mutex
	b     bytes.Buffer
	wrote chan struct{} // see watch
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	select {
	case s.wrote <- struct{}{}: // a nil channel (no watch) is never ready
	default:
	}
	return s.b.Write(p)
}

// watch returns a channel told of every write from now on, for a test
// waiting on what a command prints while it runs.
func (s *syncBuffer) watch() <-chan struct{} {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.wrote == nil {
		s.wrote = make(chan struct{}, 1)
	}
	return s.wrote
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// harness is one command run's world: a fake Gmail, a config in a temp
// folder, a keyring (go-keyring's mock) or none, and captured output.
type harness struct {
	t               *testing.T
	env             *Env
	out, err, debug *syncBuffer
	path            string
	fake            *fakegmail.Server
	withKeyring     bool
}

// newHarness starts fakegmail with opts. withKeyring swaps go-keyring for
// its in-memory mock (global: these tests do not run in parallel);
// without, the store never touches a keyring.
func newHarness(t *testing.T, opts fakegmail.Options, withKeyring bool) *harness {
	t.Helper()
	if opts.Password == "" {
		opts.Password = testSecret
	}
	fake, err := fakegmail.Start(opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { fake.Close() })
	if withKeyring {
		// The mock never dials D-Bus, but storage first checks that there
		// is a session bus to dial (it never starts one): give it one.
		t.Setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path="+filepath.Join(t.TempDir(), "no-bus"))
		keyring.MockInit()
	}
	h := &harness{
		t: t, out: &syncBuffer{}, err: &syncBuffer{}, debug: &syncBuffer{},
		path: filepath.Join(t.TempDir(), "gmailsetup", "config.toml"),
		fake: fake, withKeyring: withKeyring,
	}
	h.env = &Env{
		Ctx:    t.Context(),
		Stdin:  strings.NewReader(""),
		Stdout: h.out, Stderr: h.err,
		Cat:    i18n.New(i18n.EN),
		Server: mailer.Server(fake.Endpoints()),
		Debug:  h.debug,
		Now:    func() time.Time { return testNow },
		Store:  func() (*storage.Store, error) { return h.store(), nil },
	}
	t.Cleanup(h.checkNoSecret)
	return h
}

// store opens the harness's setup file with its keyring choice.
func (h *harness) store() *storage.Store {
	if h.withKeyring {
		return storage.Open(h.path, storage.WithKeyringTimeout(time.Minute))
	}
	return storage.Open(h.path, storage.WithoutKeyring())
}

// save writes a setup as the wizard would have, LastVerified three days
// before testNow.
func (h *harness) save(email, secret string) {
	h.t.Helper()
	acct := storage.Account{
		Email: email, Name: "Mario Rossi", Host: "smtp.gmail.com", Port: 465,
		AppPasswordLabel:   "gmailsetup",
		AppPasswordCreated: testNow.AddDate(0, 0, -10),
		LastVerified:       testNow.AddDate(0, 0, -3),
	}
	if _, err := h.store().Save(acct, secret, !h.withKeyring); err != nil {
		h.t.Fatal(err)
	}
}

// run executes cmd with args and returns the exit code main would use.
func (h *harness) run(cmd *cobra.Command, args ...string) int {
	h.t.Helper()
	cmd.SetArgs(args)
	cmd.SilenceErrors, cmd.SilenceUsage = true, true
	cmd.SetOut(h.out)
	cmd.SetErr(h.err)
	err := cmd.ExecuteContext(h.env.Ctx)
	var exit *ExitError
	switch {
	case err == nil:
		return ExitOK
	case errors.As(err, &exit):
		return exit.Code
	}
	h.t.Logf("error: %v", err)
	return -1
}

// checkNoSecret fails the test if the sentinel app password, in either
// form, reached stdout, stderr or the --debug transcript.
func (h *harness) checkNoSecret() {
	for name, text := range map[string]string{"stdout": h.out.String(), "stderr": h.err.String(), "debug": h.debug.String()} {
		for _, s := range []string{testSecret, spacedSecret, "wrongpasswordxyz"} {
			if strings.Contains(text, s) {
				h.t.Errorf("the app password is in %s:\n%s", name, text)
			}
		}
	}
}

// expect fails unless code is want, showing the output.
func (h *harness) expect(code, want int) {
	h.t.Helper()
	if code != want {
		h.t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, want, h.out, h.err)
	}
}

// contains fails unless every part is in text.
func contains(t *testing.T, what, text string, parts ...string) {
	t.Helper()
	for _, p := range parts {
		if !strings.Contains(text, p) {
			t.Errorf("%s lacks %q:\n%s", what, p, text)
		}
	}
}

// fileBytes is the setup file's content, nil when it does not exist.
func fileBytes(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// zeroOr parses a local time, or gives the zero time for "".
func zeroOr(t *testing.T, s string) time.Time {
	t.Helper()
	if s == "" {
		return time.Time{}
	}
	v, err := time.ParseInLocation("2006-01-02T15:04:05", s, time.Local)
	if err != nil {
		t.Fatal(err)
	}
	return v
}
