package storage

import (
	"sync"
	"time"

	"gmailsetup/internal/safefile"
)

// Store is the setup file at one path plus the keyring that holds its
// secrets. Its methods are safe for concurrent use; writers in other
// processes are kept out by a lock on the file's folder.
type Store struct {
	path    string
	ring    Keyring // nil: no keyring, secrets go to the file with consent
	timeout time.Duration

	mu sync.Mutex // serialises read-modify-write within this process

	// beforeRename, when set, runs after the temp file is complete and before
	// it replaces the setup; tests use it to make a save fail at the last
	// moment.
	beforeRename func(tmp string) error
}

// Option configures a Store.
type Option func(*Store)

// WithKeyring uses k instead of the OS keyring.
func WithKeyring(k Keyring) Option { return func(s *Store) { s.ring = k } }

// WithoutKeyring never touches a keyring: secrets go to the file, and only
// when Save is allowed to put them there.
func WithoutKeyring() Option { return func(s *Store) { s.ring = nil } }

// WithKeyringTimeout bounds each keyring call by d instead of
// DefaultKeyringTimeout.
func WithKeyringTimeout(d time.Duration) Option {
	return func(s *Store) { s.timeout = d }
}

// Open returns the store for the setup file at path (see DefaultPath). It
// touches no keyring and reads nothing; it only removes temp files that
// crashed saves left behind (CleanTemps), since they may hold the secret.
func Open(path string, opts ...Option) *Store {
	s := &Store{path: path, ring: SystemKeyring(), timeout: DefaultKeyringTimeout}
	for _, o := range opts {
		o(s)
	}
	CleanTemps(path)
	return s
}

// Path is the setup file's path as given to Open, for the person to see.
func (s *Store) Path() string { return s.path }

// keyring returns the bounded keyring, or nil when there is none.
func (s *Store) keyring() Keyring {
	if s.ring == nil {
		return nil
	}
	return bounded{k: s.ring, d: s.timeout}
}

// Load reads the setup, with the times of the state file (state.go) over
// the file's own. A missing file is an error wrapping ErrNotFound; see
// read for the others; the state file never makes Load fail. Load never
// writes anything.
func (s *Store) Load() (Config, error) {
	target, err := safefile.Target(s.path)
	if err != nil {
		return Config{}, &FileError{Op: OpRead, Path: s.path, Err: err}
	}
	cfg, err := s.read(target)
	if err != nil {
		return Config{}, err
	}
	return withState(cfg, s.readState()), nil
}

// Secret returns the app password of the account with that address (the
// default account when email is empty), from the keyring or the file.
func (s *Store) Secret(email string) (string, error) {
	cfg, err := s.Load()
	if err != nil {
		return "", err
	}
	acct, ok := cfg.Account(email)
	if !ok {
		return "", &NoAccountError{Path: s.path, Email: email}
	}
	if acct.IsOAuth() {
		return "", &KindError{Email: acct.Email, Auth: AuthOAuth}
	}
	if acct.SecretStore == SecretInFile {
		return acct.Password, nil // read checked it is there
	}
	k := s.keyring()
	if k == nil {
		return "", &KeyringError{Op: "get", Email: acct.Email, Err: ErrNoKeyring}
	}
	secret, err := k.Get(acct.Email)
	if err != nil {
		return "", &KeyringError{Op: "get", Email: acct.Email, Err: err}
	}
	return secret, nil
}
