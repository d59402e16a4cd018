package mailer

import (
	"errors"
	"strings"
	"testing"
)

func TestErrorIsOneSafeLine(t *testing.T) {
	for _, e := range []*Error{
		{Kind: KindTLS, Err: errors.New("x509: certificate is valid for \x1b]8;;http://x\x07evil\x1b]8;;\x07, not smtp.gmail.com")},
		{Kind: KindBadCredentials, Code: 535, Enhanced: "5.7.8", Reply: "ok"},
		{Kind: KindPortsBlocked, Err: errors.New("465: refused\n587: refused")},
		{Kind: KindCanceled},
	} {
		s := e.Error()
		if strings.ContainsAny(s, "\x1b\x07\n\r") || !strings.HasPrefix(s, e.Kind.String()) {
			t.Errorf("%q", s)
		}
	}
}

func TestKindNames(t *testing.T) {
	seen := map[string]bool{}
	for _, k := range Kinds() {
		n := k.String()
		if strings.HasPrefix(n, "kind(") || seen[n] {
			t.Errorf("kind %d: name %q", int(k), n)
		}
		seen[n] = true
	}
}
