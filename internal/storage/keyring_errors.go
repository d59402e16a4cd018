package storage

import (
	"errors"
	"fmt"
)

// ErrKeyringLocked means the OS keyring is there but locked, and was not
// unlocked when asked (no one answered its password prompt, or there is no
// display to show one). Unlocking it and trying again is the fix; it is not
// "no keyring", so it does not match ErrNoKeyring.
var ErrKeyringLocked = errors.New("the OS keyring is locked")

// ErrNoSessionBus means there is no D-Bus session bus to reach the Secret
// Service through: DBUS_SESSION_BUS_ADDRESS is unset and the user's runtime
// folder has no bus socket, as over SSH or under cron. It matches
// ErrNoKeyring too. We never start a bus ourselves: one started for a
// single command would outlive it, together with the keyring it starts.
var ErrNoSessionBus = fmt.Errorf("no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set), so %w", ErrNoKeyring)
