package i18n

import (
	"runtime"
	"slices"
	"testing"
)

// The environment decides when it names a language; "C", "POSIX" or
// nothing leave it to the system.
func TestFromEnv(t *testing.T) {
	cases := []struct {
		env  map[string]string
		want Lang
		ok   bool
	}{
		{map[string]string{}, EN, false},
		{map[string]string{"LANG": ""}, EN, false},
		{map[string]string{"LANG": "C"}, EN, false},
		{map[string]string{"LANG": "POSIX"}, EN, false},
		{map[string]string{"LANG": "C.UTF-8"}, EN, false},
		{map[string]string{"LANG": "it_IT.UTF-8"}, IT, true},
		{map[string]string{"LANG": "en_GB.UTF-8"}, EN, true},
		{map[string]string{"LANG": "de_DE.UTF-8"}, EN, true},
		{map[string]string{"LC_ALL": "C", "LANG": "it_IT.UTF-8"}, EN, false},
		{map[string]string{"LC_MESSAGES": "it_IT", "LANG": "C"}, IT, true},
		{map[string]string{"LC_ALL": "", "LANG": "it"}, IT, true},
	}
	for _, c := range cases {
		got, ok := fromEnv(func(k string) string { return c.env[k] })
		if got != c.want || ok != c.ok {
			t.Errorf("fromEnv(%v) = %s, %v; want %s, %v", c.env, got, ok, c.want, c.ok)
		}
	}
}

// The first language of the system's list that the catalog speaks wins.
func TestFromList(t *testing.T) {
	cases := []struct {
		names []string
		want  Lang
	}{
		{nil, EN},
		{[]string{"it-IT", "en-US"}, IT},
		{[]string{"de-DE", "it-IT"}, IT},
		{[]string{"en-GB", "it-IT"}, EN},
		{[]string{"fr-FR"}, EN},
		{[]string{"it_IT"}, IT},
	}
	for _, c := range cases {
		if got := fromList(c.names); got != c.want {
			t.Errorf("fromList(%q) = %s, want %s", c.names, got, c.want)
		}
	}
}

// What macOS's defaults prints for AppleLanguages, and what it prints when
// the key is missing or the output is something else.
func TestParseAppleLanguages(t *testing.T) {
	cases := []struct {
		out  string
		want []string
	}{
		{"(\n    \"it-IT\",\n    \"en-US\"\n)\n", []string{"it-IT", "en-US"}},
		{"(\n    it,\n    en\n)\n", []string{"it", "en"}},
		{"(\n)\n", nil},
		{"", nil},
		{"The domain/default pair of (kCFPreferencesAnyApplication, AppleLanguages) does not exist\n", nil},
		{"it_IT\n", nil},
	}
	for _, c := range cases {
		if got := parseAppleLanguages(c.out); !slices.Equal(got, c.want) {
			t.Errorf("parseAppleLanguages(%q) = %q, want %q", c.out, got, c.want)
		}
	}
}

// A variable that names a language wins over the system, wherever it runs.
func TestDetectSystemEnvWins(t *testing.T) {
	for _, lang := range []string{"it_IT.UTF-8", "en_US.UTF-8"} {
		want, _ := Parse(lang)
		if got := DetectSystem(func(k string) string { return map[string]string{"LANG": lang}[k] }); got != want {
			t.Errorf("LANG=%s: DetectSystem = %s, want %s", lang, got, want)
		}
	}
}

// With no variable, the language is the system's: on Windows and macOS
// its preferred languages (under wine, the locale wine started in, which
// the CI sets through GMAILSETUP_WANT_OSLANG); elsewhere English.
func TestDetectSystemWithoutEnv(t *testing.T) {
	none := func(string) string { return "" }
	got := DetectSystem(none)
	want := fromList(osLanguages())
	if runtime.GOOS != "windows" && runtime.GOOS != "darwin" {
		want = EN
		if len(osLanguages()) != 0 {
			t.Fatalf("osLanguages on %s = %q, want none", runtime.GOOS, osLanguages())
		}
	}
	if got != want {
		t.Fatalf("DetectSystem with no variables = %s, want %s (system: %q)", got, want, osLanguages())
	}
}
