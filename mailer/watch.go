package mailer

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"mime"
	"net"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"gmailsetup/internal/safetext"
)

// Watch is what Client.Watch looks for, and how long.
type Watch struct {
	// From is the address a message must come from (any case).
	From string
	// Since is when the watch was asked for: a message that arrived
	// before it is old news. Zero counts only what arrives after the
	// mailbox was opened.
	Since time.Time
	// Skip are the Message-IDs and subject codes of the wizard's own mail:
	// a message carrying one is never taken for the one awaited.
	Skip []string
	// Quiet is how long to watch, once watching, before giving up with
	// ErrNothingArrived (2 min).
	Quiet time.Duration
	// Poll is how often to look when the server does not offer IDLE (5 s).
	Poll time.Duration
	// Watching, if set, is told once the mailbox is open and watched;
	// idle reports whether the server pushes news (IDLE) or is polled.
	Watching func(idle bool)
}

// Arrival is the message Watch waited for.
type Arrival struct {
	Subject   string    // made safe for a terminal, at most 200 bytes
	From      string    // the sender's address
	MessageID string    // without angle brackets
	At        time.Time // when the server received it (INTERNALDATE)
}

// ErrNothingArrived is Watch giving up after Watch.Quiet with nothing new.
var ErrNothingArrived = errors.New("mailer: no new message arrived")

// errTooMuchData is a server that sent more than a watch ever needs.
var errTooMuchData = errors.New("mailer: the IMAP server sent more than expected")

// Bounds of a watch: everything it reads from the server, and how many
// new messages one look fetches. A watch reads greetings, a mailbox list
// and a few envelopes; a server that sends more is cut off, so a hostile
// or broken one cannot make the program grow.
const (
	maxWatchBytes = 1 << 20
	watchBatch    = 20
	maxSubject    = 200
)

// Watch signs in to IMAP once and waits for a new message from w.From,
// read-only: nothing is marked seen, moved or sent. It watches the
// mailbox Gmail files every message in ("All Mail", marked \All), where a
// message to oneself lands even when it skips the inbox, else INBOX;
// with IDLE where the server offers it, else looking every w.Poll. It
// returns the first message that matches; ErrNothingArrived (in a
// *Error of KindTemporary) after w.Quiet; a *Error of KindCanceled when
// ctx ends, which closes the connection at once.
func (c *Client) Watch(ctx context.Context, acct Account, w Watch) (Arrival, error) {
	if acct.Token != nil {
		return Arrival{}, &Error{Kind: KindUnknown, Port: imapPort, Err: errors.New("mailer: watch signs in with a password only")}
	}
	if c.Server.IMAPAddr == "" {
		return Arrival{}, &Error{Kind: KindUnknown, Port: imapPort, Err: errors.New("mailer: no IMAP server")}
	}
	s := c.newSession(ctx, acct, nil)
	if w.Quiet <= 0 {
		w.Quiet = 2 * time.Minute
	}
	if w.Poll <= 0 {
		w.Poll = 5 * time.Second
	}
	wt := &watcher{s: s, w: w, news: make(chan struct{}, 1)}
	a, err := wt.run(ctx)
	if err != nil {
		return Arrival{}, wt.fail(err)
	}
	return a, nil
}

// watcher is one Watch.
type watcher struct {
	s      *session
	w      Watch
	client *imapclient.Client
	news   chan struct{} // the server said the mailbox grew (EXISTS)
	next   imap.UID      // the first UID not yet looked at
	byDate bool          // the server gave no UIDNEXT: Since decides what is new
	conn   *watchConn    // the connection, and whether it was cut for its size
}

func (wt *watcher) run(ctx context.Context) (Arrival, error) {
	srv := wt.s.cl.Server
	d := net.Dialer{Timeout: wt.s.t.connect, Resolver: wt.s.cl.Resolver}
	raw, err := d.DialContext(ctx, "tcp", srv.IMAPAddr)
	if err != nil {
		return Arrival{}, dialError(err)
	}
	// esc, a give-up or the end of the run closes the connection at once,
	// which ends any command waiting for a reply, IDLE included.
	stop := context.AfterFunc(ctx, func() { raw.Close() })
	defer stop()
	defer raw.Close()
	host := srv.IMAPHost
	if host == "" {
		host, _, _ = net.SplitHostPort(srv.IMAPAddr)
	}
	wt.conn = &watchConn{Conn: raw, left: maxWatchBytes}
	tc := tls.Client(wt.conn, &tls.Config{ServerName: host, RootCAs: srv.RootCAs, MinVersion: tls.VersionTLS12})
	hctx, cancel := context.WithTimeout(ctx, wt.s.t.reply)
	err = tc.HandshakeContext(hctx)
	cancel()
	if err != nil {
		return Arrival{}, tlsHandshakeError(err)
	}
	dec := &mime.WordDecoder{}
	wt.client = imapclient.New(logIMAP(tc, wt.s.tr), &imapclient.Options{
		WordDecoder: dec,
		UnilateralDataHandler: &imapclient.UnilateralDataHandler{
			Mailbox: func(data *imapclient.UnilateralDataMailbox) {
				if data.NumMessages != nil {
					select {
					case wt.news <- struct{}{}:
					default:
					}
				}
			},
		},
	})
	defer wt.client.Close()
	if err := wt.client.Login(wt.s.acct.Email, wt.s.acct.Password).Wait(); err != nil {
		return Arrival{}, err
	}
	box, err := wt.mailbox()
	if err != nil {
		return Arrival{}, err
	}
	sel, err := wt.client.Select(box, &imap.SelectOptions{ReadOnly: true}).Wait()
	if err != nil {
		return Arrival{}, err
	}
	wt.next = sel.UIDNext
	if wt.next == 0 {
		// No UIDNEXT: every message is looked at, and only its date tells.
		wt.next, wt.byDate = 1, true
	}
	// What came in between the step opening and the mailbox being open
	// counts too: the last few messages are looked at by their date.
	if a, ok, err := wt.recent(sel.NumMessages); err != nil || ok {
		return a, err
	}
	idle := wt.client.Caps().Has(imap.CapIdle)
	wt.s.tr.log(imapPort, "C", fmt.Sprintf("watching %q for mail from %s (idle %v)", box, wt.w.From, idle))
	quiet := time.NewTimer(wt.w.Quiet)
	defer quiet.Stop()
	if idle {
		return wt.idle(ctx, quiet.C)
	}
	return wt.poll(ctx, quiet.C)
}

// mailbox is the \All mailbox when the server marks one, else INBOX.
func (wt *watcher) mailbox() (string, error) {
	var opts *imap.ListOptions
	if wt.client.Caps().Has(imap.CapSpecialUse) {
		opts = &imap.ListOptions{ReturnSpecialUse: true}
	}
	list, err := wt.client.List("", "*", opts).Collect()
	if err != nil {
		return "", err
	}
	for _, b := range list {
		if slices.Contains(b.Attrs, imap.MailboxAttrAll) {
			return b.Mailbox, nil
		}
	}
	return "INBOX", nil
}

// recheck is how often a watch with IDLE looks anyway: a server may not
// report a message that landed just before IDLE began.
const recheck = 10 * time.Second

// idle waits for the server to say the mailbox grew, then looks.
func (wt *watcher) idle(ctx context.Context, quiet <-chan time.Time) (Arrival, error) {
	watching := wt.w.Watching
	every := time.NewTicker(recheck)
	defer every.Stop()
	for {
		cmd, err := wt.client.Idle()
		if err != nil {
			return Arrival{}, err
		}
		if watching != nil {
			// Only now is a new message sure to be pushed.
			watching(true)
			watching = nil
		}
		select {
		case <-every.C:
		case <-wt.news:
		case <-quiet:
			cmd.Close()
			return Arrival{}, ErrNothingArrived
		case <-ctx.Done():
			return Arrival{}, ctx.Err()
		case <-wt.client.Closed():
			return Arrival{}, errors.Join(errors.New("mailer: the IMAP server closed the connection"), cmd.Wait())
		}
		if err := cmd.Close(); err != nil {
			return Arrival{}, err
		}
		if err := cmd.Wait(); err != nil {
			return Arrival{}, err
		}
		if a, ok, err := wt.look(); err != nil || ok {
			return a, err
		}
	}
}

// poll looks every Poll, for a server without IDLE. NOOP makes the server
// report new messages in the open mailbox.
func (wt *watcher) poll(ctx context.Context, quiet <-chan time.Time) (Arrival, error) {
	if wt.w.Watching != nil {
		wt.w.Watching(false)
	}
	t := time.NewTicker(wt.w.Poll)
	defer t.Stop()
	for {
		select {
		case <-t.C:
		case <-quiet:
			return Arrival{}, ErrNothingArrived
		case <-ctx.Done():
			return Arrival{}, ctx.Err()
		}
		if err := wt.client.Noop().Wait(); err != nil {
			return Arrival{}, err
		}
		if a, ok, err := wt.look(); err != nil || ok {
			return a, err
		}
	}
}

// fetchOpts are the few items a look reads: never a body.
var fetchOpts = &imap.FetchOptions{UID: true, Envelope: true, InternalDate: true}

// recent looks at the last few of n messages for one that arrived since
// Watch.Since.
func (wt *watcher) recent(n uint32) (Arrival, bool, error) {
	if n == 0 || wt.w.Since.IsZero() {
		return Arrival{}, false, nil
	}
	first := uint32(1)
	if n > watchBatch {
		first = n - watchBatch + 1
	}
	msgs, err := wt.client.Fetch(imap.SeqSet{{Start: first, Stop: n}}, fetchOpts).Collect()
	if err != nil {
		return Arrival{}, false, err
	}
	for _, m := range msgs {
		if !m.InternalDate.Before(wt.w.Since) {
			if a, ok := wt.match(m); ok {
				return a, true, nil
			}
		}
	}
	return Arrival{}, false, nil
}

// look fetches the messages with a UID from next on, a batch at a time,
// and moves next past them.
func (wt *watcher) look() (Arrival, bool, error) {
	for {
		stop := wt.next + watchBatch - 1
		msgs, err := wt.client.Fetch(imap.UIDSet{{Start: wt.next, Stop: stop}}, fetchOpts).Collect()
		if err != nil {
			return Arrival{}, false, err
		}
		last := imap.UID(0)
		for _, m := range msgs {
			if m.UID < wt.next || m.UID > stop {
				continue // a server may answer a range with more
			}
			last = max(last, m.UID)
			if wt.byDate && m.InternalDate.Before(wt.w.Since) {
				continue
			}
			if a, ok := wt.match(m); ok {
				wt.next = m.UID + 1
				return a, true, nil
			}
		}
		if last == 0 {
			return Arrival{}, false, nil
		}
		wt.next = last + 1
	}
}

// match reports whether m is the awaited message: from the address, and
// not one of the wizard's own.
func (wt *watcher) match(m *imapclient.FetchMessageBuffer) (Arrival, bool) {
	env := m.Envelope
	if env == nil || len(env.From) == 0 {
		return Arrival{}, false
	}
	from := env.From[0].Addr()
	if !strings.EqualFold(from, wt.w.From) {
		return Arrival{}, false
	}
	id := strings.Trim(env.MessageID, "<> ")
	for _, k := range wt.w.Skip {
		k = strings.Trim(k, "<> ")
		if k != "" && (strings.EqualFold(id, k) || strings.Contains(env.Subject, k)) {
			return Arrival{}, false
		}
	}
	at := m.InternalDate
	if at.IsZero() {
		at = env.Date
	}
	return Arrival{Subject: clipBytes(safetext.Clean(env.Subject), maxSubject), From: safetext.Clean(from), MessageID: safetext.Clean(id), At: at}, true
}

// clipBytes cuts s to at most n bytes, on a rune boundary.
func clipBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !isRuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// fail classifies what ended a watch, as the delivery check does.
func (wt *watcher) fail(err error) *Error {
	switch {
	case errors.Is(err, ErrNothingArrived):
		return &Error{Kind: KindTemporary, Port: imapPort, Err: ErrNothingArrived}
	case errors.Is(err, errTooMuchData) || (wt.conn != nil && wt.conn.tripped.Load()):
		return &Error{Kind: KindOversized, Port: imapPort, Err: errTooMuchData}
	}
	var ie *imap.Error
	if errors.As(err, &ie) {
		kind := KindRejected
		if ie.Code == imap.ResponseCodeAuthenticationFailed {
			kind = KindBadCredentials
		}
		return &Error{Kind: kind, Port: imapPort, Reply: wt.s.secrets.redact(safetext.Clean(ie.Text)), Err: errors.New("imap: " + string(ie.Type))}
	}
	return wt.s.classify(err, imapPort)
}

// watchConn is a watch's connection: it reads at most left bytes in all,
// then fails. It is the watch's own bound, over the whole watch (the
// delivery check's boundedConn counts per command): its memory does not
// depend on what the server sends, however long it watches.
type watchConn struct {
	net.Conn
	left    int64       // the reading goroutine's alone
	tripped atomic.Bool // the limit was reached: why the watch failed
}

func (c *watchConn) Read(p []byte) (int, error) {
	if c.left <= 0 {
		c.tripped.Store(true)
		return 0, errTooMuchData
	}
	if int64(len(p)) > c.left {
		p = p[:c.left]
	}
	n, err := c.Conn.Read(p)
	c.left -= int64(n)
	return n, err
}
