package mailer

import (
	"context"
	"crypto/tls"
	"encoding/base64"
	"errors"
	"fmt"
	"net"
	"slices"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"gmailsetup/internal/safetext"
)

// ErrNotArrived is the cause (Error.Err) of a Result.ConfirmErr when the
// message did not show up within Client.ConfirmTimeout. The mail was sent;
// Gmail may simply be slow.
var ErrNotArrived = errors.New("mailer: the message has not shown up in the mailbox yet")

// imapPort tags IMAP lines in the debug transcript.
const imapPort = 993

// confirmer connects to IMAP while SMTP runs, signs in once SMTP has, and
// after the send looks for the message by its Message-ID: in INBOX, and in
// the mailbox marked \All (Gmail's "All Mail"), where a message to oneself
// lands even when Gmail keeps it out of the inbox.
type confirmer struct {
	s      *session
	id     string
	ctx    context.Context // ends the IMAP connection when done
	cancel context.CancelFunc
	ready  chan struct{} // closed when signed in or failed
	// sent looks in the mailbox marked \Sent (Gmail's "Sent Mail")
	// instead of INBOX and \All: where a mail to anyone shows up.
	sent bool
	bc   *boundedConn // the connection under go-imap, with its limits

	// Set before ready is closed.
	client *imapclient.Client
	boxes  []string
	err    error
}

func (c *Client) startConfirm(ctx context.Context, s *session, messageID string, sent bool) *confirmer {
	cctx, cancel := context.WithCancel(ctx)
	cf := &confirmer{s: s, id: messageID, ctx: cctx, cancel: cancel, ready: make(chan struct{}), sent: sent}
	go cf.signIn()
	return cf
}

// signIn connects, signs in and finds the mailboxes to search.
func (cf *confirmer) signIn() {
	defer close(cf.ready)
	srv := cf.s.cl.Server
	d := net.Dialer{Timeout: cf.s.t.connect, Resolver: cf.s.cl.Resolver}
	raw, err := d.DialContext(cf.ctx, "tcp", srv.IMAPAddr)
	if err != nil {
		cf.err = cf.fail(dialError(err))
		return
	}
	// Ending the context (stop, a timeout, the person cancelling) closes
	// the connection, which unblocks any command waiting for a reply.
	context.AfterFunc(cf.ctx, func() { raw.Close() })

	host := srv.IMAPHost
	if host == "" {
		host, _, _ = net.SplitHostPort(srv.IMAPAddr)
	}
	tc := tls.Client(raw, &tls.Config{ServerName: host, RootCAs: srv.RootCAs, MinVersion: tls.VersionTLS12})
	hctx, cancel := context.WithTimeout(cf.ctx, cf.s.t.reply)
	defer cancel()
	if err := tc.HandshakeContext(hctx); err != nil {
		raw.Close()
		cf.err = cf.fail(tlsHandshakeError(err))
		return
	}
	// The IMAP connection is ready, but signs in only once SMTP has taken
	// the same credentials: a wrong password then costs one failed sign-in
	// at Google, not two. SMTP's AUTH is answered well before its message
	// is, so this costs the confirmation no time.
	select {
	case <-cf.s.signedIn:
	case <-cf.ctx.Done():
		raw.Close()
		cf.err = &Error{Kind: KindCanceled, Port: imapPort, Err: context.Cause(cf.ctx)}
		return
	}
	// The limits sit under the transcript, which keeps a line until its
	// end: an endless line must stop here before it grows there.
	cf.bc = newBoundedConn(tc)
	c := imapclient.New(logIMAP(cf.bc, cf.s.tr), nil)
	if err := cf.login(c); err != nil {
		c.Close()
		cf.err = cf.fail(err)
		return
	}
	cf.bc.newCommand()
	var opts *imap.ListOptions
	if c.Caps().Has(imap.CapSpecialUse) {
		opts = &imap.ListOptions{ReturnSpecialUse: true}
	}
	boxes, want := []string{"INBOX"}, imap.MailboxAttrAll
	if cf.sent {
		boxes, want = nil, imap.MailboxAttrSent
	}
	cf.bc.newCommand()
	list, err := c.List("", "*", opts).Collect()
	if err != nil {
		c.Close()
		cf.err = cf.fail(err)
		return
	}
	for _, b := range list {
		if slices.Contains(b.Attrs, want) {
			boxes = append(boxes, b.Mailbox)
		}
	}
	cf.s.tr.log(imapPort, "C", fmt.Sprintf("searching %q for Message-ID %s", boxes, cf.id))
	cf.client, cf.boxes = c, boxes
}

// login signs in with the password, or with the access token and the
// mechanism SMTP signed in with. The token has come by now: SMTP's 235
// needed it.
func (cf *confirmer) login(c *imapclient.Client) error {
	s := cf.s
	if s.acct.Token == nil {
		return c.Login(s.acct.Email, s.acct.Password).Wait()
	}
	tok, err := s.token()
	if err != nil {
		return err
	}
	host := s.cl.Server.IMAPHost
	cl := saslToken(s.mech, s.acct.Email, tok, host, imapPort)
	_, ir, _ := cl.Start()
	s.secrets.add(base64.StdEncoding.EncodeToString(ir))
	return c.Authenticate(cl)
}

// wait looks for the message every poll interval until it is found, limit
// has passed or ctx ends. It reports whether and how soon it arrived, or
// why that could not be told; it never makes the send fail.
func (cf *confirmer) wait(ctx context.Context, limit time.Duration) (bool, time.Duration, error) {
	sent := time.Now()
	wctx, cancel := context.WithTimeout(ctx, limit)
	defer cancel()
	stop := context.AfterFunc(wctx, cf.cancel)
	defer stop()

	ended := func() error {
		if ctx.Err() != nil {
			return &Error{Kind: KindCanceled, Err: context.Cause(ctx)}
		}
		return &Error{Kind: KindTemporary, Err: ErrNotArrived}
	}
	select {
	case <-cf.ready:
	case <-wctx.Done():
		return false, 0, ended()
	}
	if cf.err != nil {
		return false, 0, cf.err
	}
	poll := time.NewTicker(cf.s.t.poll)
	defer poll.Stop()
	for {
		for _, box := range cf.boxes {
			found, err := cf.search(box)
			switch {
			case wctx.Err() != nil:
				return false, 0, ended()
			case err != nil:
				return false, 0, cf.fail(err)
			case found:
				cf.s.tr.log(imapPort, "S", "found in "+box)
				return true, time.Since(sent), nil
			}
		}
		select {
		case <-poll.C:
		case <-wctx.Done():
			return false, 0, ended()
		}
	}
}

// search reports whether box holds the message. Selecting again each time
// gives a fresh view of the mailbox; read-only, so nothing is marked seen.
func (cf *confirmer) search(box string) (bool, error) {
	cf.bc.newCommand()
	if _, err := cf.client.Select(box, &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
		return false, err
	}
	cf.bc.newCommand()
	data, err := cf.client.Search(&imap.SearchCriteria{
		Header: []imap.SearchCriteriaHeaderField{{Key: "Message-ID", Value: cf.id}},
	}, nil).Wait()
	if err != nil {
		return false, err
	}
	return len(data.AllSeqNums()) > 0, nil
}

// stop ends the IMAP session and waits for the sign-in to have returned.
func (cf *confirmer) stop() {
	cf.cancel()
	<-cf.ready
	if cf.client != nil {
		cf.client.Close()
	}
}

// fail classifies an IMAP failure. A NO from the server keeps its text,
// sanitised: Gmail explains there why IMAP is refused.
func (cf *confirmer) fail(err error) *Error {
	if cf.bc != nil && cf.bc.overLimit() && cf.s.ctx.Err() == nil {
		// go-imap's error says only that the response could not be read.
		return &Error{Kind: KindOversized, Port: imapPort, Err: errIMAPTooMuch}
	}
	var ie *imap.Error
	if errors.As(err, &ie) {
		kind := KindRejected
		switch {
		case ie.Code == imap.ResponseCodeAuthenticationFailed && cf.s.acct.Token != nil:
			kind = KindTokenRefused
		case ie.Code == imap.ResponseCodeAuthenticationFailed:
			kind = KindBadCredentials
		case ie.Type == imap.StatusResponseTypeNo && ie.Code == imap.ResponseCodeUnavailable:
			kind = KindTemporary
		}
		return &Error{Kind: kind, Port: imapPort, Reply: cf.s.secrets.redact(safetext.Clean(ie.Text)), Err: errors.New("imap: " + string(ie.Type))}
	}
	e := cf.s.classify(err, imapPort)
	return e
}
