package storage

import "time"

// FailBeforeRename makes every later write of s fail after its temp file is
// complete, the last moment before the rename, with err; it records the temp
// file's path in *seen.
func FailBeforeRename(s *Store, err error, seen *[]string) {
	s.beforeRename = func(tmp string) error {
		*seen = append(*seen, tmp)
		return err
	}
}

// Timeout is the keyring bound s uses.
func Timeout(s *Store) time.Duration { return s.timeout }

// LockDir holds the folder lock a save holds, as another process would.
func LockDir(t interface{ Fatal(...any) }, dir string) (unlock func()) {
	unlock, err := lockDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	return unlock
}
