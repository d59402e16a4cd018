package guide

import (
	"errors"

	"gmailsetup/internal/i18n"
	"gmailsetup/internal/storage"
)

// NoKeyring is the catalog key of the question asked when Save found no
// keyring to take the secret (err is its *storage.NoKeyringError): may the
// secret go in the file named by the text's one argument? A locked keyring
// and one out of reach for want of a D-Bus session are named as such,
// since the fix for each is not "install a keyring".
func NoKeyring(err error) i18n.Key {
	switch {
	case errors.Is(err, storage.ErrKeyringLocked):
		return "save.keyringLocked"
	case errors.Is(err, storage.ErrNoSessionBus):
		return "save.noSessionBus"
	}
	return "save.noKeyring"
}
