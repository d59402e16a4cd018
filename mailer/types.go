// Package mailer signs in to Gmail's SMTP submission servers and sends the
// test mail, as fast as the protocol allows, and explains every failure in a
// small set of kinds. It knows nothing of terminals or user interfaces.
package mailer

import (
	"crypto/x509"
	"fmt"
	"time"
)

// Phase is what a send is doing now; the wizard names it next to a spinner.
type Phase int

// The phases of a send, in order.
const (
	PhaseConnecting Phase = iota
	PhaseSecuring
	PhaseSigningIn
	PhaseSending
	PhaseConfirming // waiting for the mail to show up over IMAP
)

// Account is who signs in. Its Password is redacted whenever the value is
// printed, so it cannot leak through a log line or an error.
type Account struct {
	Email    string
	Password string
	// Token, if set, signs in with OAuth 2.0 instead of Password, over
	// SMTP and for the IMAP delivery check. Each Send, SendRaw or Verify
	// calls it once, while the connection is being made, secured and
	// greeted, so a refresh costs no round trip of its own. The token is
	// never logged, shown or kept.
	Token TokenFunc
	// Mechanism is the SASL mechanism for Token: XOAUTH2 (the zero value)
	// or OAUTHBEARER; the other one if the server offers only that.
	Mechanism Mechanism
}

// String hides the password.
func (a Account) String() string { return a.Email + " (password redacted)" }

// GoString hides the password from %#v too.
func (a Account) GoString() string {
	return fmt.Sprintf("mailer.Account{Email:%q, Password:redacted}", a.Email)
}

// Server is where to connect. Gmail() gives the real one; tests and --demo
// point the addresses at loopback and trust their own CA through RootCAs,
// never by skipping verification.
type Server struct {
	Host         string         // TLS server name and EHLO peer, "smtp.gmail.com"
	ImplicitAddr string         // host:port for implicit TLS, normally :465
	StartTLSAddr string         // host:port for STARTTLS, normally :587
	IMAPAddr     string         // host:port for IMAP over TLS, normally :993
	IMAPHost     string         // TLS server name for IMAP, "imap.gmail.com"
	RootCAs      *x509.CertPool // nil means the system roots
}

// Gmail is Google's submission and IMAP service.
func Gmail() Server {
	return Server{
		Host:         "smtp.gmail.com",
		ImplicitAddr: "smtp.gmail.com:465",
		StartTLSAddr: "smtp.gmail.com:587",
		IMAPAddr:     "imap.gmail.com:993",
		IMAPHost:     "imap.gmail.com",
	}
}

// Message is the test mail: from the account to itself.
type Message struct {
	From, To  string
	Subject   string
	Body      string // plain text, UTF-8
	Code      string // short unique code in the subject, to find it in the inbox
	MessageID string // without angle brackets
	Date      time.Time
}

// Result describes a send or sign-in that worked.
type Result struct {
	Port      int           // the port that answered: 465 or 587
	MessageID string        // empty for a sign-in check
	Code      string        // the test mail's code, as in its subject
	Elapsed   time.Duration // from the first dial to the server's last reply
	// Arrived reports whether the message was seen in the mailbox over IMAP;
	// ArrivedAfter is how long after the send it showed up. ConfirmErr says
	// why arrival could not be confirmed; it is not a send failure.
	Arrived      bool
	ArrivedAfter time.Duration
	ConfirmErr   error
	// ReplyLost reports that the server's answer to the message never
	// came, and the message was then found over IMAP by its Message-ID
	// (Arrived is set): it was sent, once.
	ReplyLost bool
}
