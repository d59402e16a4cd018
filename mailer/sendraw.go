package mailer

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
)

// errNoRecipients is the cause of a SendRaw with no one to send to.
var errNoRecipients = errors.New("mailer: no recipients")

// SendRaw signs in as acct, gives the server from and rcpts as the
// envelope, and streams msg (RFC 5322 bytes, CRLF or LF line endings) to
// it: line ends become CRLF and dots are doubled on the fly, and a last
// line without its end gets one, so a message of any size (Gmail takes up
// to 25 MB) is never held in memory whole. Client.BodyProgress, if set,
// hears how much of it has gone. progress is as for Send. An error is
// always a *Error.
//
// On a server with PIPELINING and CHUNKING (Gmail), a message of up to
// 64 KB for one recipient goes out with AUTH, MAIL and RCPT in one write,
// as BDAT LAST, with QUIT: one round trip after EHLO, as for Send. Else, on
// a server with PIPELINING, AUTH, MAIL, every RCPT and DATA go out in one
// write, and the message, the final dot and QUIT in the last: two.
//
// The send is all or nothing. If the server refuses any recipient, the
// message goes to none: the error's Kind is what the first refusal means
// (KindRejected for an unknown or malformed address; KindDailyLimit,
// KindTemporary when the reply says so), with the refused recipients in
// Error.Recipients and Error(). When the server has already said go ahead
// to DATA, the connection is closed before the final dot, which makes it
// drop the message.
//
// Unlike Send, SendRaw does not wait for the message to show up over IMAP,
// but for one case: when the whole message went out and the server's
// answer never came (KindMaybeSent), it looks for the message by its
// Message-ID in the mailbox marked \Sent (Gmail's "Sent Mail") until
// ConfirmTimeout, if the sign-in was accepted and Server.IMAPAddr is set;
// see Result.ReplyLost and Error.Searched.
// Result.MessageID is the message's Message-ID header, without angle
// brackets, when the header section is within the first 32 KB; else "".
//
// MAIL FROM carries BODY=8BITMIME when the server offers 8BITMIME and the
// message has bytes above 127, or is longer than the 64 KB looked at before
// sending (its tail is unknown, and 7-bit text declared 8-bit is still
// right); SMTPUTF8 when the server offers it and an address is not ASCII.
// A message with 8-bit bytes for a server without 8BITMIME is sent as it
// is: Gmail always offers it, and the client does not re-encode.
//
// msg is read as the send goes; a cancel of ctx is noticed between reads
// (at least every 32 KB) but does not interrupt a Read that blocks. A read
// error aborts the send, without the final dot, as KindUnknown.
func (c *Client) SendRaw(ctx context.Context, acct Account, from string, rcpts []string, msg io.Reader, progress func(Phase)) (Result, error) {
	s := c.newSession(ctx, acct, progress)
	if len(rcpts) == 0 {
		return Result{}, &Error{Kind: KindRejected, Err: errNoRecipients}
	}
	for _, a := range append([]string{from}, rcpts...) {
		if err := checkAddress(a); err != nil {
			return Result{}, err
		}
	}
	readErr := func(err error) error {
		if ctx.Err() != nil {
			return s.classify(ctx.Err(), 0)
		}
		return &Error{Kind: KindUnknown, Err: fmt.Errorf("mailer: reading the message: %w", err)}
	}
	br := bufio.NewReaderSize(msg, headSize)
	head, err := br.Peek(headSize)
	whole := false
	switch {
	case errors.Is(err, io.EOF):
		whole = true
	case err != nil:
		return Result{}, readErr(err)
	}
	id := messageIDOf(head) // head is good only until br is read
	b := body{r: br, head: head, whole: whole}
	if !whole {
		// A message of up to chunkMax bytes may still go in one BDAT
		// chunk: read that much more to know. A bigger one pays for this
		// buffer once and streams on from it.
		more := make([]byte, chunkMax+1)
		n, err := io.ReadFull(br, more)
		switch {
		case errors.Is(err, io.ErrUnexpectedEOF):
			b = body{r: bytes.NewReader(more[:n]), head: more[:n], whole: true}
		case err != nil:
			return Result{}, readErr(err)
		default:
			b = body{r: io.MultiReader(bytes.NewReader(more), br), head: more[:headSize], whole: false}
		}
	}
	env := envelope{from: from, rcpts: rcpts}
	res, err := s.run(func(cn *conn, caps capabilities) error {
		return s.submit(cn, caps, env, b)
	})
	if err != nil {
		var conf *confirmer
		if KindOf(err) == KindMaybeSent && id != "" && c.Server.IMAPAddr != "" {
			conf = c.startConfirm(ctx, s, id, true)
			defer conf.stop()
		}
		return s.lookForLost(conf, id, err)
	}
	res.MessageID = id
	return res, nil
}
