package steps

import (
	"net"
	"strings"
	"unicode"

	"gmailsetup/safetext"
)

// emailProblem is why an address cannot be used as typed. Each has its own
// message in the catalog, so the person learns what to fix, not just "invalid".
type emailProblem int

const (
	emailOK          emailProblem = iota
	emailEmpty                    // nothing typed
	emailSpaces                   // a space inside the address
	emailNoAt                     // no @ at all
	emailManyAt                   // more than one @
	emailNoLocal                  // nothing before the @
	emailNoDomain                 // nothing after the @
	emailBadChars                 // characters an address cannot hold
	emailBadDots                  // a dot at the start, the end, or doubled
	emailDomainNoDot              // "mario@gmail": the domain needs a dot
	emailGmailChars               // gmail.com names hold only letters, digits and dots
	emailTooLong                  // longer than an address can be
)

// emailCheck is the verdict on one address: a problem, or a suggestion for a
// likely typo of gmail.com, or neither.
type emailCheck struct {
	Problem emailProblem
	// Bad holds the offending characters for emailBadChars / emailGmailChars.
	Bad string
	// Suggestion is the corrected address when the domain looks like a typo
	// of gmail.com or googlemail.com.
	Suggestion string
}

// maxEmailLen is RFC 5321's limit on a path; longer is surely a paste gone wrong.
const maxEmailLen = 254

// gmailDomains are the domains of personal Google accounts.
var gmailDomains = []string{"gmail.com", "googlemail.com"}

// realNearGmail are real mail domains a letter or two away from gmail.com:
// suggesting gmail.com for them would be wrong.
var realNearGmail = map[string]bool{
	"mail.com": true, "email.com": true, "ymail.com": true, "gmx.com": true,
}

// cleanPasted makes pasted text fit a one-line field: the newline many
// copies end with goes, then terminal escapes and control characters.
func cleanPasted(s string) string {
	return safetext.Clean(strings.TrimRight(s, "\r\n"))
}

// normalizeEmail tidies what the person typed or pasted: spaces around it go,
// a "mailto:" or a "Name <address>" wrapper copied from a mail program is
// unwrapped, and the domain is lower-cased (domains are case-insensitive; the
// part before the @ is left alone).
func normalizeEmail(raw string) string {
	s := strings.TrimSpace(cleanPasted(raw))
	if i := strings.LastIndexByte(s, '<'); i >= 0 && strings.HasSuffix(s, ">") {
		s = strings.TrimSpace(s[i+1 : len(s)-1])
	}
	if len(s) > 7 && strings.EqualFold(s[:7], "mailto:") {
		s = strings.TrimSpace(s[7:])
	}
	if at := strings.LastIndexByte(s, '@'); at >= 0 {
		s = s[:at+1] + strings.ToLower(s[at+1:])
	}
	return s
}

// emailDomain is the part after the last @, "" when there is none.
func emailDomain(addr string) string {
	at := strings.LastIndexByte(addr, '@')
	if at < 0 {
		return ""
	}
	return addr[at+1:]
}

// isGmailDomain reports whether domain belongs to personal Google accounts.
func isGmailDomain(domain string) bool {
	for _, d := range gmailDomains {
		if domain == d {
			return true
		}
	}
	return false
}

// localAllowed are the characters an address may hold before the @ besides
// letters and digits (RFC 5322 atext, plus the dot).
const localAllowed = ".!#$%&'*+-/=?^_`{|}~"

// checkEmail judges a normalized address. It never looks anything up.
func checkEmail(addr string) emailCheck {
	switch {
	case addr == "":
		return emailCheck{Problem: emailEmpty}
	case strings.ContainsFunc(addr, unicode.IsSpace):
		return emailCheck{Problem: emailSpaces}
	case !strings.Contains(addr, "@"):
		return emailCheck{Problem: emailNoAt}
	case strings.Count(addr, "@") > 1:
		return emailCheck{Problem: emailManyAt}
	case len(addr) > maxEmailLen:
		return emailCheck{Problem: emailTooLong}
	}
	at := strings.IndexByte(addr, '@')
	local, domain := addr[:at], addr[at+1:]
	switch {
	case local == "":
		return emailCheck{Problem: emailNoLocal}
	case domain == "":
		return emailCheck{Problem: emailNoDomain}
	}
	if bad := badChars(local, func(r rune) bool {
		return r < 128 && (isASCIIAlnum(r) || strings.ContainsRune(localAllowed, r))
	}); bad != "" {
		return emailCheck{Problem: emailBadChars, Bad: bad}
	}
	// Domains may hold letters of any script (caffè.it), digits, '-' and '.'.
	if bad := badChars(domain, func(r rune) bool {
		return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '.'
	}); bad != "" {
		return emailCheck{Problem: emailBadChars, Bad: bad}
	}
	if badDots(local) || badDots(domain) {
		return emailCheck{Problem: emailBadDots}
	}
	if s := suggestDomain(domain); s != "" {
		return emailCheck{Suggestion: local + "@" + s}
	}
	if !strings.Contains(domain, ".") {
		return emailCheck{Problem: emailDomainNoDot}
	}
	if isGmailDomain(domain) {
		// Gmail names are letters, digits and dots; "+label" is an alias of
		// the same account and works too.
		if bad := badChars(local, func(r rune) bool { return isASCIIAlnum(r) || r == '.' || r == '+' }); bad != "" {
			return emailCheck{Problem: emailGmailChars, Bad: bad}
		}
	}
	return emailCheck{}
}

func isASCIIAlnum(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
}

// badChars lists, once each and in order, the runes of s that ok refuses.
func badChars(s string, ok func(rune) bool) string {
	var b strings.Builder
	for _, r := range s {
		if !ok(r) && !strings.ContainsRune(b.String(), r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// badDots finds a dot where a name cannot have one.
func badDots(s string) bool {
	return strings.HasPrefix(s, ".") || strings.HasSuffix(s, ".") || strings.Contains(s, "..")
}

// suggestDomain returns gmail.com or googlemail.com when domain looks like a
// slip of the keyboard on one of them ("gmial.com", "gmail.con", "gmail.it",
// "gmail"), and "" otherwise.
func suggestDomain(domain string) string {
	if isGmailDomain(domain) || realNearGmail[domain] {
		return ""
	}
	name, _, _ := strings.Cut(domain, ".")
	for _, d := range gmailDomains {
		base := strings.TrimSuffix(d, ".com")
		// The right name with a wrong ending: gmail.it, gmail.co.uk, gmail.
		if name == base {
			return d
		}
	}
	best, bestDist := "", 3
	for _, d := range gmailDomains {
		if dist := osaDistance(domain, d); dist < bestDist {
			best, bestDist = d, dist
		}
	}
	return best
}

// osaDistance is the optimal string alignment distance: insertions,
// deletions, substitutions and swaps of two neighbours each cost one, so
// "gmial" is one step from "gmail".
func osaDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}

// googleHosted reports whether the mail exchangers belong to Google, i.e.
// the domain is a Google Workspace domain (aspmx.l.google.com,
// smtp.google.com, alt1.aspmx.l.google.com, aspmx2.googlemail.com …).
func googleHosted(mx []*net.MX) bool {
	for _, m := range mx {
		if m == nil {
			continue
		}
		host := strings.TrimSuffix(strings.ToLower(m.Host), ".")
		for _, g := range []string{"google.com", "googlemail.com"} {
			if host == g || strings.HasSuffix(host, "."+g) {
				return true
			}
		}
	}
	return false
}
