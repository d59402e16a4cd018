package mailer

import (
	"bufio"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"sync"
	"time"
)

// legResult is the outcome of one port's attempt to get a secure connection.
type legResult struct {
	c    *conn
	port int
	err  error
}

// connect returns a TLS connection to the implicit-TLS port (465) or, after
// STARTTLS, the submission port (587), whichever is secured first. 465
// starts alone and 587 joins when 465 fails or is not secured within the
// fallback delay, so a blackholed 465 costs that delay and not a connect
// timeout. wait must be called when done: it waits for the losing attempt.
func (s *session) connect() (c *conn, wait func(), err error) {
	srv := s.cl.Server
	results := make(chan legResult, 2)
	var wg sync.WaitGroup
	var cancels []context.CancelFunc
	cancelAll := func() {
		for _, cancel := range cancels {
			cancel()
		}
	}
	wait = func() {
		cancelAll()
		wg.Wait()
		close(results)
		for r := range results { // a loser that got through anyway
			if r.c != nil {
				r.c.close()
			}
		}
	}
	pending := 0
	launch := func(port int, addr string, leg func(context.Context, string) (*conn, error)) {
		ctx, cancel := context.WithCancel(s.ctx)
		cancels = append(cancels, cancel)
		pending++
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, err := leg(ctx, addr)
			if err != nil {
				err = s.classify(err, port)
			}
			results <- legResult{c, port, err}
		}()
	}

	started587 := srv.StartTLSAddr == ""
	start587 := func() {
		if !started587 {
			started587 = true
			launch(587, srv.StartTLSAddr, s.legStartTLS)
		}
	}
	if srv.ImplicitAddr != "" {
		launch(465, srv.ImplicitAddr, s.legImplicit)
	} else {
		start587()
	}
	if pending == 0 {
		return nil, wait, &Error{Kind: KindPortsBlocked, Err: errors.New("mailer: no server address")}
	}

	fallback := time.NewTimer(s.t.fallback)
	defer fallback.Stop()
	var failed []legResult
	for {
		select {
		case <-fallback.C:
			start587()
		case r := <-results:
			pending--
			if r.err == nil {
				// The winner no longer needs its context; the loser is
				// stopped now rather than left to finish its handshake.
				cancelAll()
				return r.c, wait, nil
			}
			failed = append(failed, r)
			start587()
			if pending == 0 {
				return nil, wait, s.bothFailed(failed)
			}
		}
	}
}

// bothFailed picks the error that says most. A port that could not be
// reached says least: if one port got further (a certificate that did not
// verify, a 587 without STARTTLS, a refusal), that is the story; if none
// did, the ports are blocked.
func (s *session) bothFailed(failed []legResult) error {
	if s.ctx.Err() != nil {
		return s.classify(s.ctx.Err(), 0)
	}
	rank := func(k Kind) int {
		switch k {
		case KindPortsBlocked:
			return 0
		case KindDNS:
			return 1
		}
		return 2
	}
	best := failed[0].err.(*Error)
	for _, r := range failed[1:] {
		if e := r.err.(*Error); rank(e.Kind) > rank(best.Kind) {
			best = e
		}
	}
	if best.Kind == KindPortsBlocked && len(failed) > 1 {
		return &Error{Kind: KindPortsBlocked, Err: fmt.Errorf("%d: %v; %d: %v",
			failed[0].port, failed[0].err.(*Error).Err, failed[1].port, failed[1].err.(*Error).Err)}
	}
	return best
}

// dial opens a TCP connection with Nagle off: every write is a whole
// pipelined group or message, and must leave at once.
func (s *session) dial(ctx context.Context, addr string) (net.Conn, error) {
	d := net.Dialer{Timeout: s.t.connect, Resolver: s.cl.Resolver}
	nc, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		return nil, dialError(err)
	}
	if tc, ok := nc.(*net.TCPConn); ok {
		tc.SetNoDelay(true)
	}
	s.phase(PhaseSecuring)
	return nc, nil
}

// tlsConfig verifies the server as Server.Host or, if that is empty, as
// the host in the address.
func (s *session) tlsConfig() *tls.Config {
	name := s.cl.Server.Host
	if name == "" {
		for _, a := range []string{s.cl.Server.ImplicitAddr, s.cl.Server.StartTLSAddr} {
			if h, _, err := net.SplitHostPort(a); err == nil && name == "" {
				name = h
			}
		}
	}
	return &tls.Config{
		ServerName: name,
		RootCAs:    s.cl.Server.RootCAs, // nil: system roots, SSL_CERT_FILE honoured
		MinVersion: tls.VersionTLS12,
	}
}

// handshake secures raw, giving up after the reply timeout or when ctx ends.
func (s *session) handshake(ctx context.Context, raw net.Conn) (*tls.Conn, error) {
	tc := tls.Client(raw, s.tlsConfig())
	ctx, cancel := context.WithTimeout(ctx, s.t.reply)
	defer cancel()
	if err := tc.HandshakeContext(ctx); err != nil {
		return nil, tlsHandshakeError(err)
	}
	return tc, nil
}

// legImplicit connects to the implicit-TLS port and completes the TLS
// handshake; the greeting is read later, over TLS.
func (s *session) legImplicit(ctx context.Context, addr string) (*conn, error) {
	raw, err := s.dial(ctx, addr)
	if err != nil {
		return nil, err
	}
	tc, err := s.handshake(ctx, raw)
	if err != nil {
		raw.Close()
		return nil, err
	}
	c := newConn(raw, 465, s.tr, s.t)
	c.nc, c.r = tc, bufio.NewReaderSize(tc, 1024)
	c.needGreeting = true
	return c, nil
}

// legStartTLS connects to the submission port, reads the greeting, says
// EHLO and upgrades with STARTTLS. A server that does not offer STARTTLS is
// refused: nothing, least of all AUTH, is ever sent in clear.
func (s *session) legStartTLS(ctx context.Context, addr string) (_ *conn, err error) {
	raw, err := s.dial(ctx, addr)
	if err != nil {
		return nil, err
	}
	c := newConn(raw, 587, s.tr, s.t)
	// Cancelling the leg (the other port won, or the person stopped)
	// must interrupt a read in progress.
	stop := context.AfterFunc(ctx, func() { raw.Close() })
	defer func() {
		if !stop() || err != nil {
			raw.Close()
			if err == nil {
				err = context.Canceled
			}
		}
	}()

	rep, err := c.read(s.t.reply)
	if err != nil {
		return nil, err
	}
	if rep.Code != 220 {
		return nil, s.replyError(rep, 587)
	}
	c.cmd("EHLO " + ehloName)
	if rep, err = c.roundTrip(); err != nil {
		return nil, err
	}
	if rep.Code != 250 {
		return nil, s.replyError(rep, 587)
	}
	if !parseEHLO(rep).startTLS {
		return nil, &Error{Kind: KindNoStartTLS, Port: 587, Err: errors.New("mailer: the server does not offer STARTTLS")}
	}
	c.cmd("STARTTLS")
	if rep, err = c.roundTrip(); err != nil {
		return nil, err
	}
	if rep.Code != 220 {
		e := s.replyError(rep, 587)
		e.Kind = KindNoStartTLS // offered, then refused: just as unsafe
		return nil, e
	}
	if c.r.Buffered() > 0 {
		// Bytes after the 220 were sent in clear but would be read as if
		// they came over TLS (CVE-2011-0411).
		return nil, &Error{Kind: KindTLS, Port: 587, Err: errors.New("mailer: data after the STARTTLS reply")}
	}
	tc, err := s.handshake(ctx, raw)
	if err != nil {
		return nil, err
	}
	c.nc, c.r = tc, bufio.NewReaderSize(tc, 1024)
	return c, nil
}
