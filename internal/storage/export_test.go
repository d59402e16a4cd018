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

// SameConfig is sameConfig, for tests.
func SameConfig(x, y Config) bool { return sameConfig(x, y) }

// RoundTrip encodes cfg as a whole file and decodes it again.
func RoundTrip(t interface{ Fatalf(string, ...any) }, cfg Config) Config {
	data, err := encode(cfg)
	if err != nil {
		t.Fatalf("encode: %v", err)
	}
	back, _, err := decode("roundtrip.toml", data)
	if err != nil {
		t.Fatalf("decode of our own encoding: %v", err)
	}
	if err := validate("roundtrip.toml", back, data); err != nil {
		t.Fatalf("our own encoding does not validate: %v", err)
	}
	return back
}
