// Package i18n is the message catalog: every string a person reads, in
// English and Italian, looked up by key.
//
// Texts live in one file per area (wizard.go, account.go, …). Each entry
// holds both languages side by side, so a missing translation is visible in
// review and caught by TestCatalogComplete.
package i18n

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Lang is a language the catalog speaks.
type Lang string

// The languages the catalog speaks.
const (
	EN Lang = "en"
	IT Lang = "it"
)

// Langs lists every supported language, English first.
var Langs = []Lang{EN, IT}

// Key names one message in the catalog, e.g. "account.title".
type Key string

// text is one message in every language.
type text struct {
	en, it string
}

// entries maps keys to their texts; each area file builds one.
type entries map[Key]text

var catalog = entries{}

// register adds an area's texts; area files call it from init. A key defined
// twice is a programming error found at start-up, not a silent override.
func register(e entries) {
	for k, v := range e {
		if _, dup := catalog[k]; dup {
			panic("i18n: key defined twice: " + string(k))
		}
		catalog[k] = v
	}
}

// Catalog looks texts up in one language.
type Catalog struct {
	lang Lang
}

// New returns the catalog for lang; an unknown language falls back to English.
func New(lang Lang) Catalog {
	if lang != IT {
		lang = EN
	}
	return Catalog{lang: lang}
}

// Lang is the catalog's language.
func (c Catalog) Lang() Lang { return c.lang }

// T returns the text for key, formatted with args as by fmt.Sprintf when args
// are given. A missing key renders as "!key" so it is noticed, never blank.
func (c Catalog) T(key Key, args ...any) string {
	t, ok := lookup(key, goos)
	if !ok {
		return "!" + string(key)
	}
	s := t.en
	if c.lang == IT {
		s = t.it
	}
	if len(args) > 0 {
		return fmt.Sprintf(s, args...)
	}
	return s
}

// Has reports whether key is in the catalog.
func Has(key Key) bool {
	_, ok := catalog[key]
	return ok
}

// Keys lists every key in the catalog, sorted.
func Keys() []Key {
	return slices.Sorted(maps.Keys(catalog))
}

// Parse reads a language name as given to --lang or found in a locale
// ("it", "it_IT.UTF-8", "en-GB").
func Parse(s string) (Lang, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "_-.@"); i >= 0 {
		s = s[:i]
	}
	switch s {
	case "it":
		return IT, true
	case "en":
		return EN, true
	}
	return EN, false
}

// Detect picks the language from the environment the way gettext does:
// LC_ALL, then LC_MESSAGES, then LANG; the first one set decides. "C" and
// "POSIX" and anything unknown mean English.
func Detect(getenv func(string) string) Lang {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(name); v != "" {
			lang, _ := Parse(v)
			return lang
		}
	}
	return EN
}
