package fakegmail

import (
	"bufio"
	"crypto/tls"
	"io"
	"net"
	"strings"
)

// serveStartTLS is the fake 587: a plain-text exchange of its own up to
// STARTTLS, then go-smtp over the TLS connection. go-smtp's own STARTTLS
// cannot be used: it would advertise AUTH in clear to a client that asked,
// and gmailConn could not rewrite what it writes once TLS runs beneath it.
func (s *Server) serveStartTLS(raw net.Conn) bool {
	if s.opts.NoGreeting {
		io.Copy(io.Discard, raw)
		return false
	}
	switch {
	case s.opts.Reset == StageGreeting:
		resetConn(raw)
		return false
	case s.opts.Temporary == StageGreeting:
		writeLines(raw, "421 4.7.0 "+s.opts.temporary().Message)
		return false
	}
	if !writeLines(raw, greeting()) {
		return false
	}
	r := bufio.NewReaderSize(raw, 4096)
	for {
		line, err := readLine(r)
		if err != nil {
			return false
		}
		v := verb(line)
		s.count(func(st *Stats) {
			st.Commands = append(st.Commands, v)
			if v == "AUTH" {
				st.AuthBeforeTLS++
			}
		})
		var reply []string
		switch v {
		case "EHLO":
			reply = s.ehloReply(raw.RemoteAddr(), false)
		case "HELO":
			reply = []string{"250 " + SMTPHost + " at your service"}
		case "STARTTLS":
			if s.opts.NoStartTLS {
				reply = []string{"502 5.5.1 Unrecognized command. " + gsmtpID() + " - gsmtp"}
				break
			}
			if r.Buffered() > 0 {
				// Commands sent behind STARTTLS would be injected into
				// the TLS session (CVE-2011-0411): refuse.
				writeLines(raw, "501 5.5.2 Pipelining after STARTTLS not allowed")
				return false
			}
			if !writeLines(raw, "220 2.0.0 Ready to start TLS") {
				return false
			}
			tc := tls.Server(raw, s.tlsConf)
			if !s.handshake(raw, tc) {
				return false
			}
			s.handoff.push(&gmailConn{Conn: tc, raw: raw, srv: s, skipGreeting: true})
			return true
		case "AUTH", "MAIL", "RCPT", "DATA", "BDAT":
			reply = []string{"530 5.7.0 Must issue a STARTTLS command first. " + gsmtpID() + " - gsmtp"}
		case "NOOP":
			reply = []string{"250 2.0.0 OK " + gsmtpID() + " - gsmtp"}
		case "RSET":
			reply = []string{"250 2.1.5 Flushed " + gsmtpID() + " - gsmtp"}
		case "QUIT":
			writeLines(raw, "221 2.0.0 closing connection "+gsmtpID()+" - gsmtp")
			return false
		default:
			reply = []string{"502 5.5.1 Unrecognized command. " + gsmtpID() + " - gsmtp"}
		}
		if !writeLines(raw, reply...) {
			return false
		}
	}
}

// readLine reads one CRLF (or LF) line of at most 2000 bytes.
func readLine(r *bufio.Reader) (string, error) {
	var b strings.Builder
	for {
		chunk, isPrefix, err := r.ReadLine()
		if err != nil {
			return "", err
		}
		b.Write(chunk)
		if b.Len() > 2000 {
			return "", bufio.ErrBufferFull
		}
		if !isPrefix {
			return b.String(), nil
		}
	}
}

func writeLines(w io.Writer, lines ...string) bool {
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(l + "\r\n")
	}
	_, err := io.WriteString(w, b.String())
	return err == nil
}

// resetConn closes c with a TCP RST.
func resetConn(c net.Conn) {
	if tc, ok := c.(*net.TCPConn); ok {
		tc.SetLinger(0)
	}
	c.Close()
}
