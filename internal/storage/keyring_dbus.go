//go:build (dragonfly && cgo) || (freebsd && cgo) || linux || netbsd || openbsd

package storage

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"

	"github.com/godbus/dbus/v5"
)

// busEnv is where the D-Bus session bus address is found.
const busEnv = "DBUS_SESSION_BUS_ADDRESS"

// runtimeDirs lists the folders that may hold the session bus socket
// "bus": $XDG_RUNTIME_DIR and /run/user/<uid>, where godbus looks too.
var runtimeDirs = func() []string {
	return []string{os.Getenv("XDG_RUNTIME_DIR"), filepath.Join("/run/user", strconv.Itoa(os.Getuid()))}
}

// sessionBus makes sure go-keyring will find an existing session bus and
// never start one. Without an address godbus (conn_other.go,
// getSessionBusPlatformAddress) runs `dbus-launch`, whose dbus-daemon, and
// the gnome-keyring-daemon that bus then activates, outlive the command:
// over SSH or cron each run would leave two processes behind. So: an
// address in the environment is used as is; otherwise a bus socket in the
// runtime folder is put in the environment, as godbus itself would do on
// finding it; otherwise there is no session bus and ErrNoSessionBus says so
// before godbus is called at all.
func sessionBus() error {
	if haveBusAddress() {
		return nil
	}
	for _, dir := range runtimeDirs() {
		if dir == "" || !filepath.IsAbs(dir) {
			continue
		}
		sock := filepath.Join(dir, "bus")
		if fi, err := os.Stat(sock); err == nil && fi.Mode().Type() == os.ModeSocket {
			return os.Setenv(busEnv, "unix:path="+dbus.EscapeBusAddressValue(sock))
		}
	}
	return ErrNoSessionBus
}

// haveBusAddress reports whether godbus will connect to the address in the
// environment rather than start a bus ("autolaunch:" asks it to start one).
func haveBusAddress() bool {
	a := os.Getenv(busEnv)
	return a != "" && a != "autolaunch:"
}

// The Secret Service names go-keyring uses.
const (
	secretsName      = "org.freedesktop.secrets"
	secretsPath      = dbus.ObjectPath("/org/freedesktop/secrets")
	loginCollection  = dbus.ObjectPath("/org/freedesktop/secrets/collection/login")
	defaultAlias     = dbus.ObjectPath("/org/freedesktop/secrets/aliases/default")
	collectionLocked = "org.freedesktop.Secret.Collection.Locked"
)

// keyringLocked reports whether the collection go-keyring stores in (the
// "login" collection if there is one, else the default alias, as in its
// GetLoginCollection) is locked. It is asked only after a call failed:
// go-keyring then says just "failed to unlock correct collection", which
// would otherwise read as "no keyring". Any error answering means "not
// known to be locked".
func keyringLocked() bool {
	if !haveBusAddress() {
		return false // dbus.SessionBus would start a bus
	}
	conn, err := dbus.SessionBus() // the shared connection go-keyring opened
	if err != nil {
		return false
	}
	path := defaultAlias
	v, err := conn.Object(secretsName, secretsPath).GetProperty("org.freedesktop.Secret.Service.Collections")
	if paths, ok := v.Value().([]dbus.ObjectPath); err == nil && ok && slices.Contains(paths, loginCollection) {
		path = loginCollection
	}
	v, err = conn.Object(secretsName, path).GetProperty(collectionLocked)
	locked, ok := v.Value().(bool)
	return err == nil && ok && locked
}
