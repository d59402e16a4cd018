package fakegmail

import (
	"net"
	"strings"
)

// ehloReply is Gmail's EHLO reply, line by line without CRLF. Before TLS it
// offers STARTTLS and no AUTH, after TLS AUTH and no STARTTLS, as Gmail does.
func (s *Server) ehloReply(remote net.Addr, secure bool) []string {
	host, _, _ := net.SplitHostPort(remote.String())
	caps := []string{SMTPHost + " at your service, [" + host + "]", "SIZE 35882577", "8BITMIME"}
	switch {
	case secure && s.opts.LoginOnly:
		caps = append(caps, "AUTH LOGIN")
	case secure:
		caps = append(caps, "AUTH LOGIN PLAIN XOAUTH2 PLAIN-CLIENTTOKEN OAUTHBEARER XOAUTH")
	case !s.opts.NoStartTLS:
		caps = append(caps, "STARTTLS")
	}
	caps = append(caps, "ENHANCEDSTATUSCODES")
	if !s.opts.NoPipelining {
		caps = append(caps, "PIPELINING")
	}
	if !s.opts.NoChunking {
		caps = append(caps, "CHUNKING")
	}
	caps = append(caps, "SMTPUTF8")
	lines := make([]string, len(caps))
	for i, c := range caps {
		sep := "-"
		if i == len(caps)-1 {
			sep = " "
		}
		lines[i] = "250" + sep + c
	}
	return lines
}

// greeting is Gmail's 220 banner.
func greeting() string {
	return "220 " + SMTPHost + " ESMTP " + gsmtpID() + " - gsmtp"
}

// verb is the command word of a client line, upper-cased.
func verb(line string) string {
	v, _, _ := strings.Cut(line, " ")
	return strings.ToUpper(v)
}
