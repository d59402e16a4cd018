package mailer

import (
	"errors"
	"fmt"
	"strings"

	"gmailsetup/internal/safetext"
)

// Kind is what a failure means for the person, not how it happened.
type Kind int

// The kinds of failure; the wizard has a plain-language text for each.
const (
	KindUnknown         Kind = iota
	KindBadCredentials       // 535 5.7.8: wrong or revoked app password
	KindNeedAppPassword      // 534 5.7.9: the normal Google password was used
	KindTooManyAttempts      // 454 4.7.0
	KindDailyLimit           // 550 5.4.5
	KindTemporary            // 421, other 4xx
	KindTLS                  // handshake or certificate failure
	KindDNS                  // the name did not resolve
	KindPortsBlocked         // neither 465 nor 587 could be reached
	KindConnReset            // the connection was cut
	KindNoStartTLS           // 587 answered without STARTTLS: refused, never AUTH in clear
	KindRejected             // another permanent refusal (5xx)
	KindCanceled             // the person stopped it
	KindTokenRefused         // 535 after XOAUTH2/OAUTHBEARER: the access token was refused
	KindTokenRefresh         // Account.Token could not get an access token
	// KindMaybeSent: the whole message went out, and the server's answer
	// never came (it hung up, or said nothing within DataTimeout). The
	// mail may have been sent; sending it again may send it twice.
	KindMaybeSent
	// KindOversized: the server sent more than any mail server would (an
	// endless line, a huge literal, a flood of responses), so the client
	// stopped reading: something between here and Gmail is not right.
	KindOversized
)

// lastKind is the last Kind, for Kinds.
const lastKind = KindOversized

var kindNames = map[Kind]string{
	KindUnknown: "unknown", KindBadCredentials: "bad-credentials", KindNeedAppPassword: "need-app-password",
	KindTooManyAttempts: "too-many-attempts", KindDailyLimit: "daily-limit", KindTemporary: "temporary",
	KindTLS: "tls", KindDNS: "dns", KindPortsBlocked: "ports-blocked", KindConnReset: "connection-reset",
	KindNoStartTLS: "no-starttls", KindRejected: "rejected", KindCanceled: "canceled",
	KindTokenRefused: "token-refused", KindTokenRefresh: "token-refresh",
	KindMaybeSent: "maybe-sent", KindOversized: "oversized",
}

// Kinds lists every kind, for catalogs and tests that must cover them all.
func Kinds() []Kind {
	ks := make([]Kind, 0, len(kindNames))
	for k := KindUnknown; k <= lastKind; k++ {
		ks = append(ks, k)
	}
	return ks
}

// String is the kind's stable name, used as a catalog key suffix.
func (k Kind) String() string {
	if s, ok := kindNames[k]; ok {
		return s
	}
	return fmt.Sprintf("kind(%d)", int(k))
}

// Error is a classified failure. Reply is the server's reply, already
// sanitised for a terminal; it never contains the password.
type Error struct {
	Kind     Kind
	Code     int    // SMTP reply code, 0 when there was no reply
	Enhanced string // RFC 3463 code such as "5.7.8", if the server gave one
	Reply    string // the server's reply text, sanitised
	Port     int
	Err      error // the underlying cause, if any
	// Recipients are, when the failure is a refused RCPT TO, the
	// recipients the server refused, in order, sanitised like Reply; Code,
	// Enhanced and Reply are the first refusal's.
	Recipients []string
	// Searched is set on a KindMaybeSent when the client looked for the
	// message over IMAP by its Message-ID (in the mailbox for Send, in
	// Sent Mail for SendRaw) until ConfirmTimeout, and did not find it.
	Searched bool
}

// Error describes the failure on one line, safe to print on a terminal:
// causes such as certificate errors quote what the server sent.
func (e *Error) Error() string {
	var s string
	switch {
	case e.Code != 0:
		s = fmt.Sprintf("%s: %d %s %s", e.Kind, e.Code, e.Enhanced, e.Reply)
	case e.Err != nil:
		s = fmt.Sprintf("%s: %v", e.Kind, e.Err)
	default:
		s = e.Kind.String()
	}
	if len(e.Recipients) > 0 {
		s += " (refused: " + strings.Join(e.Recipients, ", ") + ")"
	}
	return safetext.Clean(s)
}

func (e *Error) Unwrap() error { return e.Err }

// KindOf returns the kind of err, KindUnknown for an unclassified error.
func KindOf(err error) Kind {
	var e *Error
	if errors.As(err, &e) {
		return e.Kind
	}
	return KindUnknown
}
