//go:build unix

package storage

import (
	"fmt"
	"io/fs"
	"os"
	"os/user"
	"strconv"
	"syscall"
	"time"
)

// checkPrivate refuses a file that others may read or write, or that is
// owned by someone other than us (or root, as OpenSSH allows): such a file
// could leak the secret or have it swapped for one that sends mail elsewhere.
func checkPrivate(path string, fi fs.FileInfo) error {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return nil
	}
	uid, owner := os.Getuid(), int(st.Uid)
	loose := fi.Mode().Perm()&0o077 != 0
	wrongOwner := owner != uid && owner != 0
	if !loose && !wrongOwner {
		return nil
	}
	e := &UnsafeError{Path: path, Mode: fi.Mode().Perm(), Owner: owner, UID: uid}
	if !wrongOwner {
		e.Owner = uid // root-owned is fine; report only the mode
	}
	chmod := "chmod 600 " + ShellQuote(path)
	if wrongOwner {
		who := strconv.Itoa(uid)
		if u, err := user.LookupId(who); err == nil {
			who = u.Username
		}
		e.Fix = fmt.Sprintf("sudo chown %s %s && %s", who, ShellQuote(path), chmod)
	} else {
		e.Fix = chmod
	}
	return e
}

// lockWait bounds the wait for another gmailsetup's save; a save holds the
// lock for at most a few keyring calls.
const lockWait = 15 * time.Second

// lockDir takes an exclusive flock on the folder, so one process at a time
// reads, changes and rewrites the file, and may delete leftover temp files:
// their writers are dead, since a writer holds this lock until it renames.
// The kernel drops the lock when its holder dies, even by SIGKILL.
func lockDir(dir string) (unlock func(), err error) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, &FileError{Op: OpLock, Path: dir, Err: err}
	}
	deadline := time.Now().Add(lockWait)
	for {
		err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			return func() { f.Close() }, nil // closing releases the flock
		}
		if err != syscall.EWOULDBLOCK && err != syscall.EINTR {
			f.Close()
			return nil, &FileError{Op: OpLock, Path: dir, Err: err}
		}
		if time.Now().After(deadline) {
			f.Close()
			return nil, &FileError{Op: OpLock, Path: dir, Err: ErrBusy}
		}
		time.Sleep(20 * time.Millisecond)
	}
}
