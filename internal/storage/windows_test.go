//go:build windows

package storage

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/sys/windows"
)

// These are the storage tests CI runs under wine (GOOS=windows go test
// -exec wine -run Windows): the setup file's place, its access list and
// Windows' Credential Manager through go-keyring.

// windowsTempDir is a fresh folder. Not t.TempDir: wine 8 refuses the
// call Go's RemoveAll makes ("Invalid function"), so removal is best
// effort.
func windowsTempDir(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "gmailsetup-win-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	return dir
}

// underWine reports whether wine runs the test: it keeps no access list
// set on a file, and reports one made from the Unix mode instead.
func underWine() bool {
	return windows.NewLazySystemDLL("ntdll.dll").NewProc("wine_get_version").Find() == nil
}

func windowsAccount() Account {
	return Account{Email: "mario.rossi@gmail.com", Host: "smtp.gmail.com", Port: 465}
}

// The setup lives in %AppData%\gmailsetup\config.toml.
func TestWindowsDefaultPath(t *testing.T) {
	t.Setenv(EnvConfig, "")
	got, err := DefaultPath()
	if err != nil {
		t.Fatal(err)
	}
	want := filepath.Join(os.Getenv("APPDATA"), "gmailsetup", "config.toml")
	if os.Getenv("APPDATA") == "" || got != want {
		t.Fatalf("DefaultPath = %q, want %q", got, want)
	}
}

// The file and the folder gmailsetup creates get an access list of their
// own, for the person only; the file loads, and checkPrivate finds no one
// else. On real Windows the list is protected from what the parent passes
// down; wine keeps no list set this way (it derives one from the Unix
// mode, hence umask 077 in CI), so there only the outcome is checked.
func TestWindowsFileIsPrivateByConstruction(t *testing.T) {
	path := filepath.Join(windowsTempDir(t), "gmailsetup", "config.toml")
	s := Open(path, WithoutKeyring())
	if _, err := s.Save(windowsAccount(), "abcdefghijklmnop", true); err != nil {
		t.Fatalf("Save: %v", err)
	}
	if _, err := s.Load(); err != nil {
		t.Fatalf("Load of the file just saved: %v", err)
	}
	for _, p := range []string{path, filepath.Dir(path)} {
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := checkPrivate(p, fi); err != nil {
			t.Fatalf("%s is not private: %v", p, err)
		}
		sd, err := windows.GetNamedSecurityInfo(p, windows.SE_FILE_OBJECT, windows.DACL_SECURITY_INFORMATION)
		if err != nil {
			t.Fatal(err)
		}
		control, _, err := sd.Control()
		if err != nil {
			t.Fatal(err)
		}
		if !underWine() && control&windows.SE_DACL_PROTECTED == 0 {
			t.Errorf("%s's access list is not protected: it takes what the folder passes down", p)
		}
	}
}

// A file others may read is still refused on load, whatever made it so.
func TestWindowsOpenFileRefused(t *testing.T) {
	path := filepath.Join(windowsTempDir(t), "config.toml")
	if err := os.WriteFile(path, []byte("[[account]]\nemail = \"mario.rossi@gmail.com\"\nhost = \"smtp.gmail.com\"\nport = 465\nsecret_store = \"file\"\npassword = \"abcdefghijklmnop\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	everyone, err := windows.CreateWellKnownSid(windows.WinWorldSid)
	if err != nil {
		t.Fatal(err)
	}
	acl, err := windows.ACLFromEntries([]windows.EXPLICIT_ACCESS{{
		AccessPermissions: windows.GENERIC_READ, AccessMode: windows.GRANT_ACCESS,
		Trustee: windows.TRUSTEE{TrusteeForm: windows.TRUSTEE_IS_SID, TrusteeType: windows.TRUSTEE_IS_WELL_KNOWN_GROUP, TrusteeValue: windows.TrusteeValueFromSID(everyone)},
	}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	// Real Windows keeps this list; wine gives Everyone read from mode 0644.
	_ = windows.SetNamedSecurityInfo(path, windows.SE_FILE_OBJECT, windows.DACL_SECURITY_INFORMATION, nil, nil, acl, nil)
	_, err = Open(path, WithoutKeyring()).Load()
	var unsafe *UnsafeError
	if !errors.As(err, &unsafe) || len(unsafe.Others) == 0 {
		t.Fatalf("Load of a file Everyone may read = %v, want an UnsafeError naming who", err)
	}
}

// The app password goes to Windows' Credential Manager, reads back, and
// is deleted by Forget.
func TestWindowsCredentialManager(t *testing.T) {
	path := filepath.Join(windowsTempDir(t), "gmailsetup", "config.toml")
	s := Open(path)
	where, err := s.Save(windowsAccount(), "abcdefghijklmnop", false)
	if err != nil || !where.Keyring {
		t.Fatalf("Save = %+v, %v; want the secret in Credential Manager", where, err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(strings.ToLower(string(data)), "abcdefghijklmnop") {
		t.Fatal("the secret is in the file, not only in Credential Manager")
	}
	if got, err := s.Secret("mario.rossi@gmail.com"); err != nil || got != "abcdefghijklmnop" {
		t.Fatalf("Secret = %d characters, %v", len(got), err)
	}
	if err := s.Forget("mario.rossi@gmail.com"); err != nil {
		t.Fatal(err)
	}
	if _, err := SystemKeyring().Get("mario.rossi@gmail.com"); err == nil {
		t.Fatal("Forget left the secret in Credential Manager")
	}
}
