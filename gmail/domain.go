package gmail

import (
	"net"
	"strings"
)

// personalDomains are the domains of personal Google accounts.
var personalDomains = []string{"gmail.com", "googlemail.com"}

// realNearGmail are real mail domains a letter or two away from gmail.com:
// suggesting gmail.com for them would be wrong.
var realNearGmail = map[string]bool{
	"mail.com": true, "email.com": true, "ymail.com": true, "gmx.com": true,
}

// Domain is the part of addr after the last @, "" when there is none.
func Domain(addr string) string {
	at := strings.LastIndexByte(addr, '@')
	if at < 0 {
		return ""
	}
	return addr[at+1:]
}

// IsPersonalDomain reports whether domain belongs to personal Google
// accounts (gmail.com, googlemail.com). It expects a lower-case domain, as
// NormalizeAddress leaves it.
func IsPersonalDomain(domain string) bool {
	for _, d := range personalDomains {
		if domain == d {
			return true
		}
	}
	return false
}

// SuggestDomain returns gmail.com or googlemail.com when domain looks like
// a slip of the keyboard on one of them ("gmial.com", "gmail.con",
// "gmail.it", "gmail"), and "" otherwise.
func SuggestDomain(domain string) string {
	if IsPersonalDomain(domain) || realNearGmail[domain] {
		return ""
	}
	name, _, _ := strings.Cut(domain, ".")
	for _, d := range personalDomains {
		// The right name with a wrong ending: gmail.it, gmail.co.uk, gmail.
		if name == strings.TrimSuffix(d, ".com") {
			return d
		}
	}
	best, bestDist := "", 3
	for _, d := range personalDomains {
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

// GoogleHosted reports whether the mail exchangers belong to Google, i.e.
// the domain is a Google Workspace domain (aspmx.l.google.com,
// smtp.google.com, alt1.aspmx.l.google.com, aspmx2.googlemail.com …).
func GoogleHosted(mx []*net.MX) bool {
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
