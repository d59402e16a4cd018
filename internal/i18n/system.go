package i18n

import (
	"runtime"
	"strings"
)

// goos is the system whose words the catalog uses; tests change it to
// read every text as another system would show it.
var goos = runtime.GOOS

// A text can have Windows words: an instruction that works in PowerShell
// and cmd (no "<", chmod or octal modes), paths as Windows writes them.
// Either a whole variant, registered under the key with windowsSuffix, or,
// for long help texts, rewrites of a few words of the key's own text
// (windowsRewrites), so the rest stays one text. Elsewhere the key's own
// text is used.
const windowsSuffix = ".windows"

// windowsRewrites maps a key to old/new pairs applied to both languages on
// Windows; windows.go fills it.
var windowsRewrites = map[Key][]string{}

// lookup is key's text as system goos shows it.
func lookup(key Key, goos string) (text, bool) {
	t, ok := catalog[key]
	if goos != "windows" {
		return t, ok
	}
	if w, ok := catalog[key+windowsSuffix]; ok {
		return w, true
	}
	if r, ok := windowsRewrites[key]; ok {
		rep := strings.NewReplacer(r...)
		t = text{en: rep.Replace(t.en), it: rep.Replace(t.it)}
	}
	return t, ok
}
