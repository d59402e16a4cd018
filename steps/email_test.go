package steps

import (
	"net"
	"testing"
)

func TestNormalizeEmail(t *testing.T) {
	cases := map[string]string{
		"  Mario.Rossi@GMail.COM \n":     "Mario.Rossi@gmail.com",
		"mario@gmail.com\r\n":            "mario@gmail.com",
		"mailto:mario@Gmail.com":         "mario@gmail.com",
		"Mario Rossi <mario@Example.IT>": "mario@example.it",
		"\x1b[31mmario@gmail.com\x1b[0m": "mario@gmail.com",
		"":                               "",
		"mario":                          "mario",
		"\"Rossi, Mario\" <mario.rossi@gmail.com>": "mario.rossi@gmail.com",
	}
	for in, want := range cases {
		if got := normalizeEmail(in); got != want {
			t.Errorf("normalizeEmail(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCheckEmailProblems(t *testing.T) {
	cases := []struct {
		in   string
		want emailProblem
		bad  string
	}{
		{"", emailEmpty, ""},
		{"mario rossi@gmail.com", emailSpaces, ""},
		{"mario.rossi.gmail.com", emailNoAt, ""},
		{"mario@@gmail.com", emailManyAt, ""},
		{"@gmail.com", emailNoLocal, ""},
		{"mario@", emailNoDomain, ""},
		{"mario,rossi@gmail.com", emailBadChars, ","},
		{"niccolò@gmail.com", emailBadChars, "ò"},
		{"mario@exa_mple.it", emailBadChars, "_"},
		{".mario@gmail.com", emailBadDots, ""},
		{"mario..rossi@gmail.com", emailBadDots, ""},
		{"mario@example..it", emailBadDots, ""},
		{"mario@localhost", emailDomainNoDot, ""},
		{"mario_rossi@gmail.com", emailGmailChars, "_"},
		{"mario@example.it", emailOK, ""},
		{"mario.rossi+fatture@gmail.com", emailOK, ""},
		{"o'brien-x@caffè.it", emailOK, ""},
	}
	for _, c := range cases {
		got := checkEmail(c.in)
		if got.Problem != c.want || got.Bad != c.bad {
			t.Errorf("checkEmail(%q) = %+v, want problem %d bad %q", c.in, got, c.want, c.bad)
		}
	}
}

func TestCheckEmailSuggestsGmail(t *testing.T) {
	for _, dom := range []string{"gmial.com", "gmail.co", "gmail.con", "gmal.com", "gmail.comm", "gamil.com", "gmail.it", "gmail", "gmaill.com"} {
		got := checkEmail("mario@" + dom)
		if got.Problem != emailOK || got.Suggestion != "mario@gmail.com" {
			t.Errorf("%s: got %+v, want suggestion mario@gmail.com", dom, got)
		}
	}
	if got := checkEmail("mario@googlemial.com"); got.Suggestion != "mario@googlemail.com" {
		t.Errorf("googlemial.com: got %+v", got)
	}
	// Real domains near gmail.com, and unrelated ones, get no suggestion.
	for _, dom := range []string{"gmail.com", "googlemail.com", "mail.com", "ymail.com", "email.com", "libero.it", "example.it", "hotmail.com"} {
		if got := checkEmail("mario@" + dom); got.Suggestion != "" {
			t.Errorf("%s: unexpected suggestion %q", dom, got.Suggestion)
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
	no := [][]*net.MX{nil, mx("mx.libero.it."), mx("notgoogle.com."), mx("google.com.evil.it.")}
	for _, m := range yes {
		if !googleHosted(m) {
			t.Errorf("googleHosted(%v) = false", m[len(m)-1].Host)
		}
	}
	for _, m := range no {
		if googleHosted(m) {
			t.Errorf("googleHosted(%v) = true", m)
		}
	}
}

func TestCleanPasted(t *testing.T) {
	if got := cleanPasted("mario@gmail.com\n"); got != "mario@gmail.com" {
		t.Errorf("trailing newline kept: %q", got)
	}
	if got := cleanPasted("ma\x1b]8;;http://x\x07rio@gmail.com\x07"); got != "mario@gmail.com" {
		t.Errorf("escapes kept: %q", got)
	}
}
