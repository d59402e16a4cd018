package accessible

import (
	"context"

	"gmailsetup/gmail"
	"gmailsetup/i18n"
	"gmailsetup/safetext"
)

// addressProblemKeys explain each problem CheckAddress finds, the same
// texts as the wizard's.
var addressProblemKeys = map[gmail.AddressProblem]i18n.Key{
	gmail.AddressEmpty:       "account.err.empty",
	gmail.AddressSpaces:      "account.err.spaces",
	gmail.AddressNoAt:        "account.err.noAt",
	gmail.AddressManyAt:      "account.err.manyAt",
	gmail.AddressNoLocal:     "account.err.noLocal",
	gmail.AddressNoDomain:    "account.err.noDomain",
	gmail.AddressBadChars:    "account.err.badChars",
	gmail.AddressBadDots:     "account.err.badDots",
	gmail.AddressDomainNoDot: "account.err.domainNoDot",
	gmail.AddressGmailChars:  "account.err.gmailChars",
	gmail.AddressTooLong:     "account.err.tooLong",
}

// address is step 1: the Gmail address, with the typo suggestion as a
// question and, for a domain other than Gmail's, a look at who handles its
// mail.
func (s *session) address(ctx context.Context) (step, error) {
	s.header(1, "account.title")
	s.out.line(s.t("account.intro") + " " + s.t("account.next"))
	for {
		raw, err := s.in.line()
		if err != nil {
			return 0, err
		}
		addr := gmail.NormalizeAddress(safetext.Clean(raw))
		check := gmail.CheckAddress(addr)
		if check.Problem != gmail.AddressOK {
			s.out.line(s.problem(check) + " " + s.t("account.fixNext"))
			continue
		}
		if check.Suggestion != "" {
			pick, err := s.choose(s.t("account.suggest", check.Suggestion),
				s.t("acc.suggest.use", check.Suggestion), s.t("acc.suggest.keep", addr))
			if err != nil {
				return 0, err
			}
			if pick == 0 {
				addr = check.Suggestion
			}
		}
		ok, err := s.checkDomain(ctx, addr)
		if err != nil {
			return 0, err
		}
		if ok {
			s.email = addr
			return stepSignIn, nil
		}
		s.out.line(s.t("account.intro") + " " + s.t("account.next"))
	}
}

func (s *session) problem(c gmail.AddressCheck) string {
	key, ok := addressProblemKeys[c.Problem]
	if !ok {
		key = "account.err.empty"
	}
	if c.Problem == gmail.AddressBadChars || c.Problem == gmail.AddressGmailChars {
		return s.t(key, c.Bad)
	}
	return s.t(key)
}

// checkDomain sets s.kind for addr and reports whether to go on with it;
// false means the person chose to type it again.
func (s *session) checkDomain(ctx context.Context, addr string) (bool, error) {
	domain := gmail.Domain(addr)
	if gmail.IsPersonalDomain(domain) {
		s.kind = kindPersonal
		return true, nil
	}
	s.kind = kindUnchecked
	if s.cfg.Resolver == nil {
		return true, nil
	}
	s.out.line(s.t("account.checking", domain))
	switch v := gmail.LookupHosting(ctx, s.cfg.Resolver, domain, mxTimeout); v {
	case gmail.HostedByGoogle:
		s.kind = kindWorkspace
		s.out.line(s.t("account.workspace", domain))
		s.out.line(s.t("account.workspaceAdmin"))
		return true, nil
	case gmail.HostedElsewhere, gmail.NoSuchDomain:
		if v == gmail.HostedElsewhere {
			s.out.line(s.t("account.notGoogle", domain))
			s.out.line(s.t("account.notGoogleWhy"))
		} else {
			s.out.line(s.t("account.notFound", domain))
		}
		pick, err := s.choose("", s.t("account.optChange"), s.t("acc.address.goOn", addr))
		return pick == 1, err
	}
	s.out.line(s.t("account.unknown", domain))
	return true, nil
}
