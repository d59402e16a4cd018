package fakegmail

import (
	"bytes"
	"crypto/tls"
	"io"
	"log"
	"net"
	"strings"
	"sync"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
	"github.com/emersion/go-sasl"
)

// The mailboxes of the fake account, as Gmail names them. All Mail holds
// every message and carries the \All special-use attribute (RFC 6154);
// Sent Mail, marked \Sent, holds what the account sent over SMTP, as
// Gmail keeps a copy of every mail submitted through smtp.gmail.com.
const (
	Inbox    = "INBOX"
	AllMail  = "[Gmail]/All Mail"
	SentMail = "[Gmail]/Sent Mail"
)

// imapSide is the fake imap.gmail.com: go-imap's in-memory server with one
// account, over implicit TLS, receiving what the SMTP side accepts.
type imapSide struct {
	srv    *Server
	server *imapserver.Server
	user   *imapmemserver.User
	ln     net.Listener

	mu     sync.Mutex
	timers map[*deliveryTimer]struct{}
	wg     sync.WaitGroup // deliveries in flight
	closed bool
}

// deliveryTimer is a delayed delivery, kept so Close can cancel it.
type deliveryTimer struct{ t *time.Timer }

func (s *Server) startIMAP() error {
	raw, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	side := &imapSide{srv: s, ln: raw, timers: make(map[*deliveryTimer]struct{})}
	// The user's credentials here are internal: Login below checks the
	// ones that matter and signs in with these.
	side.user = imapmemserver.NewUser("fake", "fake")
	side.user.Create(Inbox, nil)
	side.user.Create(AllMail, nil)
	side.user.Create(SentMail, nil)
	side.server = imapserver.New(&imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return &imapSession{side: side}, nil, nil
		},
		Caps: imap.CapSet{
			imap.CapIMAP4rev1: {}, imap.CapIdle: {}, imap.CapNamespace: {}, imap.CapUnselect: {},
			imap.CapSpecialUse: {}, imap.CapListExtended: {}, imap.CapID: {},
		},
		Logger: log.New(io.Discard, "", 0),
		// The NoIdle wrapper hides the *tls.Conn the server looks for;
		// the connection is TLS all the same.
		InsecureAuth: s.opts.NoIdle,
	})
	s.imap = side
	s.listeners = append(s.listeners, raw) // closed first by Close
	s.ends.IMAPAddr = raw.Addr().String()
	tl := tls.NewListener(&trackingListener{Listener: raw, srv: s}, s.tlsConf)
	if s.opts.NoIdle {
		tl = noIdleListener{tl}
	}
	s.workers.Add(1)
	go func() {
		defer s.workers.Done()
		side.server.Serve(tl)
	}()
	return nil
}

// deliver puts a message into INBOX (unless Options.SkipInbox), All
// Mail and Sent Mail, after Options.DeliveryDelay; with Options.LoseMail, never.
func (i *imapSide) deliver(data []byte) {
	o := &i.srv.opts
	if o.LoseMail {
		return
	}
	put := func() {
		if !o.SkipInbox {
			i.user.Append(Inbox, literal(data), &imap.AppendOptions{})
		}
		i.user.Append(AllMail, literal(data), &imap.AppendOptions{})
		i.user.Append(SentMail, literal(data), &imap.AppendOptions{})
	}
	if o.DeliveryDelay <= 0 {
		put()
		return
	}
	i.mu.Lock()
	defer i.mu.Unlock()
	if i.closed {
		return
	}
	dt := &deliveryTimer{}
	i.wg.Add(1)
	dt.t = time.AfterFunc(o.DeliveryDelay, func() {
		defer i.wg.Done()
		i.mu.Lock()
		delete(i.timers, dt)
		i.mu.Unlock()
		put()
	})
	i.timers[dt] = struct{}{}
}

func (i *imapSide) close() {
	i.server.Close()
	i.mu.Lock()
	i.closed = true
	for dt := range i.timers {
		if dt.t.Stop() {
			i.wg.Done()
		}
	}
	i.mu.Unlock()
	i.wg.Wait()
}

type literalReader struct {
	*bytes.Reader
}

func (l literalReader) Size() int64 { return l.Reader.Size() }

func literal(b []byte) imap.LiteralReader { return literalReader{bytes.NewReader(b)} }

// imapSession is a session of the in-memory server with Gmail's sign-in
// rules and mailbox list.
type imapSession struct {
	*imapmemserver.UserSession // nil until Login
	side                       *imapSide
}

// Login applies the same rules as SMTP, except that the app password must
// come without spaces: some servers take the spaced form for SMTP and
// refuse it for IMAP, and a client must cope.
func (s *imapSession) Login(user, pass string) error {
	s.attempt("LOGIN")
	return s.login(user, pass)
}

func (s *imapSession) login(user, pass string) error {
	if err := s.disabled(); err != nil {
		return err
	}
	if err := s.side.srv.checkLogin(user, pass, false); err != nil {
		s.failed()
		return s.refuse()
	}
	s.signedIn()
	return nil
}

// AuthenticateMechanisms are the SASL mechanisms offered besides LOGIN.
func (s *imapSession) AuthenticateMechanisms() []string {
	return []string{sasl.Plain, mechXOAUTH2, mechOAUTHBEARER}
}

// Authenticate signs in with PLAIN, as LOGIN does, or with an OAuth 2.0
// access token that Options.Tokens approves.
func (s *imapSession) Authenticate(mech string) (sasl.Server, error) {
	s.attempt("AUTHENTICATE " + mech)
	switch mech {
	case sasl.Plain:
		return sasl.NewPlainServer(func(identity, user, pass string) error {
			if identity != "" && identity != user {
				s.failed()
				return s.refuse()
			}
			return s.login(user, pass)
		}), nil
	case mechXOAUTH2, mechOAUTHBEARER:
		if err := s.disabled(); err != nil {
			return nil, err
		}
		return &tokenServer{mech: mech, refusal: s.refuse(), refused: s.failed, check: func(user, token string) (bool, error) {
			if !s.side.srv.tokenOK(user, token) {
				return false, nil
			}
			s.signedIn()
			return true, nil
		}}, nil
	}
	return nil, &imap.Error{Type: imap.StatusResponseTypeNo, Text: "Unsupported authentication mechanism. (Failure)"}
}

func (s *imapSession) attempt(how string) {
	s.side.srv.count(func(st *Stats) {
		st.IMAPAuthAttempts++
		st.IMAPAuth = append(st.IMAPAuth, how)
	})
}

// disabled is Gmail's refusal for an account with IMAP turned off.
func (s *imapSession) disabled() error {
	if !s.side.srv.opts.IMAPDisabled {
		return nil
	}
	return &imap.Error{Type: imap.StatusResponseTypeNo, Code: imap.ResponseCodeAlert,
		Text: "Your account is not enabled for IMAP use. Please visit your Gmail settings page and enable your account for IMAP access."}
}

// refuse is Gmail's NO to a refused sign-in.
func (s *imapSession) refuse() error {
	return &imap.Error{Type: imap.StatusResponseTypeNo, Code: imap.ResponseCodeAuthenticationFailed,
		Text: "Invalid credentials (Failure)"}
}

func (s *imapSession) failed() {
	s.side.srv.count(func(st *Stats) { st.IMAPLoginFailures++ })
}

func (s *imapSession) signedIn() {
	s.side.srv.count(func(st *Stats) { st.IMAPLogins++ })
	s.UserSession = imapmemserver.NewUserSession(s.side.user)
}

// List lists the account's mailboxes as Gmail does, with the special-use
// attributes always shown; the in-memory server has no way to set them.
func (s *imapSession) List(w *imapserver.ListWriter, ref string, patterns []string, options *imap.ListOptions) error {
	boxes := []imap.ListData{
		{Mailbox: Inbox, Attrs: []imap.MailboxAttr{imap.MailboxAttrHasNoChildren}},
		{Mailbox: "[Gmail]", Attrs: []imap.MailboxAttr{imap.MailboxAttrHasChildren, imap.MailboxAttrNoSelect}},
		{Mailbox: AllMail, Attrs: []imap.MailboxAttr{imap.MailboxAttrAll, imap.MailboxAttrHasNoChildren}},
		{Mailbox: SentMail, Attrs: []imap.MailboxAttr{imap.MailboxAttrSent, imap.MailboxAttrHasNoChildren}},
	}
	for _, b := range boxes {
		match := false
		for _, p := range patterns {
			match = match || imapserver.MatchList(b.Mailbox, '/', ref, p)
		}
		if !match || (options.SelectSpecialUse && !strings.HasPrefix(b.Mailbox, "[Gmail]/")) {
			continue
		}
		b.Delim = '/'
		if options.ReturnStatus != nil && b.Mailbox != "[Gmail]" {
			st, err := s.UserSession.Status(b.Mailbox, options.ReturnStatus)
			if err != nil {
				return err
			}
			b.Status = st
		}
		if err := w.WriteList(&b); err != nil {
			return err
		}
	}
	return nil
}

// trackingListener registers the IMAP side's TCP connections with the
// server, so that Close cuts them and WaitIdle waits for them.
type trackingListener struct {
	net.Listener
	srv *Server
}

func (l *trackingListener) Accept() (net.Conn, error) {
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			return nil, err
		}
		if l.srv.track(c) {
			return &trackedConn{Conn: c, srv: l.srv}, nil
		}
		c.Close()
	}
}

type trackedConn struct {
	net.Conn
	srv  *Server
	once sync.Once
}

func (c *trackedConn) Close() error {
	err := c.Conn.Close()
	c.once.Do(func() { c.srv.untrack(c.Conn) })
	return err
}
