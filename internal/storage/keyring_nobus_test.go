//go:build linux

package storage_test

import (
	"errors"
	"os"
	"os/exec"
	"testing"
	"time"

	"gmailsetup/internal/fake/testproc"
	"gmailsetup/internal/storage"
)

// Over SSH or under cron there is no session bus. godbus would then run
// dbus-launch (dbus-x11), whose dbus-daemon and the gnome-keyring it
// activates never exit: each command left two processes behind. Now the
// keyring is "not available" at once, saying why, and nothing is started.
// The test runs itself as a child without DBUS_SESSION_BUS_ADDRESS and
// looks for processes carrying the child's tag afterwards.
func TestNoSessionBusStartsNoProcess(t *testing.T) {
	if testproc.InChild(t) {
		noBusChild(t) // where there is no session bus
		return
	}
	if _, err := exec.LookPath("dbus-launch"); err != nil {
		if inCI() {
			t.Fatal("dbus-launch is not installed: .ci/run must install dbus-x11, or this test proves nothing")
		}
		t.Log("dbus-launch is not installed (dbus-x11): nothing could be auto-launched here anyway")
	}
	tag := newTag(t)
	before := daemons()
	env := environ([]string{"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "XDG_RUNTIME_DIR", "HOME"},
		tagEnv+"="+tag, "HOME="+t.TempDir(), "XDG_RUNTIME_DIR="+t.TempDir())
	out, err := testproc.Run(t, env, time.Minute)
	left, kill := leftBehind(tag)
	after := daemons()
	kill()
	t.Logf("D-Bus and keyring daemons on the machine: %d before, %d after", len(before), len(after))
	if len(left) > 0 {
		t.Errorf("left running after the command ended: %v", left)
	}
	if err != nil || len(left) > 0 {
		t.Errorf("%v; child output:\n%s", err, out)
	}
}

// noBusChild is the command without a session bus: each keyring call says
// there is none, through the real OS keyring and through the Store.
func noBusChild(t *testing.T) {
	storage.SetRuntimeDirs(os.Getenv("XDG_RUNTIME_DIR")) // empty; not the real /run/user/<uid>
	for _, addr := range []string{"", "autolaunch:"} {
		t.Setenv("DBUS_SESSION_BUS_ADDRESS", addr) // "autolaunch:" asks godbus to start one
		ring := storage.SystemKeyring()
		if _, err := ring.Get("ada@gmail.com"); !errors.Is(err, storage.ErrNoSessionBus) || !errors.Is(err, storage.ErrNoKeyring) {
			t.Errorf("%q: Get = %v, want ErrNoSessionBus (an ErrNoKeyring)", addr, err)
		}
		if err := ring.Set("ada@gmail.com", "aaaabbbbccccdddd"); !errors.Is(err, storage.ErrNoSessionBus) {
			t.Errorf("%q: Set = %v, want ErrNoSessionBus", addr, err)
		}
		if err := ring.Delete("ada@gmail.com"); !errors.Is(err, storage.ErrNoSessionBus) {
			t.Errorf("%q: Delete = %v, want ErrNoSessionBus", addr, err)
		}
	}

	s := storage.Open(configPath(t)) // the OS keyring, the 3 s bound
	_, err := s.Save(account("ada@gmail.com"), "aaaabbbbccccdddd", false)
	var nk *storage.NoKeyringError
	if !errors.As(err, &nk) || !errors.Is(err, storage.ErrNoSessionBus) {
		t.Fatalf("Save = %v, want *NoKeyringError for want of a session bus", err)
	}
	if w := mustSave(t, s, account("ada@gmail.com"), "aaaabbbbccccdddd", true); w.Keyring {
		t.Fatalf("Save with consent = %+v, want the file", w)
	}
	if got, err := s.Secret("ada@gmail.com"); err != nil || got != "aaaabbbbccccdddd" {
		t.Errorf("Secret = %q, %v", got, err)
	}

	// An account kept in the keyring, read and forgotten without a bus.
	mustSave(t, storage.Open(s.Path(), storage.WithKeyring(newMem())), account("bob@gmail.com"), "eeeeffffgggghhhh", false)
	var ke *storage.KeyringError
	if _, err := s.Secret("bob@gmail.com"); !errors.As(err, &ke) || !errors.Is(err, storage.ErrNoSessionBus) {
		t.Errorf("Secret = %v, want *KeyringError for want of a session bus", err)
	}
	if err := s.Forget("bob@gmail.com"); !errors.As(err, &ke) || ke.Op != "delete" || !errors.Is(err, storage.ErrNoSessionBus) {
		t.Errorf("Forget = %v, want *KeyringError delete for want of a session bus", err)
	}
}
