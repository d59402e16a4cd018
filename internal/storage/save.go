package storage

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"gmailsetup/internal/gmail"
)

// Save adds the account, or replaces the one with the same Email, and stores
// secret: in the keyring when one answers (SecretStore "keyring", no
// password in the file), else in the file if allowFile (SecretStore
// "file"), else it writes nothing and returns a *NoKeyringError (errors.Is
// ErrNoKeyring) so the UI can ask for consent. The first account saved
// becomes the default. acct.SecretStore and acct.Password are ignored.
//
// A failed Save leaves the previous file and secret working: the keyring
// entry is put back as it was if the file cannot be written, so rotating an
// app password is safe until the new one is saved. A file that exists but
// does not load is not overwritten; see Replace.
func (s *Store) Save(acct Account, secret string, allowFile bool) (Where, error) {
	return s.saveAppPassword(acct, secret, allowFile, false)
}

// Replace is Save for a setup file that does not load (a *SyntaxError,
// *ConfigError or *UnsafeError from Load): after the person agrees, the old
// file is kept as Where.Backup (path + ".bak", mode 0600) and a new file
// holds just this account. On a file that loads it is the same as Save.
func (s *Store) Replace(acct Account, secret string, allowFile bool) (Where, error) {
	return s.saveAppPassword(acct, secret, allowFile, true)
}

// saveAppPassword saves an app-password account: any Google sign-in it
// had is dropped with its secrets (the keyring entry is replaced).
func (s *Store) saveAppPassword(acct Account, secret string, allowFile, replace bool) (Where, error) {
	if err := checkInput(acct, secret); err != nil {
		return Where{}, err
	}
	acct.Auth, acct.ClientID, acct.SignedIn, acct.AppPublished = "", "", time.Time{}, false
	return s.save(acct, payload{
		keyring: secret,
		inFile:  func(a *Account) { a.Password = secret },
	}, allowFile, replace)
}

// payload is a secret on its way to the keyring (one entry's value) or,
// failing that and with consent, into the account's own fields.
type payload struct {
	keyring string
	inFile  func(*Account)
}

// dropSecrets empties every secret field of an account kept in the keyring.
func dropSecrets(a *Account) { a.Password, a.RefreshToken, a.ClientSecret = "", "", "" }

// save writes the account to the setup file and its times (LastVerified,
// SignedIn) to the state file. The account's own last_verified and
// signed_in lines, left by an older gmailsetup, go from the setup file:
// the account is being rewritten anyway, and its times now live in the
// state. Other accounts' lines stay as they are.
func (s *Store) save(acct Account, sec payload, allowFile, replace bool) (Where, error) {
	times := acct
	acct.LastVerified, acct.SignedIn = time.Time{}, time.Time{}
	where, err := s.saveFile(acct, sec, allowFile, replace)
	if err == nil {
		// Best effort: the setup is saved and works; its times only
		// inform, and the next check records them again.
		_ = s.recordState(times)
	}
	return where, err
}

func (s *Store) saveFile(acct Account, sec payload, allowFile, replace bool) (Where, error) {
	t, unlock, err := s.begin(true, replace)
	if err != nil {
		return Where{}, err
	}
	defer func() {
		t.abandon() // before unlock: no other save is using the folder
		unlock()
	}()

	where := Where{ConfigPath: s.path}
	acct = normalize(acct)
	if i := index(t.cfg, acct.Email); i >= 0 {
		// The same mailbox typed another way (MARIO.ROSSI@GMAIL.COM): the
		// account keeps the spelling it was saved with, which its keyring
		// entry and any exported configuration use.
		acct.Email = t.cfg.Accounts[i].Email
		if t.cfg.Accounts[i].Auth == AuthAppPassword && acct.Auth == "" {
			acct.Auth = AuthAppPassword // as the person wrote it: no line changes for nothing
		}
	}
	dropSecrets(&acct)
	acct.SecretStore = SecretInFile
	sec.inFile(&acct)
	undo, kerr := s.putInKeyring(acct.Email, sec.keyring)
	if kerr == nil {
		acct.SecretStore = SecretInKeyring
		dropSecrets(&acct)
		where.Keyring = true
	} else if !allowFile {
		return Where{}, &NoKeyringError{Path: s.path, Email: acct.Email, Err: kerr}
	}

	cfg := upsert(t.cfg, acct)
	if t.err != nil {
		switch {
		case t.raw != nil:
			if where.Backup, err = s.backup(t.target, t.raw); err != nil {
				return Where{}, undone(err, undo)
			}
		case !errors.Is(t.err, ErrNotRegular):
			// Unreadable: what cannot be kept is not replaced.
			return Where{}, undone(t.err, undo)
		}
	}
	if err := t.commit(cfg); err != nil {
		var ia *InvalidAccountError
		if errors.As(err, &ia) {
			ia.Email = acct.Email
		}
		return Where{}, undone(err, undo)
	}
	if where.Backup == "" {
		where.Backup = t.backup
	}
	return where, nil
}

// undone puts the keyring back after err and returns err, joined with a
// *KeyringError "restore" if even that failed; use errors.As on the result.
func undone(err error, undo func() error) error {
	if uerr := undo(); uerr != nil {
		return errors.Join(err, uerr)
	}
	return err
}

// putInKeyring stores the secret and returns how to put the keyring back as
// it was, for when the file then cannot be written. Any failure, including
// one reading the old entry (which we would need to undo), means "no
// keyring" to the caller; the returned error says why. A Set that timed out
// cannot be undone and may still land later: the entry then holds the new
// secret, which the wizard has just verified, while the file keeps pointing
// where it did.
func (s *Store) putInKeyring(email, secret string) (undo func() error, err error) {
	nothing := func() error { return nil }
	k := s.keyring()
	if k == nil {
		return nothing, ErrNoKeyring
	}
	prev, err := k.Get(email)
	had := err == nil
	if err != nil && !errors.Is(err, ErrSecretMissing) {
		return nothing, err
	}
	if err := k.Set(email, secret); err != nil {
		return nothing, err
	}
	return func() error {
		var err error
		if had {
			err = k.Set(email, prev)
		} else if err = k.Delete(email); errors.Is(err, ErrSecretMissing) {
			err = nil
		}
		if err != nil {
			return &KeyringError{Op: "restore", Email: email, Err: err}
		}
		return nil
	}, nil
}

// checkInput refuses, before anything is touched, an account the file could
// not hold faithfully or that a load would refuse (validate's rules). The
// error never quotes the secret.
func checkInput(a Account, secret string) error {
	bad := func(p Problem) error { return &InvalidAccountError{Email: a.Email, Problem: p} }
	if err := checkAccount(a); err != nil {
		return err
	}
	switch {
	case secret == "":
		return bad(ProblemNoSecret)
	case !cleanText(secret):
		return bad(ProblemBadText)
	case !validAppPassword(secret):
		return bad(ProblemBadPassword)
	}
	return nil
}

// checkAccount is checkInput's rules for the fields every account has.
func checkAccount(a Account) error {
	bad := func(p Problem) error { return &InvalidAccountError{Email: a.Email, Problem: p} }
	if a.Email == "" {
		return bad(ProblemNoEmail)
	}
	for _, f := range []string{a.Email, a.Name, a.Host, a.AppPasswordLabel} {
		if !cleanText(f) {
			return bad(ProblemBadText)
		}
	}
	switch {
	case !validAddress(a.Email):
		return bad(ProblemBadAddress)
	case !validHost(a.Host):
		return bad(ProblemBadHost)
	case !validPort(a.Port):
		return bad(ProblemBadPort)
	}
	return nil
}

// upsert returns cfg with acct in place of the account with its address, or
// added at the end; the default stays unless it names no account.
func upsert(cfg Config, acct Account) Config {
	out := Config{Default: cfg.Default}
	replaced := false
	for _, a := range cfg.Accounts {
		if gmail.SameMailbox(a.Email, acct.Email) {
			a, replaced = acct, true
		}
		out.Accounts = append(out.Accounts, a)
	}
	if !replaced {
		out.Accounts = append(out.Accounts, acct)
	}
	if _, ok := out.Account(out.Default); out.Default == "" || !ok {
		out.Default = acct.Email
	}
	return out
}

// maxBackups bounds the search for a free backup name.
const maxBackups = 100

// backup keeps data, the old bytes of the file at target, as target.bak
// (or target.bak-2, -3… when an older backup is there: that one is kept
// too), private, since it may hold a secret and was perhaps readable by
// others.
func (s *Store) backup(target string, data []byte) (string, error) {
	bak := target + ".bak"
	for n := 2; ; n++ {
		if _, err := os.Lstat(bak); errors.Is(err, fs.ErrNotExist) {
			break
		}
		if n > maxBackups {
			return "", &FileError{Op: OpWrite, Path: target + ".bak", Dir: filepath.Dir(target), Err: fs.ErrExist}
		}
		bak = fmt.Sprintf("%s.bak-%d", target, n)
	}
	cleanTemps(bak)
	if err := s.writeFile(bak, bak, data); err != nil {
		return "", err
	}
	return bak, nil
}
