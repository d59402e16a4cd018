package mailer

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"sync"
	"time"
)

// session is one Send or Verify: the account, the limits, the transcript
// and the progress reports.
type session struct {
	cl      *Client
	ctx     context.Context
	acct    Account
	t       timeouts
	tr      *transcript
	secrets []string

	mu       sync.Mutex
	progress func(Phase)
	reported bool
	last     Phase
}

func (c *Client) newSession(ctx context.Context, acct Account, progress func(Phase)) *session {
	orig := acct.Password
	acct.Password = appPassword(orig)
	secrets := []string{
		acct.Password, orig,
		base64.StdEncoding.EncodeToString([]byte(acct.Password)),
		base64.StdEncoding.EncodeToString(plainResponse(acct)),
	}
	return &session{
		cl: c, ctx: ctx, acct: acct, t: c.timeouts(), secrets: secrets,
		tr: newTranscript(c.Debug, secrets), progress: progress,
	}
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
	phase Phase // reported before the command is sent (lock-step) or answered
}

// authCommand is AUTH PLAIN with the initial response (RFC 4954), which
// saves the 334 round trip, or nil when the server offers no PLAIN. RFC 4954
// section 4 lets exactly this AUTH (initial response, one round trip, no
// security layer) be pipelined with the commands that follow it.
func (s *session) authCommand(caps capabilities) *command {
	if !caps.plain {
		return nil
	}
	ir := base64.StdEncoding.EncodeToString(plainResponse(s.acct))
	return &command{line: "AUTH PLAIN " + ir, shown: "AUTH PLAIN [redacted]", want: 235, phase: PhaseSigningIn}
}

// auth signs in on its own: PLAIN with initial response if offered, else
// LOGIN, which takes three round trips.
func (s *session) auth(c *conn, caps capabilities) error {
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
// the message is ended at once with a lone dot (RFC 2920 section 3.1).
func (s *session) exchange(c *conn, pipelined bool, cmds []command) error {
	queue := func(cmd command) {
		if cmd.shown != "" {
			c.secret(cmd.line, cmd.shown)
		} else {
			c.cmd(cmd.line)
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
				return s.replyError(rep, c.port)
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
	for i, cmd := range cmds {
		rep, err := c.read(s.t.reply)
		if err != nil {
			if failure != nil {
				return failure // the server hung up after refusing
			}
			return err
		}
		if rep.Code != cmd.want {
			if failure == nil {
				failure = s.replyError(rep, c.port)
			}
			continue
		}
		if failure == nil && i+1 < len(cmds) {
			s.phase(cmds[i+1].phase)
		}
		if cmd.line == "DATA" && failure != nil {
			c.cmd(".") // DATA accepted after all: end the empty message
		}
	}
	if failure != nil {
		return failure
	}
	return nil
}

// submit signs in and sends msg: on a pipelining server AUTH, MAIL, RCPT
// and DATA go out together, then the message, the dot and QUIT together,
// and the reply to QUIT is not awaited: two round trips after EHLO.
func (s *session) submit(c *conn, caps capabilities, msg Message) error {
	param := ""
	if caps.smtpUTF8 && !isASCII(msg.From+msg.To) {
		param = " SMTPUTF8"
	}
	cmds := []command{
		{line: "MAIL FROM:<" + msg.From + ">" + param, want: 250, phase: PhaseSending},
		{line: "RCPT TO:<" + msg.To + ">", want: 250, phase: PhaseSending},
		{line: "DATA", want: 354, phase: PhaseSending},
	}
	if a := s.authCommand(caps); a != nil {
		cmds = append([]command{*a}, cmds...)
	} else if err := s.auth(c, caps); err != nil {
		return err
	}
	if err := s.exchange(c, caps.pipelining, cmds); err != nil {
		c.cmd("QUIT")
		c.flush()
		return err
	}

	body := dotStuff(msg.render())
	c.data(body, fmt.Sprintf("[message, %d bytes]", len(body)))
	c.cmd(".")
	if caps.pipelining {
		c.cmd("QUIT")
	}
	if err := c.flush(); err != nil {
		return err
	}
	rep, err := c.read(s.t.data)
	if err != nil {
		return err
	}
	if rep.Code != 250 {
		if !caps.pipelining {
			c.cmd("QUIT")
			c.flush()
		}
		return s.replyError(rep, c.port)
	}
	if !caps.pipelining {
		c.cmd("QUIT")
		c.flush()
	}
	return nil
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
