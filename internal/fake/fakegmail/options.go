package fakegmail

import (
	"io"
	"time"
)

// DemoPassword is the app password `gmailsetup --demo` accepts. Like a real
// one it is 16 letters; show it to people in Google's spaced form,
// DemoPasswordSpaced, which the fake accepts too.
const (
	DemoPassword       = "demoappspassword"
	DemoPasswordSpaced = "demo apps pass word"
)

// Hostile is reply text built to attack a terminal: an OSC 8 link, a CSI
// colour, a raw C1 CSI (U+009B), a carriage return, backspaces, a NUL and a
// right-to-left override. Tests pass it as Options.HostileText.
const Hostile = "\x1b]8;;https://evil.example/\x07click here\x1b]8;;\x07 " +
	"\x1b[31mred\x1b[0m \u009b2J overwrite\rEVIL\b\b\b\x00 \u202Etxt.exe"

// Stage is the point of the conversation where a scripted failure happens.
type Stage int

// The stages a failure can be scripted at.
const (
	StageNone     Stage = iota
	StageGreeting       // instead of the 220 greeting
	StageAuth           // in reply to AUTH
	StageMail           // in reply to MAIL FROM
	StageRcpt           // in reply to RCPT TO
	StageData           // in reply to the final dot
)

// LostReply is how the server loses its reply to a message it has taken.
type LostReply int

// The ways of losing the reply to a message.
const (
	ReplyAnswered LostReply = iota // the normal 250
	ReplyHangUp                    // the connection is closed, no reply
	ReplySilent                    // nothing is said until the client closes
)

// Options script the fake. The zero value is a well-behaved Gmail that
// accepts DemoPassword for any address.
type Options struct {
	// Address is the only account that may sign in; empty accepts any.
	Address string
	// Password is the account's app password; empty means DemoPassword.
	// SMTP also accepts it with spaces; IMAP, like some real servers, only
	// without.
	Password string
	// Tokens approves the OAuth 2.0 access tokens that XOAUTH2 and
	// OAUTHBEARER sign in with, over SMTP and IMAP; nil approves none. A
	// token it refuses gets Gmail's answer: a 334 (IMAP: "+") challenge
	// with a JSON status, then 535 5.7.8 (IMAP: NO [AUTHENTICATIONFAILED]).
	Tokens TokenChecker
	// GooglePassword is the account's normal password. Signing in with it
	// gets Gmail's 534 5.7.9 "Application-specific password required".
	GooglePassword string

	// TooManyAttempts answers every AUTH with 454 4.7.0.
	TooManyAttempts bool
	// AuthDelay holds every SMTP AUTH reply this long, as Google's sign-in
	// checks sometimes take: long enough for a client that signs in to IMAP
	// at the same time to be caught doing it.
	AuthDelay time.Duration
	// DailyLimit answers 550 5.4.5 at StageMail, StageRcpt or StageData.
	DailyLimit Stage
	// Temporary answers 421 4.7.0 at the stage and closes the connection.
	Temporary Stage
	// Reset cuts the TCP connection (RST) when the stage is reached.
	Reset Stage
	// RefuseRcpt answers RCPT TO with 550 5.1.1 (no such user).
	RefuseRcpt bool
	// LoginOnly offers AUTH LOGIN alone, as some servers other than Gmail
	// do, and refuses PLAIN.
	LoginOnly bool
	// NoPipelining leaves PIPELINING out of the EHLO reply.
	NoPipelining bool
	// NoChunking leaves CHUNKING (RFC 3030, BDAT) out of the EHLO reply,
	// as servers other than Gmail may.
	NoChunking bool
	// NoStartTLS makes the STARTTLS listener (the "587") not offer it.
	NoStartTLS bool
	// NoGreeting accepts connections and then says nothing.
	NoGreeting bool
	// AfterData is what the server does once it has read a whole message
	// (the final dot, or BDAT LAST) and taken it: by default it answers
	// 250; LoseReply delivers it and goes away without a word.
	AfterData LostReply
	// HostileText is put into every scripted failure reply.
	HostileText string

	// IMAP also starts an IMAP server over TLS whose INBOX and
	// "[Gmail]/All Mail" receive what the SMTP side accepts.
	IMAP bool
	// DeliveryDelay is how long a message takes to show up over IMAP.
	DeliveryDelay time.Duration
	// LoseMail accepts messages over SMTP that never show up over IMAP.
	LoseMail bool
	// SkipInbox delivers to All Mail only, as Gmail may for mail from
	// oneself.
	SkipInbox bool
	// IMAPDisabled refuses every IMAP sign-in, as Gmail does for an
	// account with IMAP turned off.
	IMAPDisabled bool
	// NoIdle leaves IDLE out of the IMAP capabilities, as some servers
	// other than Gmail do: a watch must poll.
	NoIdle bool

	// Debug, if set, receives the SMTP server's side of every conversation
	// (after TLS, with AUTH payloads as sent: use it only with test data).
	Debug io.Writer
}
