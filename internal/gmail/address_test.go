package gmail

import (
	"net"
	"strings"
	"testing"
)

func TestNormalizeAddress(t *testing.T) {
	cases := map[string]string{
		"  Mario.Rossi@GMail.COM \n":     "Mario.Rossi@gmail.com",
		"mario@gmail.com\r\n":            "mario@gmail.com",
		"mailto:mario@Gmail.com":         "mario@gmail.com",
		"MAILTO: mario@gmail.com":        "mario@gmail.com",
		"Mario Rossi <mario@Example.IT>": "mario@example.it",
		"":                               "",
		"mario":                          "mario",
		"\"Rossi, Mario\" <mario.rossi@gmail.com>": "mario.rossi@gmail.com",
	}
	for in, want := range cases {
		if got := NormalizeAddress(in); got != want {
			t.Errorf("NormalizeAddress(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCheckAddressProblems(t *testing.T) {
	cases := []struct {
		in   string
		want AddressProblem
		bad  string
	}{
		{"", AddressEmpty, ""},
		{"mario rossi@gmail.com", AddressSpaces, ""},
		{"mario.rossi.gmail.com", AddressNoAt, ""},
		{"mario@@gmail.com", AddressManyAt, ""},
		{"@gmail.com", AddressNoLocal, ""},
		{"mario@", AddressNoDomain, ""},
		{"mario,rossi@gmail.com", AddressBadChars, ","},
		{"mario,ro,ss;i@gmail.com", AddressBadChars, ",;"},
		{"niccolò@gmail.com", AddressBadChars, "ò"},
		{"mario@exa_mple.it", AddressBadChars, "_"},
		{".mario@gmail.com", AddressBadDots, ""},
		{"mario..rossi@gmail.com", AddressBadDots, ""},
		{"mario@example..it", AddressBadDots, ""},
		{"mario@localhost", AddressDomainNoDot, ""},
		{"mario_rossi@gmail.com", AddressGmailChars, "_"},
		{"mario@" + strings.Repeat("a", MaxAddressLen) + ".it", AddressTooLong, ""},
		{"mario@example.it", AddressOK, ""},
		{"mario.rossi+fatture@gmail.com", AddressOK, ""},
		{"o'brien-x@caffè.it", AddressOK, ""},
	}
	for _, c := range cases {
		got := CheckAddress(c.in)
		if got.Problem != c.want || got.Bad != c.bad {
			t.Errorf("CheckAddress(%q) = %+v, want problem %d bad %q", c.in, got, c.want, c.bad)
		}
	}
}

// Bad is shown to the person: what does not print must not reach the
// terminal, even when the caller forgot to clean the input.
func TestCheckAddressBadIsPrintable(t *testing.T) {
	got := CheckAddress("ma\x1brio\u202e@gmail.com")
	if got.Problem != AddressBadChars || got.Bad != "\uFFFD" {
		t.Fatalf("got %+v, want bad chars shown as one U+FFFD", got)
	}
}

func TestCheckAddressSuggestsGmail(t *testing.T) {
	for _, dom := range []string{"gmial.com", "gmail.co", "gmail.con", "gmal.com", "gmail.comm", "gamil.com", "gmail.it", "gmail", "gmaill.com"} {
		got := CheckAddress("mario@" + dom)
		if got.Problem != AddressOK || got.Suggestion != "mario@gmail.com" {
			t.Errorf("%s: got %+v, want suggestion mario@gmail.com", dom, got)
		}
	}
	if got := CheckAddress("mario@googlemial.com"); got.Suggestion != "mario@googlemail.com" {
		t.Errorf("googlemial.com: got %+v", got)
	}
	// Real domains near gmail.com, and unrelated ones, get no suggestion.
	for _, dom := range []string{"gmail.com", "googlemail.com", "mail.com", "ymail.com", "email.com", "libero.it", "example.it", "hotmail.com"} {
		if got := CheckAddress("mario@" + dom); got.Suggestion != "" {
			t.Errorf("%s: unexpected suggestion %q", dom, got.Suggestion)
		}
	}
}

func TestDomainAndPersonal(t *testing.T) {
	cases := []struct {
		addr, domain string
		personal     bool
	}{
		{"mario@gmail.com", "gmail.com", true},
		{"mario@googlemail.com", "googlemail.com", true},
		{"anna@azienda.it", "azienda.it", false},
		{"mario", "", false},
		{"a@b@gmail.com", "gmail.com", true},
	}
	for _, c := range cases {
		d := Domain(c.addr)
		if d != c.domain || IsPersonalDomain(d) != c.personal {
			t.Errorf("%q: Domain %q personal %v, want %q %v", c.addr, d, IsPersonalDomain(d), c.domain, c.personal)
		}
	}
}

func TestGoogleHosted(t *testing.T) {
	mx := func(hosts ...string) []*net.MX {
		out := make([]*net.MX, len(hosts))
		for i, h := range hosts {
			out[i] = &net.MX{Host: h, Pref: uint16(i)}
		}
		return out
	}
	yes := [][]*net.MX{mx("aspmx.l.google.com."), mx("smtp.google.com."), mx("mx.other.it.", "ALT1.ASPMX.L.GOOGLE.COM."), mx("aspmx2.googlemail.com")}
	no := [][]*net.MX{nil, {nil}, mx("mx.libero.it."), mx("notgoogle.com."), mx("google.com.evil.it.")}
	for _, m := range yes {
		if !GoogleHosted(m) {
			t.Errorf("GoogleHosted(%v) = false", m[len(m)-1].Host)
		}
	}
	for _, m := range no {
		if GoogleHosted(m) {
			t.Errorf("GoogleHosted(%v) = true", m)
		}
	}
}

// TestNormalizeAddressNeverRewrites: an address with a line break, a NUL
// or another invisible character inside, or a wrapper around a second
// address, used to come out as a different, valid address. Each is now
// refused as typed.
func TestNormalizeAddressNeverRewrites(t *testing.T) {
	for _, in := range []string{
		"mario\n.rossi@gmail.com",
		"mario.rossi@gmail.com\nluigi@gmail.com",
		"mario.rossi@gmail.com\n<luigi@gmail.com>",
		"mario.rossi@gmail.com <luigi@gmail.com>",
		"Mario\x00 <mario.rossi@gmail.com>",
		"mario\x00.rossi@gmail.com",
		"mario\u200b.rossi@gmail.com",
		"mario.rossi@gma\u202eil.com",
		"mario\x1b[31m.rossi@gmail.com",
		"mailto:\nmario@gmail.com",
		"<mario@gmail.com <luigi@gmail.com>>",
	} {
		got := NormalizeAddress(in)
		if c := CheckAddress(got); c.Problem == AddressOK {
			t.Errorf("NormalizeAddress(%q) = %q, accepted", in, got)
		}
	}
	c := CheckAddress(NormalizeAddress("mario\n.rossi@gmail.com"))
	if c.Problem != AddressBadChars || c.Bad != "\uFFFD" {
		t.Errorf("a line break inside: %+v, want AddressBadChars shown as U+FFFD", c)
	}
}

// FuzzNormalizeAddress holds the rule for any input: an address that
// CheckAddress accepts is there, as typed, in what was typed (the domain
// aside, which is lower-cased). Nothing is taken out of its middle.
func FuzzNormalizeAddress(f *testing.F) {
	for _, s := range []string{"mario@gmail.com", " Mario <Mario.Rossi@GMail.com>\n", "mailto:a@b.it",
		"a\n@b.it", "a\x00b@gmail.com", "x <a@b.it>", "a@b.it <c@d.it>", "a\u200b@b.it"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		got := NormalizeAddress(in)
		if CheckAddress(got).Problem != AddressOK {
			return
		}
		at := strings.LastIndexByte(got, '@')
		if !strings.Contains(in, got[:at+1]) || !strings.Contains(strings.ToLower(in), strings.ToLower(got)) {
			t.Errorf("NormalizeAddress(%q) = %q: not what was typed", in, got)
		}
	})
}
