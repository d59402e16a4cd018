package gmail

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// DisplayName proposes a sender name from the address: "mario.rossi+fatture@…"
// becomes "Mario Rossi". People can change it in their programs.
func DisplayName(email string) string {
	local, _, _ := strings.Cut(email, "@")
	local, _, _ = strings.Cut(local, "+")
	words := strings.FieldsFunc(local, func(r rune) bool { return r == '.' || r == '_' || r == '-' })
	for i, w := range words {
		r, size := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[size:]
	}
	return strings.Join(words, " ")
}
