package mailer

import (
	"bytes"
	"errors"
	"net"
	"sync/atomic"
)

// Limits on what the IMAP client reads for one command, so that a broken
// or hostile server (or whatever sits between: a company proxy, an
// antivirus) cannot make it buffer without end, as SMTP's maxReplyLine
// does for SMTP. go-imap reads a line, a quoted string or a literal whole
// into memory and collects a command's responses; these bound all three.
// Gmail's answers to what the client asks (LOGIN, LIST, SELECT, SEARCH)
// are a few KB even for an account with thousands of labels.
const (
	maxIMAPLine  = 64 << 10 // bytes between two line ends, literals included
	maxIMAPBytes = 1 << 20  // bytes for one command, all responses together
	maxIMAPLines = 20000    // lines for one command
)

// errIMAPTooMuch is the cause of a KindOversized from the IMAP side.
var errIMAPTooMuch = errors.New("mailer: the IMAP server sent more than a mail server would; stopped reading")

// boundedConn fails every Read once the server has sent more than the
// limits allow since the last newCommand. go-imap reads in its own
// goroutine while commands are started from another: the budgets are
// atomic; lineLen is the reading goroutine's alone.
type boundedConn struct {
	net.Conn
	left    atomic.Int64 // bytes the current command may still receive
	lines   atomic.Int64 // lines it may still receive
	tripped atomic.Bool
	lineLen int64
}

func newBoundedConn(c net.Conn) *boundedConn {
	b := &boundedConn{Conn: c}
	b.newCommand()
	return b
}

// newCommand gives the next command its own budget.
func (b *boundedConn) newCommand() {
	b.left.Store(maxIMAPBytes)
	b.lines.Store(maxIMAPLines)
}

// overLimit reports whether the limits were passed, which is why the
// connection failed.
func (b *boundedConn) overLimit() bool { return b.tripped.Load() }

func (b *boundedConn) Read(p []byte) (int, error) {
	if b.tripped.Load() {
		return 0, errIMAPTooMuch
	}
	// Never read more than the command may still take.
	left := b.left.Load()
	if left <= 0 {
		return b.trip()
	}
	if int64(len(p)) > left {
		p = p[:left]
	}
	n, err := b.Conn.Read(p)
	b.left.Add(-int64(n))
	rest := p[:n]
	for {
		i := bytes.IndexByte(rest, '\n')
		if i < 0 {
			b.lineLen += int64(len(rest))
			break
		}
		b.lineLen = 0
		rest = rest[i+1:]
		if b.lines.Add(-1) < 0 {
			return b.trip()
		}
	}
	if b.lineLen > maxIMAPLine {
		return b.trip()
	}
	return n, err
}

// trip makes the connection fail from now on; nothing more is read.
func (b *boundedConn) trip() (int, error) {
	b.tripped.Store(true)
	return 0, errIMAPTooMuch
}
