package mailer

import (
	"bytes"
	"net"
	"regexp"
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
// left to chance.
var imapLogin = regexp.MustCompile(`(?i)^(\S+ LOGIN )(.*)$`)

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
			line = imapLogin.ReplaceAllString(line, "${1}[redacted]")
		}
		l.tr.log(imapPort, l.dir, line)
	}
}
