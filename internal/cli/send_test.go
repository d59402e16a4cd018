package cli

import (
	"bytes"
	"crypto/rand"
	"io"
	"mime"
	"mime/multipart"
	"net/mail"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	gomail "github.com/emersion/go-message/mail"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/internal/i18n"
)

// sendHarness has the account saved and a folder for the files to attach.
func sendHarness(t *testing.T, opts fakegmail.Options) (*harness, string) {
	t.Helper()
	h := newHarness(t, opts, false)
	h.save(testEmail, testSecret)
	return h, t.TempDir()
}

func writeFile(t *testing.T, path string, data []byte) string {
	t.Helper()
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// receivedPart is one part of a received mail, decoded.
type receivedPart struct {
	Type, Name, Disposition string
	Body                    []byte
}

// parseReceived reads a mail as a recipient's program would, with the
// standard library only: the headers, and each part decoded.
func parseReceived(t *testing.T, data []byte) (*mail.Message, []receivedPart) {
	t.Helper()
	msg, err := mail.ReadMessage(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("received mail does not parse: %v", err)
	}
	mt, params, err := mime.ParseMediaType(msg.Header.Get("Content-Type"))
	if err != nil || mt != "multipart/mixed" {
		t.Fatalf("Content-Type %q (%v)", msg.Header.Get("Content-Type"), err)
	}
	mr := multipart.NewReader(msg.Body, params["boundary"])
	var parts []receivedPart
	for {
		p, err := mr.NextRawPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		raw, _ := io.ReadAll(p)
		var body []byte
		switch enc := p.Header.Get("Content-Transfer-Encoding"); enc {
		case "base64":
			body, err = io.ReadAll(base64Reader(raw))
		case "quoted-printable":
			body, err = io.ReadAll(qpReader(raw))
		default:
			t.Fatalf("part with encoding %q", enc)
		}
		if err != nil {
			t.Fatalf("part does not decode: %v", err)
		}
		ct, _, _ := mime.ParseMediaType(p.Header.Get("Content-Type"))
		disp, _, _ := mime.ParseMediaType(p.Header.Get("Content-Disposition"))
		parts = append(parts, receivedPart{Type: ct, Name: p.FileName(), Disposition: disp, Body: body})
	}
	return msg, parts
}

func TestSendTwoAttachments(t *testing.T) {
	h, dir := sendHarness(t, fakegmail.Options{Address: testEmail})
	pdf := make([]byte, 300_000)
	rand.Read(pdf)
	copy(pdf, "%PDF-1.7\r\n.\r\n") // a lone dot on a line must survive SMTP
	pdfPath := writeFile(t, filepath.Join(dir, "fattura_n°12_società.pdf"), pdf)
	note := []byte("Riepilogo\n.\n..inizia con punti\nfine senza a capo")
	notePath := writeFile(t, filepath.Join(dir, "nota.txt"), note)
	body := "Buongiorno,\nin allegato la fattura n°12.\n.\nCordiali saluti, Mario — Forlì\n"
	bodyPath := writeFile(t, filepath.Join(dir, "testo.txt"), []byte(body))
	subject := "Fattura n°12 — società Rossi & C. " + strings.Repeat("lungo ", 12)

	h.expect(h.run(NewSendCmd(h.env),
		"--to", "cliente@example.com", "--to", "Luigi Verdi <luigi@example.com>, anna@example.com",
		"--cc", "contabilità <conti@example.com>", "--bcc", "archivio@example.com",
		"--subject", subject, "--body", bodyPath,
		"--attach", pdfPath, "--attach", notePath), ExitOK)

	msgs := h.fake.Messages()
	if len(msgs) != 1 {
		t.Fatalf("the fake received %d mails", len(msgs))
	}
	got := msgs[0]
	if got.From != testEmail {
		t.Errorf("envelope from %q", got.From)
	}
	wantRcpt := []string{"cliente@example.com", "luigi@example.com", "anna@example.com", "conti@example.com", "archivio@example.com"}
	if !slices.Equal(got.To, wantRcpt) {
		t.Errorf("envelope to %q, want %q", got.To, wantRcpt)
	}

	msg, parts := parseReceived(t, got.Data)
	id := strings.TrimSpace(h.out.String())
	if msg.Header.Get("Message-Id") != id || !strings.HasPrefix(id, "<") {
		t.Errorf("printed %q, header Message-ID %q", id, msg.Header.Get("Message-Id"))
	}
	var dec mime.WordDecoder
	if s, err := dec.DecodeHeader(msg.Header.Get("Subject")); err != nil || s != subject {
		t.Errorf("Subject %q (%v)", s, err)
	}
	if msg.Header.Get("Bcc") != "" || bytes.Contains(got.Data, []byte("archivio@")) {
		t.Error("the blind copy shows in the mail")
	}
	from, _ := msg.Header.AddressList("From")
	cc, err := msg.Header.AddressList("Cc")
	if len(from) != 1 || from[0].Address != testEmail || from[0].Name != "Mario Rossi" || err != nil || cc[0].Name != "contabilità" {
		t.Errorf("From %v, Cc %v (%v)", from, cc, err)
	}
	if d, err := msg.Header.Date(); err != nil || !d.Equal(testNow) {
		t.Errorf("Date %v (%v)", d, err)
	}

	if len(parts) != 3 {
		t.Fatalf("%d parts, want 3", len(parts))
	}
	if parts[0].Type != "text/plain" || parts[0].Disposition != "inline" ||
		strings.ReplaceAll(string(parts[0].Body), "\r\n", "\n") != body {
		t.Errorf("text part %s %s: %q", parts[0].Type, parts[0].Disposition, parts[0].Body)
	}
	want := []receivedPart{
		{Type: "application/pdf", Name: "fattura_n°12_società.pdf", Disposition: "attachment", Body: pdf},
		{Type: "text/plain", Name: "nota.txt", Disposition: "attachment", Body: note},
	}
	for i, w := range want {
		p := parts[i+1]
		if p.Type != w.Type || p.Name != w.Name || p.Disposition != w.Disposition || !bytes.Equal(p.Body, w.Body) {
			t.Errorf("part %d: %s %q %s, %d bytes (equal: %v); want %s %q %s, %d bytes",
				i+1, p.Type, p.Name, p.Disposition, len(p.Body), bytes.Equal(p.Body, w.Body), w.Type, w.Name, w.Disposition, len(w.Body))
		}
	}
	for i, line := range bytes.Split(got.Data, []byte("\r\n")) {
		if len(line) > 998 {
			t.Errorf("line %d is %d bytes", i, len(line))
		}
		for _, c := range line {
			if c >= 0x80 || c == '\n' || c == '\r' {
				t.Fatalf("line %d is not 7-bit: %q", i, line)
			}
		}
	}
}

func TestSendTextOnly(t *testing.T) {
	h, _ := sendHarness(t, fakegmail.Options{})
	h.env.Stdin = strings.NewReader("Ciao!\n")
	h.expect(h.run(NewSendCmd(h.env), "--to", "a@example.com", "--subject", "Prova", "--body", "-"), ExitOK)
	msgs := h.fake.Messages()
	if len(msgs) != 1 {
		t.Fatalf("%d mails", len(msgs))
	}
	msg, err := mail.ReadMessage(bytes.NewReader(msgs[0].Data))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(qpReader(must(io.ReadAll(msg.Body))))
	if ct := msg.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/plain") || string(b) != "Ciao!\r\n" {
		t.Errorf("%s: %q", ct, b)
	}
}

func TestSendMissingAttachments(t *testing.T) {
	h, dir := sendHarness(t, fakegmail.Options{})
	ok := writeFile(t, filepath.Join(dir, "ok.pdf"), []byte("%PDF"))
	locked := writeFile(t, filepath.Join(dir, "locked.pdf"), []byte("%PDF"))
	os.Chmod(locked, 0)
	args := []string{"--to", "a@example.com", "--attach", ok, "--attach", filepath.Join(dir, "missing.pdf"), "--attach", dir}
	if os.Geteuid() != 0 { // root reads anything
		args = append(args, "--attach", locked)
	}
	h.expect(h.run(NewSendCmd(h.env), args...), ExitBroken)
	contains(t, "stderr", h.err.String(), "missing.pdf: there is no such file", dir+": it is not a regular file", "Nothing was sent")
	if os.Geteuid() != 0 {
		contains(t, "stderr", h.err.String(), "locked.pdf: you may not read it")
	}
	if st := h.fake.Stats(); st.Implicit+st.StartTLS != 0 {
		t.Errorf("connected despite a missing attachment: %+v", st)
	}
}

func TestSendRefusesAbove25MB(t *testing.T) {
	h, dir := sendHarness(t, fakegmail.Options{})
	small := writeFile(t, filepath.Join(dir, "a.pdf"), []byte("%PDF"))
	big := filepath.Join(dir, "video.mp4")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	f.Truncate(MaxAttachBytes) // sparse: 25 MiB, plus a.pdf is just over
	f.Close()
	h.env.Cat = i18n.New(i18n.IT)
	h.expect(h.run(NewSendCmd(h.env), "--to", "a@example.com", "--attach", big, "--attach", small), ExitBroken)
	contains(t, "stderr", h.err.String(), "25,0 MB", "Google Drive")
	if st := h.fake.Stats(); st.Implicit+st.StartTLS != 0 {
		t.Errorf("connected despite the size: %+v", st)
	}
}

// The largest mail send lets through is within smtp.gmail.com's SIZE.
func TestSendJustUnder25MBFits(t *testing.T) {
	h, dir := sendHarness(t, fakegmail.Options{})
	body := []byte(strings.Repeat("testo ", 1000))
	big := filepath.Join(dir, "archivio.zip")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	f.Truncate(MaxAttachBytes - int64(len(body)))
	f.Close()
	files, size, ok := checkAttachments(h.env, []string{big})
	if !ok || size+int64(len(body)) != MaxAttachBytes {
		t.Fatalf("checkAttachments: %v, %d", ok, size)
	}
	msg, _, err := renderMessage(outgoing{
		From: &gomail.Address{Address: testEmail}, To: []*gomail.Address{{Address: "a@example.com"}},
		Subject: "Archivio", Body: body, Files: files, Date: testNow,
	})
	if err != nil {
		t.Fatalf("a mail of exactly 25 MB is refused: %v", err)
	}
	t.Logf("25 MiB of attachment and text encode to %d bytes; Gmail takes %d", msg.Len(), MaxMessageBytes)
}

func TestSendBadCredentials(t *testing.T) {
	h, dir := sendHarness(t, fakegmail.Options{Password: "otherpasswordxyz"})
	a := writeFile(t, filepath.Join(dir, "a.pdf"), []byte("%PDF"))
	h.expect(h.run(NewSendCmd(h.env), "--to", "a@example.com", "--attach", a), ExitFailed)
	contains(t, "stderr", h.err.String(), "The mail was not sent.", "did not accept the app password", "535")
	if h.out.String() != "" || len(h.fake.Messages()) != 0 {
		t.Errorf("stdout %q, %d mails", h.out, len(h.fake.Messages()))
	}
}

func TestSendRejectedRecipient(t *testing.T) {
	h, _ := sendHarness(t, fakegmail.Options{RefuseRcpt: true})
	h.expect(h.run(NewSendCmd(h.env), "--to", "nobody@example.com"), ExitFailed)
	contains(t, "stderr", h.err.String(), "550")
}

func TestSendBadInput(t *testing.T) {
	h, dir := sendHarness(t, fakegmail.Options{})
	h.expect(h.run(NewSendCmd(h.env), "--subject", "x"), ExitBroken)
	h.expect(h.run(NewSendCmd(h.env), "--to", "not an address"), ExitBroken)
	h.expect(h.run(NewSendCmd(h.env), "--cc", "Mario <mario@example.com"), ExitBroken)
	bin := writeFile(t, filepath.Join(dir, "body.bin"), []byte{0xff, 0xfe, 0})
	h.expect(h.run(NewSendCmd(h.env), "--to", "a@example.com", "--body", bin), ExitBroken)
	// Without an @ it might be a password pasted in the wrong place: not shown.
	contains(t, "stderr", h.err.String(), "--to: a value is not an email address: it has no @",
		`--cc "Mario <mario@example.com" is not an email address`, "not UTF-8")
	if strings.Contains(h.err.String(), "not an address") {
		t.Errorf("a value without @ was shown:\n%s", h.err)
	}
	if st := h.fake.Stats(); st.Implicit+st.StartTLS != 0 {
		t.Errorf("connected: %+v", st)
	}
}

func TestSendProgressOnTerminal(t *testing.T) {
	h, dir := sendHarness(t, fakegmail.Options{})
	data := make([]byte, largeMail+largeMail/4)
	rand.Read(data)
	a := writeFile(t, filepath.Join(dir, "scan.jpg"), data)
	h.env.StdoutTTY = true
	h.expect(h.run(NewSendCmd(h.env), "--to", "a@example.com", "--attach", a), ExitOK)
	out := h.out.String()
	contains(t, "stdout", out, "Connecting to smtp.gmail.com", "Signing in", "Sending: ", "(100%)", "Sent to a@example.com", "Message-ID: <")
	if n := strings.Count(out, "%)"); n < 10 || n > 102 {
		t.Errorf("%d progress updates", n)
	}

	// Piped: the Message-ID alone.
	h.out.b.Reset()
	h.env.StdoutTTY = false
	h.expect(h.run(NewSendCmd(h.env), "--to", "a@example.com", "--attach", a), ExitOK)
	if out := h.out.String(); !strings.HasPrefix(out, "<") || strings.Count(out, "\n") != 1 || strings.Contains(out, "\r") {
		t.Errorf("piped stdout %q", out)
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
