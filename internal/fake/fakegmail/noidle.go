package fakegmail

import (
	"bytes"
	"net"

	"github.com/emersion/go-imap/v2/imapserver"
)

// noIdleListener hides IDLE from the IMAP side's capabilities
// (Options.NoIdle). go-imap's server always announces it for IMAP4rev1,
// so the announcement is taken out of what is written: each response
// goes out in one write, after TLS is taken off.
type noIdleListener struct{ net.Listener }

func (l noIdleListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	return noIdleConn{c}, nil
}

type noIdleConn struct{ net.Conn }

func (c noIdleConn) Write(p []byte) (int, error) {
	if !bytes.Contains(p, []byte("CAPABILITY")) {
		return c.Conn.Write(p)
	}
	if _, err := c.Conn.Write(bytes.ReplaceAll(p, []byte(" IDLE"), nil)); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Idle reports what came in before IDLE began, then waits for more, as
// Gmail does: go-imap's in-memory server reports only what comes after
// its own Idle started, so a message landing between the client's last
// look and that moment would wait for the next one.
func (s *imapSession) Idle(w *imapserver.UpdateWriter, stop <-chan struct{}) error {
	if err := s.UserSession.Poll(w, true); err != nil {
		return err
	}
	return s.UserSession.Idle(w, stop)
}
