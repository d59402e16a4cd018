package cli

import (
	"bytes"
	"crypto/rand"
	"encoding/base32"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/emersion/go-message/mail"
)

// Gmail's size limits. MaxAttachBytes is the published 25 MB, which Gmail
// counts before encoding; MaxMessageBytes is what smtp.gmail.com announces
// in its EHLO SIZE, 25 MiB in base64 with line breaks plus room for headers.
const (
	MaxAttachBytes  = 25 << 20
	MaxMessageBytes = 35882577
)

// outgoing is a mail to build: who, what, and the files to attach.
type outgoing struct {
	From    *mail.Address
	To, Cc  []*mail.Address
	Subject string
	Body    []byte // UTF-8 plain text
	Files   []attachment
	Date    time.Time
	// MessageID is without angle brackets; build draws one when empty.
	MessageID string
}

// attachment is one file, already opened so a missing or unreadable one is
// found before anything is built or sent.
type attachment struct {
	Name string // the file's base name, as the recipient will see it
	Type string // MIME type, guessed by guessType
	Size int64
	Open func() (io.ReadCloser, error)
}

// errBodyNotText is returned for a body that is not UTF-8 text.
var errBodyNotText = errors.New("the body is not UTF-8 text")

// build renders m in RFC 5322 form with go-message: a single text/plain part
// without attachments, else multipart/mixed with the text first. The
// subject is RFC 2047-encoded; attachment names are RFC 2231-encoded in
// Content-Disposition (the standard) and RFC 2047-encoded in Content-Type's
// name (what older clients read). It returns the Message-ID used.
func build(w io.Writer, m outgoing) (string, error) {
	if !utf8.Valid(m.Body) {
		return "", errBodyNotText
	}
	id := m.MessageID
	if id == "" {
		id = newMessageID()
	}
	var h mail.Header
	h.SetDate(m.Date)
	h.SetMessageID(id)
	h.SetAddressList("From", []*mail.Address{m.From})
	h.SetAddressList("To", m.To)
	h.SetAddressList("Cc", m.Cc)
	h.SetSubject(oneLine(m.Subject))

	if len(m.Files) == 0 {
		h.SetContentType("text/plain", map[string]string{"charset": "utf-8"})
		h.Set("Content-Transfer-Encoding", "quoted-printable")
		body, err := mail.CreateSingleInlineWriter(w, h)
		if err != nil {
			return "", err
		}
		if _, err := body.Write(m.Body); err != nil {
			return "", err
		}
		return id, body.Close()
	}

	mw, err := mail.CreateWriter(w, h)
	if err != nil {
		return "", err
	}
	var th mail.InlineHeader
	th.SetContentType("text/plain", map[string]string{"charset": "utf-8"})
	text, err := mw.CreateSingleInline(th)
	if err != nil {
		return "", err
	}
	if _, err := text.Write(m.Body); err != nil {
		return "", err
	}
	if err := text.Close(); err != nil {
		return "", err
	}
	for _, f := range m.Files {
		if err := addFile(mw, f); err != nil {
			return "", err
		}
	}
	return id, mw.Close()
}

// addFile writes one attachment part, base64-encoded by go-message.
func addFile(mw *mail.Writer, f attachment) error {
	var ah mail.AttachmentHeader
	typ, params, err := mime.ParseMediaType(f.Type)
	if err != nil {
		typ, params = "application/octet-stream", map[string]string{}
	}
	params["name"] = f.Name
	ah.SetContentType(typ, params)
	// mime.FormatMediaType writes a non-ASCII value as RFC 2231
	// (filename*=utf-8''…); go-message's SetFilename would use RFC 2047,
	// which the standard does not allow in parameters.
	ah.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": f.Name}))
	part, err := mw.CreateAttachment(ah)
	if err != nil {
		return err
	}
	r, err := f.Open()
	if err != nil {
		part.Close()
		return err
	}
	defer r.Close()
	if _, err := io.Copy(part, r); err != nil {
		part.Close()
		return err
	}
	return part.Close()
}

// guessType is the MIME type for a file: from its extension, else from its
// first bytes (head), else application/octet-stream.
func guessType(name string, head []byte) string {
	if t := mime.TypeByExtension(strings.ToLower(filepath.Ext(name))); t != "" {
		return t
	}
	if len(head) == 0 {
		return "application/octet-stream"
	}
	return http.DetectContentType(head)
}

// newMessageID has 128 random bits on the left, like the test mail's, so
// it is unique without the host name (which it would give away).
func newMessageID() string {
	var b [16]byte
	rand.Read(b[:])
	enc := base32.StdEncoding.WithPadding(base32.NoPadding)
	return strings.ToLower(enc.EncodeToString(b[:])) + "@gmailsetup.local"
}

// oneLine keeps a header value on its line.
func oneLine(s string) string {
	return strings.NewReplacer("\r\n", " ", "\r", " ", "\n", " ").Replace(s)
}

// renderMessage builds m into memory, so its exact size is known before
// connecting. It refuses a message larger than Gmail takes.
func renderMessage(m outgoing) (*bytes.Buffer, string, error) {
	var buf bytes.Buffer
	id, err := build(&buf, m)
	if err != nil {
		return nil, "", err
	}
	if buf.Len() > MaxMessageBytes {
		return nil, "", &tooLargeError{Size: int64(buf.Len()), Limit: MaxMessageBytes}
	}
	return &buf, id, nil
}

// tooLargeError is a mail Gmail would refuse for its size.
type tooLargeError struct{ Size, Limit int64 }

func (e *tooLargeError) Error() string {
	return fmt.Sprintf("the mail is %d bytes, more than Gmail's %d", e.Size, e.Limit)
}
