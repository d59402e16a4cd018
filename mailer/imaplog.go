package mailer

import (
	"bytes"
	"net"
	"regexp"
	"strings"
	"sync"
)

// loggedConn copies an IMAP connection's traffic into the debug
// transcript, line by line: what is read as "S", what is written as "C".
type loggedConn struct {
	net.Conn
	in, out lineLog
}

// logIMAP wraps conn when there is a transcript to write to.
func logIMAP(conn net.Conn, tr *transcript) net.Conn {
	if tr == nil {
		return conn
	}
	return &loggedConn{Conn: conn, in: lineLog{tr: tr, dir: "S"}, out: lineLog{tr: tr, dir: "C"}}
}

func (c *loggedConn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	c.in.write(p[:n])
	return n, err
}

func (c *loggedConn) Write(p []byte) (int, error) {
	c.out.write(p)
	return c.Conn.Write(p)
}

// lineLog cuts a byte stream into lines for the transcript.
type lineLog struct {
	mu  sync.Mutex
	tr  *transcript
	dir string
	buf []byte
}

// imapLogin matches a LOGIN command, whose arguments are replaced whole:
// the password may come quoted, escaped or as a literal, and must not be
// left to chance. imapAuthenticate matches an AUTHENTICATE command with an
// initial response (SASL-IR), which carries the token.
var (
	imapLogin        = regexp.MustCompile(`(?i)^(\S+ LOGIN )(.*)$`)
	imapAuthenticate = regexp.MustCompile(`(?i)^(\S+ AUTHENTICATE \S+ )(.*)$`)
)

// clientLine is what the transcript shows of a line the client sent. A
// line without a space is no command (every command has a tag, then a
// space): it is a SASL response or a literal's contents, and may be a
// secret.
func clientLine(line string) string {
	switch {
	case line == "" || line == "*" || strings.EqualFold(line, "DONE"):
		return line
	case !strings.Contains(line, " "):
		return "[redacted]"
	}
	line = imapLogin.ReplaceAllString(line, "${1}[redacted]")
	return imapAuthenticate.ReplaceAllString(line, "${1}[redacted]")
}

func (l *lineLog) write(p []byte) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.buf = append(l.buf, p...)
	for {
		i := bytes.IndexByte(l.buf, '\n')
		if i < 0 {
			return
		}
		line := string(bytes.TrimRight(l.buf[:i], "\r"))
		l.buf = l.buf[i+1:]
		if l.dir == "C" {
			line = clientLine(line)
		}
		l.tr.log(imapPort, l.dir, line)
	}
}
