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
		if dist := EditDistance(domain, d); dist < bestDist {
			best, bestDist = d, dist
		}
	}
	return best
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
