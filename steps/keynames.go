package steps

import "gmailsetup/internal/i18n"

// KeyName is how the help line writes key k ("enter", "space", "esc",
// "tab", "ctrl+c", "ctrl+r", "pgup") in cat's language: "invio",
// "spazio", "Esc" in Italian. Letters and symbols are written as they are.
func KeyName(cat i18n.Catalog, k string) string {
	if key := i18n.Key("lastmile.keyname." + k); i18n.Has(key) {
		return cat.T(key)
	}
	return k
}

// keyName is KeyName in the person's language.
func (s *Shared) keyName(k string) string { return KeyName(s.Cat, k) }
