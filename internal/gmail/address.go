package gmail

import (
	"strings"
	"unicode"
)

// AddressProblem is why an address cannot be used as typed. Each has its own
// message in the catalog, so the person learns what to fix, not just
// "invalid".
type AddressProblem int

// The problems CheckAddress reports.
const (
	AddressOK          AddressProblem = iota
	AddressEmpty                      // nothing typed
	AddressSpaces                     // a space inside the address
	AddressNoAt                       // no @ at all
	AddressManyAt                     // more than one @
	AddressNoLocal                    // nothing before the @
	AddressNoDomain                   // nothing after the @
	AddressBadChars                   // characters an address cannot hold
	AddressBadDots                    // a dot at the start, the end, or doubled
	AddressDomainNoDot                // "mario@gmail": the domain needs a dot
	AddressGmailChars                 // gmail.com names hold only letters, digits and dots
	AddressTooLong                    // longer than an address can be
)

// AddressCheck is the verdict on one address: a problem, or a suggestion
// for a likely typo of gmail.com, or neither.
type AddressCheck struct {
	Problem AddressProblem
	// Bad holds the offending characters for AddressBadChars and
	// AddressGmailChars, once each, in order. It is safe to print: a
	// character that does not print (a control, a format mark) appears as
	// U+FFFD.
	Bad string
	// Suggestion is the corrected address when the domain looks like a typo
	// of gmail.com or googlemail.com.
	Suggestion string
}

// MaxAddressLen is RFC 5321's limit on a path; longer is surely a paste
// gone wrong.
const MaxAddressLen = 254

// NormalizeAddress tidies what the person typed or pasted, and only tidies:
// the spaces and newline around it go, a "mailto:" or a "Name <address>"
// wrapper copied from a mail program is unwrapped, and the domain is
// lower-cased (domains are case-insensitive; the part before the @ is left
// as typed, and shown as typed).
//
// It never turns one address into another. A control or format character
// anywhere inside (a line break, a NUL, an escape, a zero-width mark) stops
// all tidying but the trim, so CheckAddress refuses what was typed instead
// of a cleaned-up stranger; and a wrapper is unwrapped only when what is
// around the address is a plain display name, not a second address.
//
// It does not strip terminal escapes: text for a terminal goes through
// safetext.Clean for display, after this, never before.
func NormalizeAddress(raw string) string {
	s := strings.TrimSpace(raw)
	if strings.ContainsFunc(s, invisible) {
		return s
	}
	if i := strings.LastIndexByte(s, '<'); i >= 0 && strings.HasSuffix(s, ">") {
		if name, inner := s[:i], s[i+1:len(s)-1]; !strings.ContainsAny(name, "@<>") && !strings.ContainsAny(inner, "<>") {
			s = strings.TrimSpace(inner)
		}
	}
	if len(s) > 7 && strings.EqualFold(s[:7], "mailto:") {
		s = strings.TrimSpace(s[7:])
	}
	if at := strings.LastIndexByte(s, '@'); at >= 0 {
		s = s[:at+1] + strings.ToLower(s[at+1:])
	}
	return s
}

// invisible is a rune that neither prints nor spaces: a control (C0, DEL,
// C1, including the line breaks) or a format mark (zero-width, bidi).
func invisible(r rune) bool {
	return unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r) || r == '\u2028' || r == '\u2029'
}

// localAllowed are the characters an address may hold before the @
// besides letters and digits (RFC 5322 atext, plus the dot).
const localAllowed = ".!#$%&'*+-/=?^_`{|}~"

// CheckAddress judges a normalized address. It never looks anything up.
func CheckAddress(addr string) AddressCheck {
	switch {
	case addr == "":
		return AddressCheck{Problem: AddressEmpty}
	case strings.ContainsFunc(addr, invisible):
		// A line break or a NUL: shown as U+FFFD, so the person sees there
		// is something there that does not print.
		return AddressCheck{Problem: AddressBadChars, Bad: badChars(addr, func(r rune) bool { return !invisible(r) })}
	case strings.ContainsFunc(addr, unicode.IsSpace):
		return AddressCheck{Problem: AddressSpaces}
	case !strings.Contains(addr, "@"):
		return AddressCheck{Problem: AddressNoAt}
	case strings.Count(addr, "@") > 1:
		return AddressCheck{Problem: AddressManyAt}
	case len(addr) > MaxAddressLen:
		return AddressCheck{Problem: AddressTooLong}
	}
	at := strings.IndexByte(addr, '@')
	local, domain := addr[:at], addr[at+1:]
	switch {
	case local == "":
		return AddressCheck{Problem: AddressNoLocal}
	case domain == "":
		return AddressCheck{Problem: AddressNoDomain}
	}
	if bad := badChars(local, func(r rune) bool {
		return r < 128 && (isASCIIAlnum(r) || strings.ContainsRune(localAllowed, r))
	}); bad != "" {
		return AddressCheck{Problem: AddressBadChars, Bad: bad}
	}
	// Domains may hold letters of any script (caffè.it), digits, '-' and '.'.
	if bad := badChars(domain, func(r rune) bool {
		return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '.'
	}); bad != "" {
		return AddressCheck{Problem: AddressBadChars, Bad: bad}
	}
	if badDots(local) || badDots(domain) {
		return AddressCheck{Problem: AddressBadDots}
	}
	if s := SuggestDomain(domain); s != "" {
		return AddressCheck{Suggestion: local + "@" + s}
	}
	if !strings.Contains(domain, ".") {
		return AddressCheck{Problem: AddressDomainNoDot}
	}
	if IsPersonalDomain(domain) {
		// Gmail names are letters, digits and dots; "+label" is an alias of
		// the same account and works too.
		if bad := badChars(local, func(r rune) bool { return isASCIIAlnum(r) || r == '.' || r == '+' }); bad != "" {
			return AddressCheck{Problem: AddressGmailChars, Bad: bad}
		}
	}
	return AddressCheck{}
}

func isASCIIAlnum(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
}

// badChars lists, once each and in order, the runes of s that ok refuses.
// Runes that do not print become U+FFFD, so the list can be shown as is.
func badChars(s string, ok func(rune) bool) string {
	var b strings.Builder
	for _, r := range s {
		if ok(r) {
			continue
		}
		if !unicode.IsPrint(r) {
			r = unicode.ReplacementChar
		}
		if !strings.ContainsRune(b.String(), r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// badDots finds a dot where a name cannot have one.
func badDots(s string) bool {
	return strings.HasPrefix(s, ".") || strings.HasSuffix(s, ".") || strings.Contains(s, "..")
}
