package mailer

import (
	"bytes"
	"crypto/rand"
	"encoding/base32"
	"errors"
	"mime"
	"mime/quotedprintable"
	"strings"
	"time"
)

// codeAlphabet has no look-alikes (0/O, 1/I/L, 5/S, 8/B, 2/Z), so the code
// can be read off a phone screen and typed without doubt.
const codeAlphabet = "ACDEFGHJKMNPQRTUVWXY34679"

// codeLen gives 25^6 ≈ 2.4e8 codes: enough to tell today's test mails apart.
const codeLen = 6

// NewTestMessage is the test mail from addr to itself. It draws a fresh
// Code and a fresh MessageID ("<26 random base32 chars>@gmailsetup.local").
// The first "%s" in subject is replaced by the code; a subject without
// "%s" gets the code appended after a space. Other % signs are left alone,
// so translated subjects need no escaping. body is plain text.
func NewTestMessage(addr, subject, body string, now time.Time) Message {
	code := newCode()
	if strings.Contains(subject, "%s") {
		subject = strings.Replace(subject, "%s", code, 1)
	} else {
		subject += " " + code
	}
	return Message{
		From: addr, To: addr,
		Subject: subject, Body: body,
		Code: code, MessageID: newMessageID(), Date: now,
	}
}

func newCode() string {
	// Rejection sampling keeps every letter equally likely.
	const limit = 256 - 256%len(codeAlphabet)
	out := make([]byte, 0, codeLen)
	var buf [16]byte
	for len(out) < codeLen {
		rand.Read(buf[:])
		for _, b := range buf {
			if int(b) < limit && len(out) < codeLen {
				out = append(out, codeAlphabet[int(b)%len(codeAlphabet)])
			}
		}
	}
	return string(out)
}

// newMessageID has 128 random bits on the left, so it is unique without
// any clock or host name.
func newMessageID() string {
	var b [16]byte
	rand.Read(b[:])
	enc := base32.StdEncoding.WithPadding(base32.NoPadding)
	return strings.ToLower(enc.EncodeToString(b[:])) + "@gmailsetup.local"
}

// errBadAddress is returned for an address that would break the SMTP
// command it goes into.
var errBadAddress = errors.New("mailer: the address contains characters that cannot be sent")

// checkMessage refuses addresses that could inject commands or headers.
// The wizard validates addresses properly; this is the last line.
func checkMessage(m Message) error {
	for _, a := range []string{m.From, m.To} {
		if err := checkAddress(a); err != nil {
			return err
		}
	}
	return nil
}

// CheckAddress reports whether a can go into an SMTP envelope as it is:
// an address with a space (even a quoted one, "a b"@example.com), an
// angle bracket or a control character is refused, before connecting, with
// a KindRejected *Error whose cause is local, not Gmail's. Callers check
// with it first so that such an address is told as the person's mistake,
// never as Gmail's refusal.
func CheckAddress(a string) error { return checkAddress(a) }

func checkAddress(a string) error {
	if a == "" || strings.ContainsAny(a, "<>\r\n\x00 \t") || !isPrintable(a) {
		return &Error{Kind: KindRejected, Err: errBadAddress}
	}
	return nil
}

func isPrintable(s string) bool {
	for _, r := range s {
		if r < 0x20 || r == 0x7f {
			return false
		}
	}
	return true
}

// render is the message in RFC 5322 form with CRLF line ends: headers,
// then the body as quoted-printable UTF-8, which survives any relay.
func (m Message) render() []byte {
	var b bytes.Buffer
	date := m.Date
	if date.IsZero() {
		date = time.Now()
	}
	header := func(k, v string) {
		b.WriteString(k + ": " + oneLine(v) + "\r\n")
	}
	header("Date", date.Format(time.RFC1123Z))
	header("Message-ID", "<"+m.MessageID+">")
	header("From", m.From)
	header("To", m.To)
	header("Subject", mime.QEncoding.Encode("UTF-8", oneLine(m.Subject)))
	header("MIME-Version", "1.0")
	header("Content-Type", "text/plain; charset=UTF-8")
	header("Content-Transfer-Encoding", "quoted-printable")
	b.WriteString("\r\n")
	qp := quotedprintable.NewWriter(&b)
	qp.Write([]byte(m.Body))
	qp.Close()
	if !bytes.HasSuffix(b.Bytes(), []byte("\r\n")) {
		b.WriteString("\r\n")
	}
	return b.Bytes()
}

// oneLine keeps a header value on its line: CR and LF would start a new
// header (or the body).
func oneLine(s string) string {
	return strings.NewReplacer("\r\n", " ", "\r", " ", "\n", " ").Replace(s)
}
