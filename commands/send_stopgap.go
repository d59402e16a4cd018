package commands

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"

	"gmailsetup/mailer"
	"gmailsetup/safetext"
)

// stopgapSender sends a built message with go-smtp's client, over implicit
// TLS on 465 only, until mailer.Client has SendRaw (then newSender returns
// the mailer and this file goes). It classifies failures into the mailer's
// kinds so send's diagnosis is the same.
type stopgapSender struct {
	server mailer.Server
}

func (g stopgapSender) SendRaw(ctx context.Context, acct mailer.Account, from string, rcpts []string, msg io.Reader, progress func(mailer.Phase)) (mailer.Result, error) {
	const port = 465
	phase := func(p mailer.Phase) {
		if progress != nil {
			progress(p)
		}
	}
	fail := func(kind mailer.Kind, err error) (mailer.Result, error) {
		if ctx.Err() != nil {
			kind = mailer.KindCanceled
		}
		e := &mailer.Error{Kind: kind, Port: port, Err: err}
		var se *smtp.SMTPError
		if errors.As(err, &se) {
			e.Code, e.Reply, e.Err = se.Code, safetext.Clean(se.Message), nil
			if se.EnhancedCode != (smtp.EnhancedCode{}) && se.EnhancedCode != smtp.NoEnhancedCode {
				e.Enhanced = fmt.Sprintf("%d.%d.%d", se.EnhancedCode[0], se.EnhancedCode[1], se.EnhancedCode[2])
			}
			if ctx.Err() == nil {
				e.Kind = replyKind(se.Code, e.Enhanced)
			}
		}
		return mailer.Result{}, e
	}

	start := time.Now()
	phase(mailer.PhaseConnecting)
	d := net.Dialer{Timeout: 10 * time.Second}
	raw, err := d.DialContext(ctx, "tcp", g.server.ImplicitAddr)
	if err != nil {
		var dnsErr *net.DNSError
		if errors.As(err, &dnsErr) {
			return fail(mailer.KindDNS, err)
		}
		return fail(mailer.KindPortsBlocked, err)
	}
	defer raw.Close()
	stop := context.AfterFunc(ctx, func() { raw.Close() })
	defer stop()

	phase(mailer.PhaseSecuring)
	tc := tls.Client(raw, &tls.Config{ServerName: g.server.Host, RootCAs: g.server.RootCAs, MinVersion: tls.VersionTLS12})
	if err := tc.HandshakeContext(ctx); err != nil {
		return fail(mailer.KindTLS, err)
	}
	c := smtp.NewClient(tc)
	if err := c.Hello("localhost"); err != nil {
		return fail(mailer.KindConnReset, err)
	}
	phase(mailer.PhaseSigningIn)
	if err := c.Auth(sasl.NewPlainClient("", acct.Email, unspaced(acct.Password))); err != nil {
		return fail(mailer.KindConnReset, err)
	}
	phase(mailer.PhaseSending)
	if err := c.Mail(from, nil); err != nil {
		return fail(mailer.KindConnReset, err)
	}
	for _, r := range rcpts {
		if err := c.Rcpt(r, nil); err != nil {
			return fail(mailer.KindConnReset, err)
		}
	}
	w, err := c.Data()
	if err != nil {
		return fail(mailer.KindConnReset, err)
	}
	if _, err := io.Copy(w, msg); err != nil {
		return fail(mailer.KindConnReset, err)
	}
	if err := w.Close(); err != nil {
		return fail(mailer.KindConnReset, err)
	}
	c.Quit()
	return mailer.Result{Port: port, Elapsed: time.Since(start)}, nil
}

// replyKind is what Gmail's reply code means, as the mailer classifies it.
func replyKind(code int, enhanced string) mailer.Kind {
	switch {
	case code == 535:
		return mailer.KindBadCredentials
	case code == 534:
		return mailer.KindNeedAppPassword
	case code == 454:
		return mailer.KindTooManyAttempts
	case code == 550 && enhanced == "5.4.5":
		return mailer.KindDailyLimit
	case code >= 400 && code < 500:
		return mailer.KindTemporary
	}
	return mailer.KindRejected
}
