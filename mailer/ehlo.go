package mailer

import "strings"

// capabilities are the EHLO extensions the client uses.
type capabilities struct {
	pipelining   bool // RFC 2920
	chunking     bool // RFC 3030: BDAT
	startTLS     bool // RFC 3207
	smtpUTF8     bool // RFC 6531
	eightBitMIME bool // RFC 6152
	plain        bool // AUTH PLAIN (RFC 4616)
	login        bool // AUTH LOGIN
	xoauth2      bool // AUTH XOAUTH2 (Google's)
	oauthBearer  bool // AUTH OAUTHBEARER (RFC 7628)
}

// parseEHLO reads the extensions from a 250 reply to EHLO; its first line
// is the server's name and greeting, not an extension.
func parseEHLO(rep reply) capabilities {
	var caps capabilities
	for _, line := range rep.Lines[min(1, len(rep.Lines)):] {
		fields := strings.Fields(strings.ToUpper(line))
		if len(fields) == 0 {
			continue
		}
		kw, params := fields[0], fields[1:]
		if rest, ok := strings.CutPrefix(kw, "AUTH="); ok { // pre-RFC 4954 form
			kw, params = "AUTH", append([]string{rest}, params...)
		}
		switch kw {
		case "PIPELINING":
			caps.pipelining = true
		case "CHUNKING":
			caps.chunking = true
		case "STARTTLS":
			caps.startTLS = true
		case "SMTPUTF8":
			caps.smtpUTF8 = true
		case "8BITMIME":
			caps.eightBitMIME = true
		case "AUTH":
			for _, m := range params {
				caps.plain = caps.plain || m == "PLAIN"
				caps.login = caps.login || m == "LOGIN"
				caps.xoauth2 = caps.xoauth2 || m == "XOAUTH2"
				caps.oauthBearer = caps.oauthBearer || m == "OAUTHBEARER"
			}
		}
	}
	return caps
}
