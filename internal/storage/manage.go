package storage

import (
	"errors"
	"time"

	"gmailsetup/internal/gmail"
)

// Forget removes the account with that address and then its keyring entry.
// The file is rewritten first, so it never names a secret that is gone. If
// the account was the default, the first remaining one becomes it. When
// only the keyring entry could not be deleted, the account is gone from the
// file and a *KeyringError with Op "delete" says the entry is left.
func (s *Store) Forget(email string) error {
	var gone Account
	err := s.change(email, func(cfg *Config, i int) {
		gone = cfg.Accounts[i]
		cfg.Accounts = append(cfg.Accounts[:i:i], cfg.Accounts[i+1:]...)
		if gmail.SameMailbox(cfg.Default, email) {
			cfg.Default = ""
			if len(cfg.Accounts) > 0 {
				cfg.Default = cfg.Accounts[0].Email
			}
		}
	})
	if err != nil {
		return err
	}
	// Best effort: a leftover entry only informs, and a later save of the
	// same mailbox replaces it whole.
	_ = s.forgetState(gone.Email)
	if gone.SecretStore != SecretInKeyring {
		return nil
	}
	// The entry is under the saved spelling, whichever way email has it.
	k := s.keyring()
	if k == nil {
		return &KeyringError{Op: "delete", Email: gone.Email, Err: ErrNoKeyring}
	}
	if err := k.Delete(gone.Email); err != nil && !errors.Is(err, ErrSecretMissing) {
		return &KeyringError{Op: "delete", Email: gone.Email, Err: err}
	}
	return nil
}

// SetVerified records when the account last signed in successfully, in
// the state file: the setup file the person edits is only read.
func (s *Store) SetVerified(email string, when time.Time) error {
	// Refused where a save would be (a setup of another user's, a link not
	// ours): what is not ours to write, we keep no state about.
	if _, err := s.place(); err != nil {
		return err
	}
	cfg, err := s.Load()
	if err != nil {
		return err
	}
	acct, ok := cfg.Account(email)
	if email == "" || !ok {
		return &NoAccountError{Path: s.path, Email: email}
	}
	acct.LastVerified = when
	return s.recordState(acct)
}

// SetDefault makes the account with that address the default.
func (s *Store) SetDefault(email string) error {
	return s.change(email, func(cfg *Config, i int) { cfg.Default = cfg.Accounts[i].Email })
}

// change applies f to the account with that address under the lock, and
// writes the result; the secret is not touched.
func (s *Store) change(email string, f func(cfg *Config, i int)) error {
	t, unlock, err := s.begin(false, false)
	if err != nil {
		return err
	}
	defer unlock()
	i := index(t.cfg, email)
	if i < 0 {
		return &NoAccountError{Path: s.path, Email: email}
	}
	cfg := t.cfg
	cfg.Accounts = append([]Account(nil), t.cfg.Accounts...)
	f(&cfg, i)
	return t.commit(cfg)
}

func index(cfg Config, email string) int {
	for i, a := range cfg.Accounts {
		if gmail.SameMailbox(a.Email, email) {
			return i
		}
	}
	return -1
}

// mailboxIndex maps each account's mailbox (gmail.Mailbox) to its first
// position in cfg, so matching a whole list of accounts against cfg is
// linear: index in a loop made saving into 5,000 accounts take seconds.
func mailboxIndex(cfg Config) map[string]int {
	m := make(map[string]int, len(cfg.Accounts))
	for i, a := range cfg.Accounts {
		if a.Email == "" {
			continue
		}
		if _, dup := m[gmail.Mailbox(a.Email)]; !dup {
			m[gmail.Mailbox(a.Email)] = i
		}
	}
	return m
}
