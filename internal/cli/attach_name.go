package cli

import (
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// attachmentName is the name a recipient sees for the file at path: its
// base name, always valid UTF-8, since the mail labels it utf-8 (RFC 2231).
// A name that is not UTF-8 is most often Latin-1 (an old disk, a Windows
// share): when every byte above 127 is a Latin-1 letter or sign
// (0xA0-0xFF), it is read as Latin-1, so "societ\xe0" becomes "società".
// Otherwise each byte that is not UTF-8 becomes U+FFFD.
func attachmentName(path string) string {
	name := filepath.Base(path)
	if utf8.ValidString(name) {
		return name
	}
	latin1 := true
	for i := 0; i < len(name); i++ {
		if c := name[i]; c >= 0x80 && c < 0xA0 {
			latin1 = false
		}
	}
	var b strings.Builder
	if latin1 {
		for i := 0; i < len(name); i++ {
			b.WriteRune(rune(name[i]))
		}
		return b.String()
	}
	for len(name) > 0 {
		r, size := utf8.DecodeRuneInString(name)
		if r == utf8.RuneError && size == 1 {
			b.WriteRune(utf8.RuneError)
		} else {
			b.WriteString(name[:size])
		}
		name = name[size:]
	}
	return b.String()
}
