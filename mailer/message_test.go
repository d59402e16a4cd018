package mailer

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"mime"
	"mime/quotedprintable"
	"net/mail"
	"strings"
	"testing"
	"time"
)

func TestNewTestMessage(t *testing.T) {
	now := time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)
	m := NewTestMessage("ada@gmail.com", "Prova gmailsetup %s (100%)", "Ciao", now)
	if len(m.Code) != codeLen || strings.Trim(m.Code, codeAlphabet) != "" {
		t.Errorf("code %q", m.Code)
	}
	if m.Subject != "Prova gmailsetup "+m.Code+" (100%)" {
		t.Errorf("subject %q", m.Subject)
	}
	if m.From != "ada@gmail.com" || m.To != "ada@gmail.com" || !m.Date.Equal(now) || m.Body != "Ciao" {
		t.Errorf("message %+v", m)
	}
	if !strings.HasSuffix(m.MessageID, "@gmailsetup.local") || len(m.MessageID) < 20 {
		t.Errorf("message id %q", m.MessageID)
	}
	if m := NewTestMessage("a@b.c", "No placeholder", "", now); m.Subject != "No placeholder "+m.Code {
		t.Errorf("subject %q", m.Subject)
	}
	codes, ids := map[string]bool{}, map[string]bool{}
	for range 2000 {
		m := NewTestMessage("a@b.c", "%s", "", now)
		ids[m.MessageID] = true
		codes[m.Code] = true
	}
	if len(ids) != 2000 || len(codes) < 1990 { // birthday collisions among 2.4e8 codes are rare
		t.Errorf("%d unique ids, %d unique codes of 2000", len(ids), len(codes))
	}
}

func TestRender(t *testing.T) {
	m := NewTestMessage("ada@gmail.com", "Prova è %s", "Riga uno\n.punto\nè già qui, una riga lunga "+strings.Repeat("x", 100)+"\n", time.Now())
	raw := m.render()
	if bytes.Contains(bytes.ReplaceAll(raw, []byte("\r\n"), nil), []byte("\n")) || bytes.Contains(bytes.ReplaceAll(raw, []byte("\r\n"), nil), []byte("\r")) {
		t.Fatalf("bare CR or LF in %q", raw)
	}
	for _, line := range bytes.Split(raw, []byte("\r\n")) {
		if len(line) > 78 && !bytes.HasPrefix(line, []byte("Subject:")) {
			t.Errorf("line longer than 78: %q", line)
		}
	}
	if !isASCII(string(raw)) {
		t.Errorf("message is not 7-bit: %q", raw)
	}
	msg, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	h := msg.Header
	subject, err := new(mime.WordDecoder).DecodeHeader(h.Get("Subject"))
	if err != nil || subject != m.Subject {
		t.Errorf("subject %q (%v), want %q", subject, err, m.Subject)
	}
	if h.Get("Message-Id") != "<"+m.MessageID+">" || h.Get("From") != m.From || h.Get("To") != m.To ||
		h.Get("Mime-Version") != "1.0" || h.Get("Content-Type") != "text/plain; charset=UTF-8" ||
		h.Get("Content-Transfer-Encoding") != "quoted-printable" {
		t.Errorf("headers %v", h)
	}
	if d, err := h.Date(); err != nil || d.Unix() != m.Date.Unix() {
		t.Errorf("date %v %v", d, err)
	}
	body, _ := io.ReadAll(quotedprintable.NewReader(msg.Body))
	if want := strings.ReplaceAll(m.Body, "\n", "\r\n"); string(body) != want {
		t.Errorf("body %q, want %q", body, want)
	}
}

func TestHeaderInjection(t *testing.T) {
	m := NewTestMessage("ada@gmail.com", "x\r\nBcc: eve@example.com", "", time.Now())
	if bytes.Contains(m.render(), []byte("\r\nBcc:")) {
		t.Error("CRLF in subject started a header")
	}
}

// stuff runs in through a dotWriter, split into writes of n bytes.
func stuff(t *testing.T, in string, n int) string {
	t.Helper()
	var out bytes.Buffer
	w := bufio.NewWriter(&out)
	d := &dotWriter{w: w, ctx: context.Background()}
	for p := []byte(in); len(p) > 0; {
		k := min(n, len(p))
		if _, err := d.Write(p[:k]); err != nil {
			t.Fatal(err)
		}
		p = p[k:]
	}
	if err := d.finish(); err != nil {
		t.Fatal(err)
	}
	w.Flush()
	return out.String()
}

func TestDotStuff(t *testing.T) {
	tests := map[string]string{
		"":                     "",
		"a\r\nb\r\n":           "a\r\nb\r\n",
		".\r\n":                "..\r\n",
		"a\r\n.\r\nb\r\n":      "a\r\n..\r\nb\r\n",
		"a\r\n..x\r\n":         "a\r\n...x\r\n",
		"a.b\r\n":              "a.b\r\n",
		".a\r\n.b\r\n":         "..a\r\n..b\r\n",
		"a\nb\n":               "a\r\nb\r\n",
		".a\n.\n":              "..a\r\n..\r\n",
		"a\n\n.b":              "a\r\n\r\n..b\r\n",
		"no end":               "no end\r\n",
		"cr\ralone\r":          "cr\r\nalone\r\n",
		"cr\r.dot\r\n\r\n.":    "cr\r\n..dot\r\n\r\n..\r\n",
		"mixed\r\n.x\ny\r\r\n": "mixed\r\n..x\r\ny\r\n\r\n",
	}
	for in, want := range tests {
		for _, n := range []int{1, 2, 3, len(in) + 1} {
			if got := stuff(t, in, n); got != want {
				t.Errorf("%q in writes of %d: got %q, want %q", in, n, got, want)
			}
		}
	}
}

func TestMessageIDOf(t *testing.T) {
	tests := map[string]string{
		"Message-ID: <a@b>\r\n\r\nbody":                 "a@b",
		"From: x\nmessage-id:\n  <folded@b>\nTo: y\n\n": "folded@b",
		"From: x\r\n\r\nMessage-ID: <in@body>\r\n":      "",
		"Message-ID: <cut@b":                            "", // the header goes on past the head
		"Message-ID: <a b@c>\r\n\r\n":                   "",
		"X-Message-ID: <no@b>\r\n\r\n":                  "",
	}
	for in, want := range tests {
		if got := messageIDOf([]byte(in)); got != want {
			t.Errorf("%q: got %q, want %q", in, got, want)
		}
	}
}

func TestAppPassword(t *testing.T) {
	for in, want := range map[string]string{
		"abcd efgh ijkl mnop":  "abcdefghijklmnop",
		"abcd efgh ijkl mnop ": "abcdefghijklmnop",
		"abcdefghijklmnop":     "abcdefghijklmnop",
		"correct horse":        "correct horse",       // not an app password: as typed
		"abcd efgh ijkl mno1":  "abcd efgh ijkl mno1", // a digit: not one either
	} {
		if got := appPassword(in); got != want {
			t.Errorf("%q: got %q, want %q", in, got, want)
		}
	}
}
