package storage

import (
	"errors"
	"time"

	"github.com/zalando/go-keyring"
)

// KeyringService is the service name under which secrets are filed in the OS
// keyring; the user name is the email address.
const KeyringService = "gmailsetup"

// DefaultKeyringTimeout bounds every keyring call.
const DefaultKeyringTimeout = 3 * time.Second

// Keyring keeps one secret per email address.
type Keyring interface {
	// Get returns the secret, or an error wrapping ErrSecretMissing.
	Get(email string) (string, error)
	Set(email, secret string) error
	// Delete removes the secret, or returns an error wrapping
	// ErrSecretMissing when there was none.
	Delete(email string) error
}

// SystemKeyring is the OS keyring through go-keyring: Secret Service on
// Linux and BSD, Keychain on macOS, Credential Manager on Windows.
func SystemKeyring() Keyring { return systemKeyring{} }

type systemKeyring struct{}

func (systemKeyring) Get(email string) (string, error) {
	if err := sessionBus(); err != nil {
		return "", err
	}
	s, err := keyring.Get(KeyringService, email)
	return s, classify(err)
}

func (systemKeyring) Set(email, secret string) error {
	if err := sessionBus(); err != nil {
		return err
	}
	return classify(keyring.Set(KeyringService, email, secret))
}

func (systemKeyring) Delete(email string) error {
	if err := sessionBus(); err != nil {
		return err
	}
	return classify(keyring.Delete(KeyringService, email))
}

// classify maps go-keyring's not-found onto ours, so fakes need not import
// it, and names a failure that came from a locked keyring as such.
func classify(err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, keyring.ErrNotFound):
		return ErrSecretMissing
	case keyringLocked():
		return ErrKeyringLocked
	}
	return err
}

// bounded gives up on a keyring call after d. go-keyring blocks forever on a
// Secret Service that accepts the D-Bus call and never replies, and it takes
// no context, so the call runs in a goroutine that is abandoned on timeout;
// the buffered channel lets it finish and be collected whenever it returns.
type bounded struct {
	k Keyring
	d time.Duration
}

type result struct {
	s   string
	err error
}

func (b bounded) run(f func() (string, error)) (string, error) {
	ch := make(chan result, 1)
	go func() {
		s, err := f()
		ch <- result{s, err}
	}()
	t := time.NewTimer(b.d)
	defer t.Stop()
	select {
	case r := <-ch:
		return r.s, r.err
	case <-t.C:
		return "", ErrKeyringTimeout
	}
}

func (b bounded) Get(email string) (string, error) {
	return b.run(func() (string, error) { return b.k.Get(email) })
}

func (b bounded) Set(email, secret string) error {
	_, err := b.run(func() (string, error) { return "", b.k.Set(email, secret) })
	return err
}

func (b bounded) Delete(email string) error {
	_, err := b.run(func() (string, error) { return "", b.k.Delete(email) })
	return err
}
