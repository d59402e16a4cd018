package guide

import (
	"strings"
	"unicode/utf8"

	"gmailsetup/internal/gmail"
	"gmailsetup/internal/gmail/links"
	"gmailsetup/internal/i18n"
)

// The sign-in answers, in menu order.
const (
	SignInRight = iota
	SignInOther // another account is shown
	SignInNone  // not signed in, or no account
)

// The 2-Step Verification answers, in menu order.
const (
	TwoSVPickOn = iota
	TwoSVPickOff
	TwoSVPickNotFound
)

// TwoSVAnswer is the answer a pick from the 2-Step Verification menu means.
func TwoSVAnswer(pick int) TwoSV {
	return [...]TwoSV{TwoSVOn, TwoSVOff, TwoSVNotFound}[pick]
}

// addressProblems explain each problem gmail.CheckAddress finds.
var addressProblems = map[gmail.AddressProblem]i18n.Key{
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

// AddressProblem says what is wrong with an address, the zero Message when
// nothing is. Bad characters are quoted one by one, so a stray comma shows.
func AddressProblem(c gmail.AddressCheck) Message {
	if c.Problem == gmail.AddressOK {
		return Message{}
	}
	key, ok := addressProblems[c.Problem]
	if !ok {
		key = "account.err.empty"
	}
	if c.Problem == gmail.AddressBadChars || c.Problem == gmail.AddressGmailChars {
		return Msg(key, quoteChars(c.Bad))
	}
	return Msg(key)
}

// quoteChars shows characters one by one, so a stray comma is visible.
func quoteChars(bad string) string {
	parts := make([]string, 0, len(bad))
	for _, r := range bad {
		parts = append(parts, "“"+string(r)+"”")
	}
	return strings.Join(parts, " ")
}

// PasteCharLimit is far above 16 on purpose: it only guards against a
// runaway paste (another text copied by mistake), refused whole and said so.
const PasteCharLimit = 256

// Letters is "16 letters", singular where it must be.
func Letters(n int) Message {
	if n == 1 {
		return Msg("paste.letters.one")
	}
	return Msg("paste.letters.other", n)
}

// AppPasswordProblem says what is wrong with a pasted app password, the
// zero Message when nothing is; pw is what gmail.NormalizeAppPassword kept.
func AppPasswordProblem(raw string) (pw string, problem Message) {
	if n := utf8.RuneCountInString(raw); n > PasteCharLimit {
		return "", Msg("paste.err.tooLong", n)
	}
	pw, p := gmail.NormalizeAppPassword(raw)
	n := len(pw) // only ASCII letters are kept
	switch p {
	case gmail.AppPasswordEmpty:
		return pw, Msg("paste.err.empty")
	case gmail.AppPasswordTooFew:
		if missing := gmail.AppPasswordLen - n; missing > 1 {
			return pw, Msg("paste.err.missing.other", Letters(n), missing)
		}
		return pw, Msg("paste.err.missing.one", Letters(n))
	case gmail.AppPasswordTooMany:
		return pw, Msg("paste.err.tooMany", Letters(n))
	case gmail.AppPasswordNotLetters:
		if gmail.HasInvisible(raw) {
			// A NUL or a zero-width mark is not the Google password typed
			// by habit: say what it is.
			return pw, Msg("hardening.paste.invisible")
		}
		return pw, Msg("paste.err.notLetters")
	}
	return pw, Message{}
}

// Reason is one cause of a missing App passwords page.
type Reason struct {
	Key    i18n.Key
	Likely bool // the likeliest cause for this kind of address
}

// ReasonOff is the reason "2-Step Verification is off", whose wording names
// the key or number that turns it on, so each face has its own.
const ReasonOff i18n.Key = "apppass.why.off"

// WhyMissing lists why Google may not offer app passwords, marking the
// likeliest from what the person said: 2-Step Verification off for a
// personal address, unless they answered that it is on; an admin's policy
// for any other address.
func WhyMissing(kind AccountKind, twoSV TwoSV) []Reason {
	return []Reason{
		{ReasonOff, kind == KindPersonal && twoSV != TwoSVOn},
		{"apppass.why.keysOnly", false},
		{"apppass.why.advanced", false},
		{"apppass.why.work", kind != KindPersonal},
	}
}

// HelpAppPasswords is Google's help page on app passwords.
const HelpAppPasswords = links.HelpAppPasswords
