package storage

import (
	"encoding/json"
	"os"
	"path/filepath"
	"time"

	"gmailsetup/internal/gmail"
	"gmailsetup/internal/safefile"
)

// StateName is the file, beside the setup, where gmailsetup keeps what
// changes by itself: when each account last signed in (LastVerified) and
// when it last signed in with Google (SignedIn). Keeping them apart from
// the setup the person edits, as gh keeps hosts apart from its config,
// means `gmailsetup test` and a check never rewrite the person's file.
const StateName = "state.json"

// maxStateSize bounds what is read of the state file: a few lines per
// account, so 1 MiB is far above any real one.
const maxStateSize = 1 << 20

// stateEntry is one mailbox's times; a zero time is "not recorded".
type stateEntry struct {
	LastVerified time.Time `json:"last_verified,omitzero"`
	SignedIn     time.Time `json:"signed_in,omitzero"`
}

// stateFile is the state file's shape, keyed by gmail.Mailbox.
type stateFile struct {
	Accounts map[string]stateEntry `json:"accounts"`
}

// statePath is the state file of this setup: in the folder of the path the
// person gave (a setup linked from a dotfiles repository keeps its state
// out of that repository).
func (s *Store) statePath() string { return filepath.Join(filepath.Dir(s.path), StateName) }

// readState returns the recorded times. It never fails: a missing,
// unreadable, oversized or broken state file, or one that is not a regular
// file of ours (a link, a FIFO), is read as empty, since these times only
// inform and the setup must load without them. It never follows a link
// and never blocks on a FIFO.
func (s *Store) readState() map[string]stateEntry {
	p := s.statePath()
	lfi, err := os.Lstat(p)
	if err != nil || !lfi.Mode().IsRegular() || !safefile.OwnedByUs(lfi) {
		return nil
	}
	data, fi, err := readBounded(p, maxStateSize)
	if err != nil || !os.SameFile(lfi, fi) { // still the file checked above
		return nil
	}
	var st stateFile
	if json.Unmarshal(data, &st) != nil {
		return nil
	}
	return st.Accounts
}

// withState puts the recorded times over cfg's: the state file wins, and a
// setup file from before it (last_verified, signed_in in config.toml)
// keeps its times where the state file has none.
func withState(cfg Config, st map[string]stateEntry) Config {
	if len(st) == 0 {
		return cfg
	}
	cfg.Accounts = append([]Account(nil), cfg.Accounts...)
	for i, a := range cfg.Accounts {
		e, ok := st[gmail.Mailbox(a.Email)]
		if !ok {
			continue
		}
		if !e.LastVerified.IsZero() {
			cfg.Accounts[i].LastVerified = e.LastVerified
		}
		if !e.SignedIn.IsZero() {
			cfg.Accounts[i].SignedIn = e.SignedIn
		}
	}
	return cfg
}

// changeState applies f to the state file's entries under the folder's
// lock and, when f reports a change, writes them back atomically, 0600, through safefile: the rename
// replaces a link or anything else put in its place, never writes through
// it. A state file that did not read is started again from empty.
func (s *Store) changeState(f func(map[string]stateEntry) bool) error {
	p := s.statePath()
	dir := filepath.Dir(p)
	if err := safefile.CheckFolder(dir); err != nil {
		return err
	}
	unlock, err := lockDir(dir)
	if err != nil {
		return err
	}
	defer unlock()
	st := s.readState()
	if st == nil {
		st = map[string]stateEntry{}
	}
	if !f(st) {
		return nil
	}
	data, err := json.MarshalIndent(stateFile{Accounts: st}, "", "  ")
	if err != nil {
		return &FileError{Op: OpWrite, Path: p, Dir: dir, Err: err}
	}
	cleanTemps(p)
	if err := safefile.Write(p, append(data, '\n'), 0o600, nil); err != nil {
		return &FileError{Op: OpWrite, Path: p, Dir: dir, Err: err}
	}
	return nil
}

// forgetState drops the mailbox's entry.
func (s *Store) forgetState(email string) error {
	return s.changeState(func(st map[string]stateEntry) bool {
		_, had := st[gmail.Mailbox(email)]
		delete(st, gmail.Mailbox(email))
		return had
	})
}

// recordState keeps acct's times as its mailbox's entry, replacing any
// before; with neither time set the entry goes.
func (s *Store) recordState(acct Account) error {
	key := gmail.Mailbox(acct.Email)
	e := stateEntry{LastVerified: acct.LastVerified.UTC(), SignedIn: acct.SignedIn.UTC()}
	return s.changeState(func(st map[string]stateEntry) bool {
		old, had := st[key]
		if e.LastVerified.IsZero() && e.SignedIn.IsZero() {
			delete(st, key)
			return had
		}
		st[key] = e
		return !had || !old.LastVerified.Equal(e.LastVerified) || !old.SignedIn.Equal(e.SignedIn)
	})
}
