package mailer

import (
	"bufio"
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"time"

	"gmailsetup/internal/safetext"
)

// session is one Send or Verify: the account, the limits, the transcript
// and the progress reports.
type session struct {
	cl      *Client
	ctx     context.Context
	acct    Account
	t       timeouts
	tr      *transcript
	secrets *secretSet

	tok  *tokenFetch // the access token on its way, with Account.Token
	mech Mechanism   // the OAuth mechanism SMTP signed in with

	mu       sync.Mutex
	progress func(Phase)
	reported bool
	last     Phase

	// signedIn is closed when SMTP has answered 235: the password (or
	// token) is good, and IMAP may use it. Google counts every failed
	// sign-in towards a lockout, so a wrong one must be tried only once.
	signedIn     chan struct{}
	signedInOnce sync.Once
}

func (c *Client) newSession(ctx context.Context, acct Account, progress func(Phase)) *session {
	orig := acct.Password
	acct.Password = appPassword(orig)
	secrets := &secretSet{}
	secrets.add(acct.Password, orig,
		base64.StdEncoding.EncodeToString([]byte(acct.Password)),
		base64.StdEncoding.EncodeToString(plainResponse(acct)))
	return &session{
		cl: c, ctx: ctx, acct: acct, t: c.timeouts(), secrets: secrets,
		tr: newTranscript(c.Debug, secrets), progress: progress,
		signedIn: make(chan struct{}),
	}
}

// accepted records that the server took the sign-in.
func (s *session) accepted() {
	s.signedInOnce.Do(func() { close(s.signedIn) })
}

// phase reports p if it is later than the last phase reported. Both ports'
// attempts report; the lock keeps the calls one at a time and in order.
func (s *session) phase(p Phase) {
	if s.progress == nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.reported && p <= s.last {
		return
	}
	s.reported, s.last = true, p
	s.progress(p)
}

// run connects, says hello and runs body on the secured connection.
func (s *session) run(body func(*conn, capabilities) error) (Result, error) {
	start := time.Now()
	s.startToken()
	defer s.stopToken()
	s.phase(PhaseConnecting)
	c, wait, err := s.connect()
	defer wait()
	if err != nil {
		return Result{}, s.classify(err, 0)
	}
	defer c.close()
	// Closing the connection is what interrupts a blocked read or write
	// at once when the person cancels.
	stop := context.AfterFunc(s.ctx, c.close)
	defer stop()

	caps, err := s.hello(c)
	if err == nil {
		err = body(c, caps)
	}
	if err != nil {
		return Result{}, s.classify(err, c.port)
	}
	return Result{Port: c.port, Elapsed: time.Since(start)}, nil
}

// hello reads the greeting if it is still due (implicit TLS) and says EHLO.
func (s *session) hello(c *conn) (capabilities, error) {
	if c.needGreeting {
		rep, err := c.read(s.t.reply)
		if err != nil {
			return capabilities{}, err
		}
		if rep.Code != 220 {
			return capabilities{}, s.replyError(rep, c.port)
		}
	}
	c.cmd("EHLO " + ehloName)
	rep, err := c.roundTrip()
	if err != nil {
		return capabilities{}, err
	}
	if rep.Code != 250 {
		return capabilities{}, s.replyError(rep, c.port)
	}
	return parseEHLO(rep), nil
}

// plainResponse is the SASL PLAIN message: no authorisation identity, the
// user, the password (RFC 4616).
func plainResponse(a Account) []byte {
	return []byte("\x00" + a.Email + "\x00" + a.Password)
}

// command is one SMTP command and the reply code that means it worked.
type command struct {
	line  string
	shown string // what the transcript gets instead of line, if set
	want  int
	phase Phase  // reported before the command is sent (lock-step) or answered
	rcpt  string // the recipient, for RCPT TO
	// chunk is the message after a BDAT command line, sent as it is.
	chunk []byte
	// slow marks a reply that comes only once the server has taken the
	// message (BDAT LAST): it gets the data timeout.
	slow bool
	// noReply marks a command whose reply is not awaited (a final QUIT).
	noReply bool
}

// authCommand is AUTH PLAIN with the initial response (RFC 4954), which
// saves the 334 round trip, or nil when the server offers no PLAIN. RFC 4954
// section 4 lets exactly this AUTH (initial response, one round trip, no
// security layer) be pipelined with the commands that follow it.
func (s *session) authCommand(caps capabilities) *command {
	if !caps.plain || s.acct.Token != nil {
		return nil
	}
	ir := base64.StdEncoding.EncodeToString(plainResponse(s.acct))
	return &command{line: "AUTH PLAIN " + ir, shown: "AUTH PLAIN [redacted]", want: 235, phase: PhaseSigningIn}
}

// auth signs in on its own: with the access token if the account has
// one, else PLAIN with initial response if offered, else LOGIN, which takes
// three round trips.
func (s *session) auth(c *conn, caps capabilities) error {
	if s.acct.Token != nil {
		return s.authToken(c, caps)
	}
	if cmd := s.authCommand(caps); cmd != nil {
		return s.exchange(c, false, []command{*cmd})
	}
	if !caps.login {
		return &Error{Kind: KindRejected, Port: c.port, Err: errors.New("mailer: the server offers neither AUTH PLAIN nor AUTH LOGIN")}
	}
	s.phase(PhaseSigningIn)
	b64 := base64.StdEncoding.EncodeToString
	return s.exchange(c, false, []command{
		{line: "AUTH LOGIN", want: 334},
		{line: b64([]byte(s.acct.Email)), shown: "[redacted]", want: 334},
		{line: b64([]byte(s.acct.Password)), shown: "[redacted]", want: 235},
	})
}

// exchange sends cmds and checks their replies. Pipelined, they go out in
// one write and every reply is read, even after a failure, so that the
// connection stays in step; the first failure is returned, which makes an
// AUTH failure win over the refusals that follow from it. Lock-step, each
// waits for its reply and the first failure stops the rest.
//
// When a pipelined DATA was accepted although an earlier command failed,
// the connection is left inside the message (c.inData) and must be closed
// without the final dot, which aborts the transaction (RFC 5321 section
// 3.8): ending it with a lone dot, as RFC 2920 section 3.1 suggests, would
// deliver an empty message to any recipient that was accepted.
//
// A refused RCPT TO that is the first failure names, in Error.Recipients,
// every recipient refused (one, lock-step, where the first stops the rest).
func (s *session) exchange(c *conn, pipelined bool, cmds []command) error {
	queue := func(cmd command) {
		if cmd.shown != "" {
			c.secret(cmd.line, cmd.shown)
		} else {
			c.cmd(cmd.line)
		}
		if cmd.chunk != nil {
			c.tr.log(c.port, "C", fmt.Sprintf("[message, %d bytes]", len(cmd.chunk)))
			c.out.Write(cmd.chunk)
		}
	}
	if !pipelined {
		for _, cmd := range cmds {
			s.phase(cmd.phase)
			queue(cmd)
			rep, err := c.roundTrip()
			if err != nil {
				return err
			}
			if rep.Code != cmd.want {
				e := s.replyError(rep, c.port)
				if cmd.rcpt != "" {
					e.Recipients = s.cleanRecipients([]string{cmd.rcpt})
				}
				return e
			}
			if rep.Code == 235 {
				s.accepted()
			}
		}
		return nil
	}

	s.phase(cmds[0].phase)
	for _, cmd := range cmds {
		queue(cmd)
	}
	if err := c.flush(); err != nil {
		return err
	}
	var failure *Error
	var refused []string
	rcptFirst := false // the first failure is a refused recipient
	for i, cmd := range cmds {
		if cmd.noReply {
			continue
		}
		wait := s.t.reply
		if cmd.slow {
			wait = s.t.data
		}
		rep, err := c.read(wait)
		if err != nil {
			if failure != nil {
				return failure // the server hung up after refusing
			}
			if cmd.slow {
				// Every reply before it was yes and the whole message
				// went out with them: the server may have taken it. A
				// server that goes before answering the commands ahead
				// of it has not got that far.
				return s.lostReply(err, c.port)
			}
			return err
		}
		if rep.Code != cmd.want {
			if cmd.rcpt != "" {
				refused = append(refused, cmd.rcpt)
			}
			if failure == nil {
				failure = s.replyError(rep, c.port)
				rcptFirst = cmd.rcpt != ""
			}
			continue
		}
		if rep.Code == 235 {
			s.accepted()
		}
		if failure == nil && i+1 < len(cmds) {
			s.phase(cmds[i+1].phase)
		}
		if cmd.line == "DATA" && failure != nil {
			c.inData = true // DATA accepted after all: never end this message
		}
	}
	if failure != nil {
		if rcptFirst {
			failure.Recipients = s.cleanRecipients(refused)
		}
		return failure
	}
	return nil
}

// cleanRecipients makes refused recipients safe to show, as server text is.
func (s *session) cleanRecipients(rcpts []string) []string {
	out := make([]string, len(rcpts))
	for i, r := range rcpts {
		out[i] = s.secrets.redact(safetext.Clean(r))
	}
	return out
}

// envelope is the sender and recipients given to the server.
type envelope struct {
	from  string
	rcpts []string
}

// submit signs in and sends the message in b.
//
// On a server with PIPELINING and CHUNKING (Gmail), a message of up to
// chunkMax bytes for one recipient goes out with AUTH, MAIL and RCPT in a
// single write, as "BDAT <size> LAST" and the bytes, then QUIT (RFC 3030
// with RFC 2920): one round trip after EHLO.
//
// Otherwise, on a pipelining server AUTH, MAIL, every RCPT and DATA go out
// together, then the message, the dot and QUIT together, and the reply to
// QUIT is not awaited: two round trips after EHLO for a message that fits
// in one buffer. A bigger one streams through a buffer of headSize bytes;
// its last part goes with the dot and QUIT.
//
// Gmail takes a message for all its recipients or for none, and so does
// submit: if any RCPT is refused, the message is not sent. That is why
// BDAT LAST is pipelined for one recipient only: a server takes a chunk
// for the recipients it accepted, and with one refused RCPT there are
// none, so it must refuse the BDAT and discard the chunk that follows it
// (RFC 3030 section 2); with several, the others would get the message.
// The QUIT in the same write ends the transaction either way.
func (s *session) submit(c *conn, caps capabilities, env envelope, b body) error {
	param := ""
	if caps.eightBitMIME && b.eightBit() {
		param += " BODY=8BITMIME"
	}
	if caps.smtpUTF8 && !isASCII(env.from+strings.Join(env.rcpts, "")) {
		param += " SMTPUTF8"
	}
	cmds := make([]command, 0, len(env.rcpts)+3)
	if a := s.authCommand(caps); a != nil {
		cmds = append(cmds, *a)
	} else if err := s.auth(c, caps); err != nil {
		c.quit()
		return err
	}
	cmds = append(cmds, command{line: "MAIL FROM:<" + env.from + ">" + param, want: 250, phase: PhaseSending})
	for _, r := range env.rcpts {
		cmds = append(cmds, command{line: "RCPT TO:<" + r + ">", want: 250, phase: PhaseSending, rcpt: r})
	}
	if chunk, ok := b.chunk(s.ctx); ok && caps.chunking && caps.pipelining && len(env.rcpts) == 1 {
		cmds = append(cmds,
			command{line: "BDAT " + strconv.Itoa(len(chunk)) + " LAST", chunk: chunk, want: 250, phase: PhaseSending, slow: true},
			command{line: "QUIT", noReply: true})
		if err := s.exchange(c, true, cmds); err != nil {
			return err
		}
		if s.cl.BodyProgress != nil {
			s.cl.BodyProgress(int64(len(b.head)))
		}
		return nil
	}
	cmds = append(cmds, command{line: "DATA", want: 354, phase: PhaseSending})
	if err := s.exchange(c, caps.pipelining, cmds); err != nil {
		c.quit()
		return err
	}

	size := headSize
	if b.whole {
		// Room for CRLFs and stuffed dots, the dot and QUIT: a small
		// message goes out in one write without a needless big buffer.
		size = min(size, len(b.head)+len(b.head)/8+64)
	}
	c.inData = true
	bw := bufio.NewWriterSize(deadlineWriter{c}, size)
	dw := &dotWriter{w: bw, ctx: s.ctx, progress: s.cl.BodyProgress}
	if _, err := io.Copy(dw, b.r); err != nil {
		if dw.err == nil && s.ctx.Err() == nil {
			// The connection is closed without the final dot, so the
			// server drops what it has of the message.
			return &Error{Kind: KindUnknown, Port: c.port, Err: fmt.Errorf("mailer: reading the message: %w", err)}
		}
		return err
	}
	if err := dw.finish(); err != nil {
		return err
	}
	c.tr.log(c.port, "C", fmt.Sprintf("[message, %d bytes]", dw.wire))
	c.inData = false
	c.cmd(".")
	if caps.pipelining {
		c.cmd("QUIT")
	}
	bw.Write(c.out.Bytes())
	c.out.Reset()
	if err := bw.Flush(); err != nil {
		return err
	}
	rep, err := c.read(s.t.data)
	if err != nil {
		return s.lostReply(err, c.port)
	}
	if !caps.pipelining {
		c.quit()
	}
	if rep.Code != 250 {
		return s.replyError(rep, c.port)
	}
	return nil
}

// lostReply is the failure when the whole message has gone out and the
// server's answer to it never came: it may have been sent. A cancel by the
// person keeps its cause, but not its kind, which would say "not sent".
func (s *session) lostReply(err error, port int) *Error {
	if s.ctx.Err() != nil {
		err = context.Cause(s.ctx)
	}
	return &Error{Kind: KindMaybeSent, Port: port, Err: err}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
