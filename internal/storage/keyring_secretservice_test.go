//go:build linux

package storage_test

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/godbus/dbus/v5"

	"gmailsetup/internal/fake/testproc"
	"gmailsetup/internal/storage"
)

// keyringPassword unlocks the test's login keyring; it guards nothing.
const keyringPassword = "test-keyring-password"

// busConfig is a session bus that activates no service: a gnome-keyring
// that is killed stays gone instead of being started again, and no
// password prompt can be started for a locked collection.
const busConfig = `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=DIR</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
`

// The keyring against Debian's gnome-keyring, the Secret Service of most
// Linux desktops, not go-keyring's mock: the test runs itself again under
// dbus-run-session, and the child starts gnome-keyring-daemon with the
// login keyring unlocked by a password on stdin, as a desktop login does.
// Afterwards nothing the session started may still run.
func TestRealSecretService(t *testing.T) {
	if testproc.InChild(t) {
		secretServiceChild(t) // inside the private session
		return
	}
	tools := needTools(t, "dbus gnome-keyring libsecret-tools", "dbus-run-session", "gnome-keyring-daemon", "secret-tool")
	dir := t.TempDir()
	conf := filepath.Join(dir, "session.conf")
	busDir := filepath.Join(dir, "bus")
	if err := os.Mkdir(busDir, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(conf, []byte(strings.Replace(busConfig, "DIR", busDir, 1)), 0o600); err != nil {
		t.Fatal(err)
	}
	home := filepath.Join(dir, "home")
	runtime := filepath.Join(dir, "run")
	for _, d := range []string{home, runtime} {
		if err := os.Mkdir(d, 0o700); err != nil {
			t.Fatal(err)
		}
	}
	tag := newTag(t)
	env := environ([]string{"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "XDG_RUNTIME_DIR",
		"HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "GNOME_KEYRING_CONTROL"},
		tagEnv+"="+tag, "HOME="+home, "XDG_RUNTIME_DIR="+runtime)
	out, err := testproc.Run(t, env, 2*time.Minute, tools["dbus-run-session"], "--config-file="+conf, "--")
	left, kill := leftBehind(tag)
	kill()
	if err != nil {
		t.Errorf("%v; output:\n%s", err, out)
	} else if testing.Verbose() {
		t.Logf("child:\n%s", out)
	}
	if len(left) > 0 {
		t.Errorf("left running after the session ended: %v", left)
	}
}

// secretServiceChild runs inside the private session.
func secretServiceChild(t *testing.T) {
	if !strings.Contains(os.Getenv("DBUS_SESSION_BUS_ADDRESS"), "unix:") {
		t.Fatalf("not in a session bus: DBUS_SESSION_BUS_ADDRESS=%q", os.Getenv("DBUS_SESSION_BUS_ADDRESS"))
	}
	gk := startKeyring(t)
	t.Run("SaveLoadRotateForget", saveLoadRotateForget)
	t.Run("FailedRotationKeepsTheOldSecret", failedRotationKeepsTheOldSecret)
	t.Run("Locked", func(t *testing.T) { lockedCollection(t) })
	gk.stop(t)
	gk = startKeyring(t) // unlocked again, as after logging in again
	t.Run("ServiceGoesAway", func(t *testing.T) { serviceGoesAway(t, gk) })
}

// gnomeKeyring is the gnome-keyring-daemon of the child's session.
type gnomeKeyring struct {
	cmd  *exec.Cmd
	out  *bytes.Buffer
	done chan struct{}
}

// startKeyring starts gnome-keyring-daemon with the Secret Service only,
// unlocking (or creating) the login keyring with the password it reads on
// stdin, and waits for it to own org.freedesktop.secrets.
func startKeyring(t *testing.T) *gnomeKeyring {
	t.Helper()
	g := &gnomeKeyring{out: &bytes.Buffer{}, done: make(chan struct{})}
	g.cmd = exec.Command("gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets")
	g.cmd.Stdin = strings.NewReader(keyringPassword)
	g.cmd.Stdout, g.cmd.Stderr = g.out, g.out
	if err := g.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { g.cmd.Wait(); close(g.done) }()
	t.Cleanup(func() { g.stop(t) })
	bus, err := dbus.ConnectSessionBus()
	if err != nil {
		t.Fatal(err)
	}
	defer bus.Close()
	for start := time.Now(); ; time.Sleep(20 * time.Millisecond) {
		var owned bool
		if err := bus.BusObject().Call("org.freedesktop.DBus.NameHasOwner", 0, "org.freedesktop.secrets").Store(&owned); err != nil {
			t.Fatal(err)
		}
		if owned {
			return g
		}
		select {
		case <-g.done:
			t.Fatalf("gnome-keyring-daemon exited: %v\n%s", g.cmd.ProcessState, g.out)
		default:
		}
		if time.Since(start) > 30*time.Second {
			t.Fatalf("gnome-keyring-daemon did not take org.freedesktop.secrets:\n%s", g.out)
		}
	}
}

// stop kills the daemon and waits for it, once.
func (g *gnomeKeyring) stop(t *testing.T) {
	t.Helper()
	select {
	case <-g.done:
		return
	default:
	}
	g.cmd.Process.Signal(syscall.SIGCONT) // a stopped process cannot die
	g.cmd.Process.Kill()
	<-g.done
}

// lookup is what another program finds in the keyring for email, through
// libsecret's secret-tool; ok is false when it finds nothing.
func lookup(t *testing.T, email string) (secret string, ok bool) {
	t.Helper()
	cmd := exec.Command("secret-tool", "lookup", "service", storage.KeyringService, "username", email)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit) && exit.ExitCode() == 1 && len(out) == 0:
		return "", false
	case err != nil:
		t.Fatalf("secret-tool lookup: %v: %s", err, stderr.String())
	}
	return string(out), true
}

// items counts the keyring's entries for email.
func items(t *testing.T, email string) int {
	t.Helper()
	out, err := exec.Command("secret-tool", "search", "--all", "service", storage.KeyringService, "username", email).CombinedOutput()
	if err != nil && len(out) > 0 {
		t.Fatalf("secret-tool search: %v: %s", err, out)
	}
	return strings.Count(string(out), "attribute.username = "+email+"\n")
}

func saveLoadRotateForget(t *testing.T) {
	s := storage.Open(configPath(t)) // the OS keyring, the default bound
	if w := mustSave(t, s, account("ada@gmail.com"), "aaaabbbbccccdddd", false); !w.Keyring {
		t.Fatalf("Where = %+v, want the keyring", w)
	}
	if raw := readRaw(t, s.Path()); strings.Contains(raw, "aaaabbbbccccdddd") || !strings.Contains(raw, `secret_store = "keyring"`) {
		t.Fatalf("the file holds the secret, or does not point to the keyring:\n%s", raw)
	}
	if got, ok := lookup(t, "ada@gmail.com"); !ok || got != "aaaabbbbccccdddd" {
		t.Fatalf("secret-tool finds %q, %v", got, ok)
	}
	if got, err := s.Secret("ada@gmail.com"); err != nil || got != "aaaabbbbccccdddd" {
		t.Fatalf("Secret = %q, %v", got, err)
	}
	if got, err := storage.Open(s.Path()).Secret(""); err != nil || got != "aaaabbbbccccdddd" {
		t.Fatalf("a new store reads %q, %v", got, err)
	}

	// Rotate: the one entry now holds the new secret.
	mustSave(t, s, account("ada@gmail.com"), "eeeeffffgggghhhh", false)
	if got, ok := lookup(t, "ada@gmail.com"); !ok || got != "eeeeffffgggghhhh" {
		t.Fatalf("after rotating, secret-tool finds %q, %v", got, ok)
	}
	if n := items(t, "ada@gmail.com"); n != 1 {
		t.Fatalf("%d keyring entries for the address after rotating, want 1", n)
	}
	if got, err := s.Secret("ada@gmail.com"); err != nil || got != "eeeeffffgggghhhh" {
		t.Fatalf("Secret after rotating = %q, %v", got, err)
	}

	// An entry another program left is read; one gone is named as missing.
	mustSave(t, s, account("bob@gmail.com"), "iiiijjjjkkkkllll", false)
	store := exec.Command("secret-tool", "store", "--label=bob", "service", storage.KeyringService, "username", "bob@gmail.com")
	store.Stdin = strings.NewReader("mmmmnnnnoooopppp")
	if out, err := store.CombinedOutput(); err != nil {
		t.Fatalf("secret-tool store: %v: %s", err, out)
	}
	if got, err := s.Secret("bob@gmail.com"); err != nil || got != "mmmmnnnnoooopppp" {
		t.Fatalf("Secret(bob) = %q, %v; want what secret-tool stored", got, err)
	}
	if out, err := exec.Command("secret-tool", "clear", "service", storage.KeyringService, "username", "bob@gmail.com").CombinedOutput(); err != nil {
		t.Fatalf("secret-tool clear: %v: %s", err, out)
	}
	var ke *storage.KeyringError
	if _, err := s.Secret("bob@gmail.com"); !errors.As(err, &ke) || !errors.Is(err, storage.ErrSecretMissing) {
		t.Fatalf("Secret(bob) after clear = %v, want ErrSecretMissing", err)
	}
	if err := s.Forget("bob@gmail.com"); err != nil {
		t.Fatalf("Forget(bob), whose entry is already gone = %v", err)
	}

	// Forget: the entry goes with the account.
	if err := s.Forget("ada@gmail.com"); err != nil {
		t.Fatal(err)
	}
	if got, ok := lookup(t, "ada@gmail.com"); ok {
		t.Fatalf("after Forget, secret-tool still finds %q", got)
	}
	if cfg := mustLoad(t, s); len(cfg.Accounts) != 0 {
		t.Fatalf("accounts left: %+v", cfg.Accounts)
	}
}

// A rotation whose file write fails puts the old secret back in the real
// keyring, and a new account's entry is removed again.
func failedRotationKeepsTheOldSecret(t *testing.T) {
	s := storage.Open(configPath(t))
	mustSave(t, s, account("ada@gmail.com"), "aaaabbbbccccdddd", false)
	var seen []string
	storage.FailBeforeRename(s, errors.New("disk full"), &seen)
	if _, err := s.Save(account("ada@gmail.com"), "eeeeffffgggghhhh", false); err == nil {
		t.Fatal("Save succeeded despite the failing write")
	}
	if got, ok := lookup(t, "ada@gmail.com"); !ok || got != "aaaabbbbccccdddd" {
		t.Fatalf("after the failed rotation secret-tool finds %q, %v; want the old secret", got, ok)
	}
	if _, err := s.Save(account("carla@gmail.com"), "qqqqrrrrsssstttt", false); err == nil {
		t.Fatal("Save succeeded despite the failing write")
	}
	if got, ok := lookup(t, "carla@gmail.com"); ok {
		t.Fatalf("a failed first save left an entry: %q", got)
	}
	if err := storage.Open(s.Path()).Forget("ada@gmail.com"); err != nil {
		t.Fatal(err)
	}
}

// lock locks the login collection, as the screen locker or the keyring's
// app does.
func lock(t *testing.T) {
	t.Helper()
	bus, err := dbus.ConnectSessionBus()
	if err != nil {
		t.Fatal(err)
	}
	defer bus.Close()
	var locked []dbus.ObjectPath
	var prompt dbus.ObjectPath
	err = bus.Object("org.freedesktop.secrets", "/org/freedesktop/secrets").
		Call("org.freedesktop.Secret.Service.Lock", 0, []dbus.ObjectPath{"/org/freedesktop/secrets/collection/login"}).
		Store(&locked, &prompt)
	if err != nil || len(locked) != 1 {
		t.Fatalf("Lock = %v, %v", locked, err)
	}
}

// A locked keyring, with no one to type its password, is named as locked,
// for saving, reading and deleting; the file is left as it was.
func lockedCollection(t *testing.T) {
	s := storage.Open(configPath(t))
	mustSave(t, s, account("ada@gmail.com"), "aaaabbbbccccdddd", false)
	lock(t)
	before := readRaw(t, s.Path())

	_, err := s.Save(account("bob@gmail.com"), "eeeeffffgggghhhh", false)
	var nk *storage.NoKeyringError
	if !errors.As(err, &nk) || !errors.Is(err, storage.ErrKeyringLocked) {
		t.Fatalf("Save = %v, want *NoKeyringError from a locked keyring", err)
	}
	if readRaw(t, s.Path()) != before {
		t.Fatal("a refused save changed the file")
	}
	var ke *storage.KeyringError
	_, err = s.Secret("ada@gmail.com")
	if !errors.As(err, &ke) || ke.Op != "get" || !errors.Is(err, storage.ErrKeyringLocked) {
		t.Fatalf("Secret = %v, want *KeyringError get from a locked keyring", err)
	}
	if errors.Is(err, storage.ErrNoKeyring) {
		t.Fatal("a locked keyring reads as no keyring")
	}
	if err := s.Forget("ada@gmail.com"); !errors.As(err, &ke) || ke.Op != "delete" || !errors.Is(err, storage.ErrKeyringLocked) {
		t.Fatalf("Forget = %v, want *KeyringError delete from a locked keyring", err)
	}
	// With consent the secret goes to the file instead.
	if w := mustSave(t, s, account("bob@gmail.com"), "eeeeffffgggghhhh", true); w.Keyring {
		t.Fatalf("Where = %+v, want the file", w)
	}
}

// The Secret Service stopping in the middle of a run (a hung daemon, then
// a dead one) gives errors, never a hang: the keyring bound holds.
func serviceGoesAway(t *testing.T, gk *gnomeKeyring) {
	s := storage.Open(configPath(t)) // the default 3 s bound
	mustSave(t, s, account("ada@gmail.com"), "aaaabbbbccccdddd", false)

	// Hung: it takes the call and never answers.
	if err := gk.cmd.Process.Signal(syscall.SIGSTOP); err != nil {
		t.Fatal(err)
	}
	var ke *storage.KeyringError
	if _, err := s.Secret("ada@gmail.com"); !errors.As(err, &ke) || !errors.Is(err, storage.ErrKeyringTimeout) {
		t.Fatalf("Secret from a hung keyring = %v, want a *KeyringError timeout", err)
	}
	quick := storage.Open(s.Path(), storage.WithKeyringTimeout(200*time.Millisecond))
	_, err := quick.Save(account("bob@gmail.com"), "eeeeffffgggghhhh", false)
	var nk *storage.NoKeyringError
	if !errors.As(err, &nk) || !errors.Is(err, storage.ErrKeyringTimeout) {
		t.Fatalf("Save to a hung keyring = %v, want *NoKeyringError from a timeout", err)
	}
	if err := gk.cmd.Process.Signal(syscall.SIGCONT); err != nil {
		t.Fatal(err)
	}

	// Dead: the bus says at once that no one has the name.
	gk.stop(t)
	if _, err := s.Secret("ada@gmail.com"); !errors.As(err, &ke) || errors.Is(err, storage.ErrKeyringTimeout) {
		t.Fatalf("Secret from a dead keyring = %v, want a *KeyringError other than a timeout", err)
	}
	if _, err := s.Save(account("bob@gmail.com"), "eeeeffffgggghhhh", false); !errors.As(err, &nk) {
		t.Fatalf("Save to a dead keyring = %v, want *NoKeyringError", err)
	}
	if w := mustSave(t, s, account("bob@gmail.com"), "eeeeffffgggghhhh", true); w.Keyring {
		t.Fatalf("Where = %+v, want the file", w)
	}
	if got, err := s.Secret("bob@gmail.com"); err != nil || got != "eeeeffffgggghhhh" {
		t.Fatalf("Secret(bob) from the file = %q, %v", got, err)
	}
}
