package storage

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"

	"gmailsetup/internal/safefile"
)

// Sentinels for errors.Is. The typed errors below wrap them, so the UI can
// test the kind of failure and read the details with errors.As.
var (
	// ErrNotFound means there is no setup file yet.
	ErrNotFound = errors.New("no saved setup")
	// ErrNoKeyring means no OS keyring could take the secret: none is
	// running, it failed, or the store was opened WithoutKeyring.
	ErrNoKeyring = errors.New("no OS keyring available")
	// ErrKeyringTimeout means the keyring did not answer in time. go-keyring
	// has no timeout of its own, and a Secret Service that never replies
	// would otherwise hang the wizard.
	ErrKeyringTimeout = errors.New("the OS keyring did not answer in time")
	// ErrSecretMissing means the keyring has no entry for that address.
	ErrSecretMissing = errors.New("no app password in the OS keyring")
	// ErrBusy means another gmailsetup held the setup folder's lock too long.
	ErrBusy = errors.New("another gmailsetup is saving")
	// ErrNotRegular means the setup path is a folder, a FIFO, a device:
	// not a file to read or replace.
	ErrNotRegular = errors.New("not a regular file")
)

// Op names what a FileError was doing.
type Op string

// The operations a FileError can report.
const (
	OpLocate Op = "locate" // finding the user's config folder
	OpRead   Op = "read"
	OpWrite  Op = "write"
	OpMkdir  Op = "create folder"
	OpLock   Op = "lock"
)

// FileError is a failure to find, read or write the setup file or its
// folder. Op says which (creating the folder, writing the file…), so the
// person learns what failed rather than a guess. Dir is the folder a write
// or lock failed in ("" when it is Path's own folder, or for reads). Err
// is the OS error (or ErrNotFound, ErrBusy, ErrNotRegular); it never holds
// file contents.
type FileError struct {
	Op   Op
	Path string
	Err  error
	Dir  string
}

// Folder is the folder the failure concerns: Dir, or Path's folder.
func (e *FileError) Folder() string {
	if e.Dir != "" {
		return e.Dir
	}
	if e.Op == OpMkdir || e.Op == OpLock {
		return e.Path
	}
	return filepath.Dir(e.Path)
}

func (e *FileError) Error() string {
	switch {
	case e.Op == OpRead && errors.Is(e.Err, ErrNotFound):
		return fmt.Sprintf("no saved setup at %s: run gmailsetup to create it", e.Path)
	case e.Op == OpLocate:
		return fmt.Sprintf("cannot find a folder for the setup file: %v; set GMAILSETUP_CONFIG to the file's path", e.Err)
	case e.Op == OpMkdir:
		return fmt.Sprintf("cannot create the folder %s: %v; create it with: mkdir -p -m 700 %s", e.Path, e.Err, ShellQuote(e.Path))
	case e.Op == OpLock:
		return fmt.Sprintf("cannot lock the folder %s: %v; close the other gmailsetup and try again", e.Path, e.Err)
	case e.Op == OpWrite:
		return fmt.Sprintf("cannot write %s in the folder %s: %v; check that the folder is yours, writable, and the disk has free space", e.Path, e.Folder(), e.Err)
	}
	return fmt.Sprintf("cannot %s %s: %v; check that the file exists and you may read it", e.Op, e.Path, e.Err)
}

func (e *FileError) Unwrap() error { return e.Err }

// SyntaxError means the file is not valid TOML, or a value has the wrong
// type (port = "abc"). Line and Column start at 1; Column is 0 when
// unknown. Key is the key on that line when it can be named safely (a bare
// key before "="), else "". Kind says what is wrong and Msg says it in
// English; neither holds any text of the file: the parser's own message
// quotes the value it choked on, which may be a secret, so it is dropped.
type SyntaxError struct {
	Path   string
	Line   int
	Column int
	Msg    string
	Key    string
	Kind   SyntaxKind
}

func (e *SyntaxError) Error() string {
	loc := fmt.Sprintf("%s:%d", e.Path, e.Line)
	if e.Column > 0 {
		loc += fmt.Sprintf(":%d", e.Column)
	}
	if e.Key != "" {
		loc += fmt.Sprintf(": %s", e.Key)
	}
	return fmt.Sprintf("%s: %s; fix that line, or run gmailsetup again to replace the file", loc, e.Msg)
}

// SyntaxKind is what is wrong on a line that is not valid TOML.
type SyntaxKind int

// The kinds a SyntaxError can report.
const (
	SyntaxOther     SyntaxKind = iota // anything else
	SyntaxNotClosed                   // a string, array or table is not closed
	SyntaxBadValue                    // a value is missing, or text lacks its quotes
	SyntaxWrongType                   // text where a number belongs, or the reverse
	SyntaxDuplicate                   // a key or table defined twice
	SyntaxEscape                      // a bad \ escape in a string
	SyntaxDate                        // not a valid date and time
	SyntaxRange                       // a number out of range
	SyntaxBadText                     // control characters or invalid UTF-8
	SyntaxBadKey                      // a key or table name is malformed
	SyntaxKeyCase                     // one of our keys in other capitals ("Email", "aCCount")
)

func (k SyntaxKind) String() string {
	switch k {
	case SyntaxNotClosed:
		return "a string, list or table is not closed"
	case SyntaxBadValue:
		return "the value is missing or not valid (text needs quotes)"
	case SyntaxWrongType:
		return "the value has the wrong type (text needs quotes, numbers none)"
	case SyntaxDuplicate:
		return "the key is defined twice"
	case SyntaxEscape:
		return "a string holds an invalid \\ escape"
	case SyntaxDate:
		return "not a valid date and time"
	case SyntaxRange:
		return "the number is out of range"
	case SyntaxBadText:
		return "the line holds control characters or invalid UTF-8"
	case SyntaxBadKey:
		return "the key or table name is not valid"
	case SyntaxKeyCase:
		return "the key is written with capitals; gmailsetup's keys are lower case"
	}
	return "the line is not valid TOML"
}

// Problem says what is wrong with an account, in the file or given to Save.
type Problem int

// The problems a ConfigError or InvalidAccountError can report.
const (
	ProblemNoEmail          Problem = iota + 1 // an account has no email
	ProblemBadText                             // a field has control characters or invalid UTF-8
	ProblemDuplicateEmail                      // two accounts share an address
	ProblemBadSecretStore                      // secret_store is not "keyring" or "file"
	ProblemNoPassword                          // secret_store = "file" but no password
	ProblemNoSecret                            // Save was given an empty secret
	ProblemTooLarge                            // the file is far bigger than any setup
	ProblemNotRepresentable                    // the account would not read back identically
	ProblemBadAddress                          // the email is not a valid address (gmail.CheckAddress)
	ProblemBadPort                             // port is not 465 or 587
	ProblemBadPassword                         // the password is not Google's 16 letters
	ProblemBadHost                             // host is not a plain host name
	ProblemBadAuth                             // auth is not "app_password" or "oauth"
	ProblemNoClientID                          // auth = "oauth" but no client_id
	ProblemBadClientID                         // client_id is not a Desktop client's ID
	ProblemNoRefreshToken                      // a Google sign-in kept in the file has no refresh_token
	ProblemNoClientSecret                      // a Google sign-in kept in the file has no client_secret
	ProblemBadOAuthSecret                      // refresh_token or client_secret is not one Google issues
	ProblemStraySecret                         // a secret in a key this account does not use
)

func (p Problem) String() string {
	switch p {
	case ProblemNoEmail:
		return "the email address is missing"
	case ProblemBadText:
		return "a field holds control characters or invalid UTF-8"
	case ProblemDuplicateEmail:
		return "the email address appears in more than one account"
	case ProblemBadSecretStore:
		return `secret_store must be "keyring" or "file"`
	case ProblemNoPassword:
		return `secret_store is "file" but there is no password`
	case ProblemNoSecret:
		return "the app password is empty"
	case ProblemTooLarge:
		return fmt.Sprintf("the file is larger than %d bytes", maxFileSize)
	case ProblemNotRepresentable:
		return "the account cannot be written so that it reads back the same"
	case ProblemBadAddress:
		return "the email is not a valid address"
	case ProblemBadPort:
		return "port must be 465 or 587"
	case ProblemBadPassword:
		return "the password is not an app password (16 letters)"
	case ProblemBadHost:
		return "host is not a server name"
	case ProblemBadAuth:
		return `auth must be "app_password" or "oauth"`
	case ProblemNoClientID:
		return `auth is "oauth" but there is no client_id`
	case ProblemBadClientID:
		return "client_id is not the ID of a Desktop OAuth client"
	case ProblemNoRefreshToken:
		return `secret_store is "file" but there is no refresh_token`
	case ProblemNoClientSecret:
		return `secret_store is "file" but there is no client_secret`
	case ProblemBadOAuthSecret:
		return "the value is not one Google issues"
	case ProblemStraySecret:
		return "this secret is in a key the account does not use; remove the line"
	}
	return fmt.Sprintf("problem %d", int(p))
}

// ConfigError means the file is valid TOML but an account in it is
// unusable. Index is the account's position (1-based; 0 for the whole
// file); Key is the key at fault and Line its line (0 when unknown: the
// account is written as an inline table, say). Email is set only when it
// is a valid address, safe to show; the faulty value is never kept.
type ConfigError struct {
	Path    string
	Index   int
	Email   string
	Problem Problem
	Key     string
	Line    int
}

func (e *ConfigError) Error() string {
	where := e.Path
	if e.Line > 0 {
		where = fmt.Sprintf("%s:%d", e.Path, e.Line)
	}
	if e.Index > 0 {
		where = fmt.Sprintf("%s: account %d", where, e.Index)
		if e.Email != "" {
			where += fmt.Sprintf(" (%s)", e.Email)
		}
	}
	if e.Key != "" {
		where += fmt.Sprintf(": %s", e.Key)
	}
	return fmt.Sprintf("%s: %s; edit the file, or run gmailsetup again to replace it", where, e.Problem)
}

// InvalidAccountError means Save was given an account it cannot store.
type InvalidAccountError struct {
	Email   string
	Problem Problem
}

func (e *InvalidAccountError) Error() string {
	return fmt.Sprintf("cannot save the account %q: %s", e.Email, e.Problem)
}

// UnsafeError means the file holds a secret but others could read or change
// it, so it is refused as msmtp and OpenSSH do. Fix is the exact shell
// command that repairs it.
type UnsafeError struct {
	Path  string
	Mode  fs.FileMode // permission bits found
	Owner int         // owner's uid
	UID   int         // our uid
	// Others, on Windows, names who besides you, SYSTEM and Administrators
	// the file's access list lets read or change it (Mode, Owner and UID
	// are then zero).
	Others []string
	Fix    string
}

// WrongOwner reports whether the problem is the owner rather than the mode.
func (e *UnsafeError) WrongOwner() bool { return e.Owner != e.UID }

func (e *UnsafeError) Error() string {
	if len(e.Others) > 0 {
		return fmt.Sprintf("%s holds an app password but %s may read or change it, so it is not used; fix with: %s", e.Path, strings.Join(e.Others, ", "), e.Fix)
	}
	if e.WrongOwner() {
		return fmt.Sprintf("%s holds an app password but belongs to user %d, not to you (%d), so it is not used; fix with: %s", e.Path, e.Owner, e.UID, e.Fix)
	}
	return fmt.Sprintf("%s holds an app password but others may read or change it (mode %v), so it is not used; fix with: %s", e.Path, e.Mode.Perm(), e.Fix)
}

// LinkError means the setup path is a symlink gmailsetup does not follow
// to write: the link is another user's, or it points to something that is
// not a regular file of ours (a file of another user, a folder, a device).
// Target is where the link points.
type LinkError = safefile.LinkError

// OwnerError means a write was refused because the file, or a folder it
// would be written in (up to $HOME), belongs to another user: root run
// with another person's HOME (sudo without -H). Nothing was written.
type OwnerError = safefile.OwnerError

// LooseFolderError is a write refused because others may change the
// folder the setup file is in (Mode): any of them could swap the file.
// Fix is the command its owner runs.
type LooseFolderError struct {
	Path string
	Mode fs.FileMode
	Fix  string
}

func (e *LooseFolderError) Error() string {
	return fmt.Sprintf("others may change the folder %s (mode %v), so gmailsetup writes nothing there; its owner can fix it with: %s", e.Path, e.Mode, e.Fix)
}

// TooLargeError is a save refused because the file would grow to Size
// bytes, past Limit, the most a load accepts: writing it would lock the
// person out of their own setup. Nothing was written.
type TooLargeError struct {
	Path  string
	Size  int
	Limit int
}

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("saving would make %s %d bytes, more than the %d a load accepts; nothing was saved: remove accounts or lines you no longer need", e.Path, e.Size, e.Limit)
}

// NoKeyringError is Save refusing to put the secret in the file without
// consent because no keyring took it. The UI asks, then calls Save again
// with allowFile. Err is why the keyring failed (nil when disabled).
type NoKeyringError struct {
	Path  string
	Email string
	Err   error
}

func (e *NoKeyringError) Error() string {
	why := ""
	if e.Err != nil {
		why = fmt.Sprintf(" (%v)", e.Err)
	}
	return fmt.Sprintf("no OS keyring can keep the app password for %s%s; it can be saved in %s instead, readable only by you, if you allow it", e.Email, why, e.Path)
}

// Is makes errors.Is(err, ErrNoKeyring) true.
func (e *NoKeyringError) Is(target error) bool { return target == ErrNoKeyring }

func (e *NoKeyringError) Unwrap() error { return e.Err }

// KeyringError is a keyring call that failed. Op is "get", "set", "delete"
// or "restore" (putting back the previous secret after a failed save). Err
// is ErrKeyringTimeout, ErrSecretMissing, ErrNoKeyring or the backend's error.
type KeyringError struct {
	Op    string
	Email string
	Err   error
}

func (e *KeyringError) Error() string {
	switch {
	case errors.Is(e.Err, ErrKeyringTimeout):
		return fmt.Sprintf("the OS keyring did not answer in time to %s the app password for %s; unlock the keyring or restart its service, then try again", e.Op, e.Email)
	case errors.Is(e.Err, ErrSecretMissing):
		return fmt.Sprintf("the OS keyring has no app password for %s; run gmailsetup again to save one", e.Email)
	case errors.Is(e.Err, ErrNoKeyring):
		return fmt.Sprintf("the app password for %s is kept in the OS keyring, which is not available; start a keyring, or run gmailsetup again to save it in the file", e.Email)
	}
	return fmt.Sprintf("the OS keyring failed to %s the app password for %s: %v", e.Op, e.Email, e.Err)
}

func (e *KeyringError) Unwrap() error { return e.Err }

// NoAccountError means the file has no account with that address.
type NoAccountError struct {
	Path  string
	Email string
}

func (e *NoAccountError) Error() string {
	if e.Email == "" {
		return fmt.Sprintf("%s has no default account; run gmailsetup to add one", e.Path)
	}
	return fmt.Sprintf("%s has no account %s; run gmailsetup to add it", e.Path, e.Email)
}

// ShellQuote quotes s for a POSIX shell, for the Fix commands.
func ShellQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
