// Package fakegmail is an in-process stand-in for smtp.gmail.com (and, if
// asked, imap.gmail.com) over real TLS on loopback. Tests script it to fail
// the way Gmail fails, with Gmail's reply texts; `gmailsetup --demo` runs it
// so people can try the wizard without an account.
//
// It generates a throwaway CA at start and exposes it as RootCAs, so
// clients verify the certificate normally, with ServerName smtp.gmail.com.
// go-smtp does the protocol; a thin layer rewrites go-smtp's texts into
// Gmail's and records what clients send.
package fakegmail

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"io"
	"log"
	"net"
	"sync"
	"time"

	"github.com/emersion/go-smtp"

	"gmailsetup/internal/fake/fakeca"
)

// handshakeTimeout bounds a TLS handshake, so a client that connects and
// says nothing does not hold a goroutine until Close.
const handshakeTimeout = 10 * time.Second

// Endpoints is where the fake listens. Its fields are those of
// mailer.Server, in the same order, so a mailer.Server converts from it:
// mailer.Server(fake.Endpoints()). (fakegmail cannot import mailer, whose
// tests import fakegmail.)
type Endpoints struct {
	Host         string // "smtp.gmail.com": the certificate's name
	ImplicitAddr string // 127.0.0.1:port, implicit TLS, the fake 465
	StartTLSAddr string // 127.0.0.1:port, STARTTLS, the fake 587
	IMAPAddr     string // 127.0.0.1:port, IMAP over TLS; empty without Options.IMAP
	IMAPHost     string // "imap.gmail.com"
	RootCAs      *x509.CertPool
}

// Stats counts what clients did, for tests.
type Stats struct {
	Implicit, StartTLS int // connections accepted on each listener
	AuthAttempts       int // sign-ins checked (after TLS)
	AuthOK             int
	// AuthMechanisms is the SASL mechanism of each SMTP sign-in checked,
	// in order: "PLAIN", "LOGIN", "XOAUTH2", "OAUTHBEARER".
	AuthMechanisms    []string
	AuthBeforeTLS     int // AUTH commands sent in clear on the STARTTLS listener
	PipelinedReads    int // reads that carried more than one command
	IMAPLogins        int // IMAP sign-ins accepted
	IMAPLoginFailures int // IMAP sign-ins refused for bad credentials
	// IMAPAuthAttempts counts the IMAP LOGIN and AUTHENTICATE commands
	// received, whatever became of them: each is a sign-in Google counts.
	IMAPAuthAttempts int
	// IMAPAuth is how each IMAP sign-in was tried, in order: "LOGIN" or
	// "AUTHENTICATE <mechanism>".
	IMAPAuth []string
	// Commands are the command words clients sent, in order, across all
	// connections ("EHLO", "STARTTLS", "AUTH", ...). AUTH arguments and SASL
	// responses are never recorded.
	Commands []string
}

// Server is a running fake. Close it when done.
type Server struct {
	opts    Options
	caPEM   []byte
	ends    Endpoints
	tlsConf *tls.Config
	smtp    *smtp.Server
	handoff *handoffListener
	imap    *imapSide

	listeners []net.Listener
	workers   sync.WaitGroup // accept loops and connection set-up
	serving   sync.WaitGroup // go-smtp's Serve

	mu     sync.Mutex
	idle   *sync.Cond // signalled when a connection ends
	closed bool
	conns  map[net.Conn]struct{}
	msgs   []Message
	stats  Stats
}

// Start starts a fake Gmail on 127.0.0.1 with random ports.
func Start(opts Options) (*Server, error) {
	ca, err := fakeca.New(time.Now(), "fakegmail", SMTPHost, IMAPHost)
	if err != nil {
		return nil, err
	}
	s := &Server{
		opts:    opts,
		caPEM:   ca.CAPEM,
		tlsConf: ca.ServerConfig(),
		conns:   make(map[net.Conn]struct{}),
		ends:    Endpoints{Host: SMTPHost, IMAPHost: IMAPHost, RootCAs: ca.Pool},
	}

	s.idle = sync.NewCond(&s.mu)
	s.smtp = smtp.NewServer(smtp.BackendFunc(s.newSession))
	s.smtp.Domain = SMTPHost
	s.smtp.MaxMessageBytes = 35882577
	s.smtp.EnableSMTPUTF8 = true
	// The connections go-smtp sees are gmailConns, not *tls.Conn, though
	// they are always encrypted: TLS is done before go-smtp gets them.
	s.smtp.AllowInsecureAuth = true
	s.smtp.ErrorLog = log.New(io.Discard, "", 0)
	s.smtp.Debug = opts.Debug
	s.handoff = newHandoffListener()

	implicit, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	starttls, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		implicit.Close()
		return nil, err
	}
	s.listeners = []net.Listener{implicit, starttls}
	s.ends.ImplicitAddr = implicit.Addr().String()
	s.ends.StartTLSAddr = starttls.Addr().String()

	if opts.IMAP {
		if err := s.startIMAP(); err != nil {
			implicit.Close()
			starttls.Close()
			return nil, err
		}
	}

	s.serving.Add(1)
	go func() {
		defer s.serving.Done()
		s.smtp.Serve(s.handoff)
	}()
	s.workers.Add(2)
	go s.acceptLoop(implicit, s.serveImplicit, func(st *Stats) { st.Implicit++ })
	go s.acceptLoop(starttls, s.serveStartTLS, func(st *Stats) { st.StartTLS++ })
	return s, nil
}

// Endpoints is where to connect and which CA to trust.
func (s *Server) Endpoints() Endpoints { return s.ends }

// CAPEM is the throwaway CA certificate in PEM form, for tools that take a
// file (SSL_CERT_FILE, curl --cacert, swaks --tls-ca-path).
func (s *Server) CAPEM() []byte { return s.caPEM }

// Messages returns the mails accepted so far.
func (s *Server) Messages() []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Message(nil), s.msgs...)
}

// Stats returns a copy of the counters.
func (s *Server) Stats() Stats {
	s.mu.Lock()
	defer s.mu.Unlock()
	st := s.stats
	st.Commands = append([]string(nil), s.stats.Commands...)
	st.AuthMechanisms = append([]string(nil), s.stats.AuthMechanisms...)
	st.IMAPAuth = append([]string(nil), s.stats.IMAPAuth...)
	return st
}

func (s *Server) count(f func(*Stats)) {
	s.mu.Lock()
	f(&s.stats)
	s.mu.Unlock()
}

func (s *Server) deliver(m Message) {
	s.mu.Lock()
	s.msgs = append(s.msgs, m)
	s.mu.Unlock()
	if s.imap != nil {
		s.imap.deliver(m.Data)
	}
}

// acceptLoop accepts on l until Close. serve reports whether it handed the
// connection on to go-smtp, which then owns it.
func (s *Server) acceptLoop(l net.Listener, serve func(net.Conn) bool, counter func(*Stats)) {
	defer s.workers.Done()
	for {
		c, err := l.Accept()
		if err != nil {
			return // closed by Close
		}
		if !s.track(c) {
			c.Close()
			return
		}
		s.count(counter)
		s.workers.Add(1)
		go func() {
			defer s.workers.Done()
			if !serve(c) {
				c.Close()
				s.untrack(c)
			}
		}()
	}
}

// track registers a connection so Close can cut it; it reports false once
// the server is closing.
func (s *Server) track(c net.Conn) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return false
	}
	s.conns[c] = struct{}{}
	return true
}

func (s *Server) untrack(c net.Conn) {
	s.mu.Lock()
	delete(s.conns, c)
	s.idle.Broadcast()
	s.mu.Unlock()
}

// WaitIdle waits until every connection has ended, so that what clients
// sent last (a QUIT they did not wait for) shows in Stats. Clients must
// have closed their connections, or it waits for ever.
func (s *Server) WaitIdle() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for len(s.conns) > 0 {
		s.idle.Wait()
	}
}

// serveImplicit is the fake 465: TLS first, then SMTP.
func (s *Server) serveImplicit(raw net.Conn) bool {
	tc := tls.Server(raw, s.tlsConf)
	if !s.handshake(raw, tc) {
		return false
	}
	if s.opts.NoGreeting {
		// Hold the connection open in silence until the client or Close
		// ends it.
		io.Copy(io.Discard, tc)
		return false
	}
	s.handoff.push(&gmailConn{Conn: tc, raw: raw, srv: s})
	return true
}

func (s *Server) handshake(raw net.Conn, tc *tls.Conn) bool {
	raw.SetDeadline(time.Now().Add(handshakeTimeout))
	if err := tc.Handshake(); err != nil {
		return false
	}
	raw.SetDeadline(time.Time{})
	return true
}

// Close stops the listeners, cuts every connection and waits until every
// goroutine the server started has returned.
func (s *Server) Close() error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return nil
	}
	s.closed = true
	for _, l := range s.listeners {
		l.Close()
	}
	for c := range s.conns {
		c.Close()
	}
	s.mu.Unlock()

	s.workers.Wait()
	// Serve returns only from its next Accept, after it has registered the
	// last connection it took; only then may Shutdown wait for them.
	s.handoff.Close()
	s.serving.Wait()
	s.smtp.Shutdown(context.Background())
	if s.imap != nil {
		s.imap.close()
	}
	return nil
}
