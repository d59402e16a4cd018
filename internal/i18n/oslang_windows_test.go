//go:build windows

package i18n

import (
	"os"
	"testing"

	"golang.org/x/sys/windows"
)

// Windows' preferred UI languages agree with its older answer,
// GetUserDefaultUILanguage (0x0410 is Italian, 0x0409 English), and with
// the language CI started wine in (GMAILSETUP_WANT_OSLANG), even with no
// LANG in the program's environment.
func TestWindowsLanguage(t *testing.T) {
	langs := osLanguages()
	if len(langs) == 0 {
		t.Fatal("GetUserPreferredUILanguages gave no language")
	}
	id, _, _ := windows.NewLazySystemDLL("kernel32.dll").NewProc("GetUserDefaultUILanguage").Call()
	want := map[uintptr]Lang{0x10: IT, 0x09: EN}[id&0x3ff]
	if want == "" {
		want = EN
	}
	if got := fromList(langs); got != want {
		t.Fatalf("preferred languages %q give %s; GetUserDefaultUILanguage says %#x (%s)", langs, got, id, want)
	}
	if w := os.Getenv("GMAILSETUP_WANT_OSLANG"); w != "" && string(want) != w {
		t.Fatalf("the system's language is %s (%q), want %s", want, langs, w)
	}
	for _, v := range []string{"LANG", "LC_ALL", "LC_MESSAGES"} {
		os.Unsetenv(v) // the package's tests run alone in their process
	}
	if got := DetectSystem(os.Getenv); got != want {
		t.Fatalf("with no LANG, DetectSystem = %s, want the system's %s", got, want)
	}
}
