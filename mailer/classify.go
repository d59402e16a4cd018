package mailer

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"io"
	"net"
	"syscall"

	"gmailsetup/internal/safetext"
)

// kindOfReply maps a refusal to what it means for the person. The codes
// are Gmail's (see /work/shared/reference/gmail.md); the enhanced code
// separates 534 5.7.9 (app password needed) from other 534s, such as
// 5.7.14 (sign in with a browser first), and 454 4.7.0 (too many sign-ins)
// from other 454s.
func kindOfReply(rep reply) Kind {
	switch {
	case rep.Code == 535:
		return KindBadCredentials
	case rep.Code == 534 && rep.Enhanced == "5.7.9":
		return KindNeedAppPassword
	case rep.Code == 454 && rep.Enhanced == "4.7.0":
		return KindTooManyAttempts
	case rep.Code == 550 && rep.Enhanced == "5.4.5":
		return KindDailyLimit
	case rep.Code >= 400 && rep.Code < 500:
		return KindTemporary
	case rep.Code >= 500:
		return KindRejected
	}
	return KindUnknown
}

// replyError is the *Error for an unexpected reply. The text is made safe
// for a terminal and cleared of anything secret a server might echo.
func (s *session) replyError(rep reply, port int) *Error {
	return &Error{
		Kind:     kindOfReply(rep),
		Code:     rep.Code,
		Enhanced: rep.Enhanced,
		Reply:    s.secrets.redact(safetext.Clean(rep.Text())),
		Port:     port,
	}
}

// classify turns any failure into a *Error. A cancelled context wins over
// whatever error the closing of the connection caused.
func (s *session) classify(err error, port int) *Error {
	if err == nil {
		return nil
	}
	var lost *Error
	if errors.As(err, &lost) && lost.Kind == KindMaybeSent {
		return lost // the message is out: a cancel now does not unsend it
	}
	if s.ctx.Err() != nil {
		return &Error{Kind: KindCanceled, Port: port, Err: context.Cause(s.ctx)}
	}
	var e *Error
	if errors.As(err, &e) {
		if e.Port == 0 {
			e.Port = port
		}
		return e
	}
	return &Error{Kind: kindOfErr(err), Port: port, Err: err}
}

// kindOfErr classifies an error that is not a reply.
func kindOfErr(err error) Kind {
	var (
		dnsErr   *net.DNSError
		verify   *tls.CertificateVerificationError
		unknown  x509.UnknownAuthorityError
		hostname x509.HostnameError
		invalid  x509.CertificateInvalidError
		record   tls.RecordHeaderError
		alert    tls.AlertError
		netErr   net.Error
	)
	switch {
	case errors.Is(err, context.Canceled):
		return KindCanceled
	case errors.Is(err, errTooMuch), errors.Is(err, errIMAPTooMuch):
		return KindOversized
	case errors.As(err, &dnsErr):
		return KindDNS
	case errors.As(err, &verify), errors.As(err, &unknown), errors.As(err, &hostname),
		errors.As(err, &invalid), errors.As(err, &record), errors.As(err, &alert):
		return KindTLS
	case isReset(err):
		return KindConnReset
	case errors.As(err, &netErr) && netErr.Timeout():
		// The server took the connection and then did not answer in time:
		// overloaded, or something in between is holding the traffic.
		return KindTemporary
	}
	return KindUnknown
}

// isReset reports a connection cut by the other side or on the way.
func isReset(err error) bool {
	return errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.EPIPE) ||
		errors.Is(err, syscall.ECONNABORTED) || errors.Is(err, io.EOF) ||
		errors.Is(err, io.ErrUnexpectedEOF)
}

// tlsHandshakeError classifies a failed handshake: a cut connection or a
// timeout keeps its kind, anything else is a TLS failure (a certificate
// that does not verify, a protocol version below 1.2, a server that does
// not speak TLS at all).
func tlsHandshakeError(err error) error {
	switch kindOfErr(err) {
	case KindConnReset, KindTemporary, KindCanceled:
		return err
	}
	return &Error{Kind: KindTLS, Err: err}
}

// dialError classifies a failed connect: a name that does not resolve is a
// DNS failure, anything else (refused, unreachable, no answer) means the
// port cannot be reached.
func dialError(err error) error {
	if kindOfErr(err) == KindDNS {
		return &Error{Kind: KindDNS, Err: err}
	}
	if errors.Is(err, context.Canceled) {
		return err
	}
	return &Error{Kind: KindPortsBlocked, Err: err}
}
