package mailer

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net"
	"strings"
	"time"
)

// Client sends through Server. The zero value of every field but Server
// is ready to use; a Client may be used for several sends, also at once.
//
// For Gmail:
//
//	c := &mailer.Client{Server: mailer.Gmail()}
//
// For the fake (tests, --demo):
//
//	fake, _ := fakegmail.Start(fakegmail.Options{IMAP: true})
//	c := &mailer.Client{Server: mailer.Server(fake.Endpoints())}
type Client struct {
	Server Server
	// Debug, if set, receives a transcript of both directions, one line
	// each: "[465] C: EHLO localhost", "[465] S: 250-…". AUTH payloads
	// are replaced by "[redacted]" and server text is sanitised.
	Debug io.Writer

	// Time limits; zero means the default in parentheses.
	ConnectTimeout time.Duration // to open a TCP connection (5 s)
	ReplyTimeout   time.Duration // for each reply and the TLS handshake (15 s)
	DataTimeout    time.Duration // for the reply to the message's final dot (30 s)
	// FallbackDelay is the head start of implicit TLS (465): when it is not
	// secured by then, STARTTLS (587) starts in parallel (300 ms).
	FallbackDelay time.Duration
	// ConfirmTimeout is how long Send waits for the mail to show up over
	// IMAP after the server took it (60 s); ConfirmPoll is how often it
	// looks (1 s).
	ConfirmTimeout time.Duration
	ConfirmPoll    time.Duration

	// Resolver looks up the servers' names; nil means net.DefaultResolver.
	Resolver *net.Resolver

	// BodyProgress, if set, is told how many bytes of the message have been
	// handed to the connection so far, for a progress bar: every 32 KB or
	// so while the message streams, and last with its whole length (as
	// given, before line ends become CRLF and dots are doubled). The server
	// has taken the message only when the send returns without error. It is
	// called from the sending goroutine and must not block; with sends run
	// at once on one Client, it hears from all of them.
	BodyProgress func(written int64)
}

// timeouts are a Client's limits with defaults applied.
type timeouts struct {
	connect, reply, data, fallback, confirm, poll time.Duration
}

func (c *Client) timeouts() timeouts {
	or := func(d, def time.Duration) time.Duration {
		if d > 0 {
			return d
		}
		return def
	}
	return timeouts{
		connect:  or(c.ConnectTimeout, 5*time.Second),
		reply:    or(c.ReplyTimeout, 15*time.Second),
		data:     or(c.DataTimeout, 30*time.Second),
		fallback: or(c.FallbackDelay, 300*time.Millisecond),
		confirm:  or(c.ConfirmTimeout, 60*time.Second),
		poll:     or(c.ConfirmPoll, time.Second),
	}
}

// ehloName is what the client calls itself. A fixed name gives away nothing
// about the machine; Gmail accepts any.
const ehloName = "localhost"

// Send signs in as acct and sends msg, then, when Server.IMAPAddr is set,
// waits for msg to arrive (see Result). progress, if not nil, is told each
// phase as it starts, from one goroutine at a time; it must not block.
// An error is always a *Error.
//
// A password that is an app password in Google's spaced form
// ("abcd efgh ijkl mnop") is sent without the spaces, which every Gmail
// service accepts.
func (c *Client) Send(ctx context.Context, acct Account, msg Message, progress func(Phase)) (Result, error) {
	s := c.newSession(ctx, acct, progress)
	if err := checkMessage(msg); err != nil {
		return Result{}, err
	}
	if msg.MessageID == "" {
		msg.MessageID = newMessageID() // confirmation looks for it
	}
	if msg.Date.IsZero() {
		msg.Date = time.Now()
	}
	var conf *confirmer
	if c.Server.IMAPAddr != "" {
		// Connecting to IMAP takes as long as SMTP does; doing both at once
		// makes the wait for the mail start right after the send. IMAP
		// signs in only after SMTP's 235, so a wrong password is tried once.
		conf = c.startConfirm(ctx, s, msg.MessageID, false)
		defer conf.stop()
	}
	raw := msg.render()
	env := envelope{from: msg.From, rcpts: []string{msg.To}}
	res, err := s.run(func(cn *conn, caps capabilities) error {
		return s.submit(cn, caps, env, body{r: bytes.NewReader(raw), head: raw, whole: true})
	})
	if err != nil {
		return s.lookForLost(conf, msg.MessageID, err)
	}
	res.MessageID, res.Code = msg.MessageID, msg.Code
	if conf != nil {
		s.phase(PhaseConfirming)
		res.Arrived, res.ArrivedAfter, res.ConfirmErr = conf.wait(ctx, s.t.confirm)
	}
	return res, nil
}

// lookForLost decides a send that failed. When the message went out and
// the reply to it was lost (KindMaybeSent) and conf can look, it looks for
// the message by its Message-ID until ConfirmTimeout: found, the send
// worked (Result.ReplyLost says how); not found, the error says it was
// searched for. Any other failure is returned as it is.
func (s *session) lookForLost(conf *confirmer, id string, err error) (Result, error) {
	var e *Error
	if conf == nil || id == "" || !errors.As(err, &e) || e.Kind != KindMaybeSent || s.ctx.Err() != nil {
		return Result{}, err
	}
	select {
	case <-s.signedIn:
	default:
		return Result{}, err // the sign-in was never answered: IMAP must not guess
	}
	s.phase(PhaseConfirming)
	found, after, werr := conf.wait(s.ctx, s.t.confirm)
	if found {
		return Result{Port: e.Port, MessageID: id, Arrived: true, ArrivedAfter: after, ReplyLost: true}, nil
	}
	e.Searched = errors.Is(werr, ErrNotArrived)
	return Result{}, e
}

// Verify signs in as acct and out again, sending nothing. progress is as
// for Send. An error is always a *Error.
func (c *Client) Verify(ctx context.Context, acct Account, progress func(Phase)) (Result, error) {
	s := c.newSession(ctx, acct, progress)
	return s.run(func(cn *conn, caps capabilities) error {
		if err := s.auth(cn, caps); err != nil {
			return err
		}
		cn.cmd("QUIT")
		cn.flush() // the reply to QUIT tells nothing worth a round trip
		return nil
	})
}

// appPassword returns p without spaces when it is an app password in
// Google's spaced form: four groups of four letters, perhaps with a
// trailing space. Anything else is left alone.
func appPassword(p string) string {
	q := strings.ReplaceAll(p, " ", "")
	if len(q) != 16 || q == p {
		return p
	}
	for i := 0; i < len(q); i++ {
		if c := q[i] | 0x20; c < 'a' || c > 'z' {
			return p
		}
	}
	return q
}
