package storage_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"gmailsetup/internal/storage"
)

// writeMany writes a setup file of n accounts (secrets in the file, as
// without a keyring) as one text, so building the fixture does not cost n
// saves.
func writeMany(t testing.TB, path string, n int) {
	t.Helper()
	var text []byte
	for i := range n {
		text = fmt.Appendf(text, "[[account]]\nemail = \"user%d@gmail.com\"\nname = \"User %d\"\nhost = \"smtp.gmail.com\"\nport = 587\nsecret_store = \"file\"\npassword = \"abcdabcdabcdabcd\"\nlast_verified = 2026-01-02T03:04:05Z\n\n", i, i)
	}
	if err := os.WriteFile(path, text, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := storage.Open(path, storage.WithoutKeyring()).Load(); err != nil {
		t.Fatal(err)
	}
}

// manyAccounts is writeMany in a fresh folder.
func manyAccounts(b *testing.B, n int) (path string) {
	path = filepath.Join(b.TempDir(), "config.toml")
	writeMany(b, path, n)
	return path
}

// One save (a new account) and one verification record in a file of n
// accounts: both read, edit in place and read back the whole file, so
// they must stay linear in its size (5,000 accounts took 5.3 s: issue 18,
// item 7).
func BenchmarkSaveIntoMany(b *testing.B) {
	for _, n := range []int{500, 1000, 2000, 5000} {
		b.Run(fmt.Sprintf("accounts=%d", n), func(b *testing.B) {
			path := manyAccounts(b, n)
			s := storage.Open(path, storage.WithoutKeyring())
			b.ResetTimer()
			for i := 0; b.Loop(); i++ {
				if _, err := s.Save(account(fmt.Sprintf("new%d@gmail.com", i%2)), "adaadaadaadaaaaa", true); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkSetVerifiedInMany(b *testing.B) {
	for _, n := range []int{500, 1000, 2000, 5000} {
		b.Run(fmt.Sprintf("accounts=%d", n), func(b *testing.B) {
			path := manyAccounts(b, n)
			s := storage.Open(path, storage.WithoutKeyring())
			when := time.Date(2026, 2, 3, 4, 5, 6, 0, time.UTC)
			for i := 0; b.Loop(); i++ {
				if err := s.SetVerified(fmt.Sprintf("user%d@gmail.com", n/2), when.Add(time.Duration(i)*time.Second)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// Recording a verification in a file of 2n accounts costs about twice
// what it costs in one of n, not four times: counted in allocations,
// which do not depend on the machine's speed (issue 18, item 7: matching
// each account against every other made 5,000 accounts take 5.3 s).
func TestChangeIsLinearInAccounts(t *testing.T) {
	allocs := func(n int) float64 {
		path := filepath.Join(t.TempDir(), "config.toml")
		writeMany(t, path, n)
		s := storage.Open(path, storage.WithoutKeyring())
		when := time.Date(2026, 2, 3, 4, 5, 6, 0, time.UTC)
		i := 0
		return testing.AllocsPerRun(2, func() {
			i++
			if err := s.SetVerified(fmt.Sprintf("user%d@gmail.com", n-1), when.Add(time.Duration(i)*time.Second)); err != nil {
				t.Fatal(err)
			}
		})
	}
	small, large := allocs(400), allocs(800)
	if ratio := large / small; ratio > 2.5 {
		t.Errorf("allocations for 400 accounts %.0f, for 800 %.0f: ×%.1f, not linear", small, large, ratio)
	}
}
