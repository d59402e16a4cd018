//go:build !((dragonfly && cgo) || (freebsd && cgo) || linux || netbsd || openbsd)

package storage

// sessionBus is a D-Bus matter; Keychain and Credential Manager need none.
func sessionBus() error { return nil }

// keyringLocked is a Secret Service matter; elsewhere the OS asks or says.
func keyringLocked() bool { return false }
