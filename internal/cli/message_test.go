package cli

import (
	"bytes"
	"encoding/base64"
	"io"
	"mime/quotedprintable"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-message/mail"
)

func base64Reader(b []byte) io.Reader {
	return base64.NewDecoder(base64.StdEncoding, bytes.NewReader(b))
}

func qpReader(b []byte) io.Reader { return quotedprintable.NewReader(bytes.NewReader(b)) }

func TestBuildEncodesNames(t *testing.T) {
	var buf bytes.Buffer
	_, err := build(&buf, outgoing{
		From:    &mail.Address{Name: "Mario Rossi", Address: testEmail},
		To:      []*mail.Address{{Address: "a@example.com"}},
		Subject: "Fattura n°12\r\nBcc: evil@example.com",
		Body:    []byte("ciao"),
		Date:    time.Date(2026, 3, 5, 10, 0, 0, 0, time.UTC),
		Files: []attachment{{Name: "fattura_n°12_società.pdf", Type: "application/pdf",
			Open: func() (io.ReadCloser, error) { return io.NopCloser(strings.NewReader("%PDF")), nil }}},
	})
	if err != nil {
		t.Fatal(err)
	}
	text := strings.ReplaceAll(buf.String(), "\r\n ", " ") // unfolded
	for _, want := range []string{
		"Content-Disposition: attachment; filename*=utf-8''fattura_n%C2%B012_societ%C3%A0.pdf\r\n", // RFC 2231
		"name=\"=?utf-8?q?fattura=5Fn=C2=B012=5Fsociet=C3=A0.pdf?=\"",                              // RFC 2047
		"Subject: =?utf-8?q?Fattura_n=C2=B012_Bcc:_evil@example.com?=",
		"Content-Type: multipart/mixed; boundary=",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "\r\nBcc:") {
		t.Error("a newline in the subject started a header")
	}
}

func TestGuessType(t *testing.T) {
	cases := map[string]struct {
		head []byte
		want string
	}{
		"fattura.PDF":      {nil, "application/pdf"},
		"foto.jpg":         {nil, "image/jpeg"},
		"senza_estensione": {[]byte("%PDF-1.7"), "application/pdf"},
		"dati":             {[]byte{0, 1, 2, 3}, "application/octet-stream"},
		"vuoto":            {nil, "application/octet-stream"},
	}
	for name, c := range cases {
		if got := guessType(name, c.head); got != c.want {
			t.Errorf("%s: %s, want %s", name, got, c.want)
		}
	}
}
