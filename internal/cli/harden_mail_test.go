package cli

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	gomail "github.com/emersion/go-message/mail"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/internal/fake/testproc"
)

// shortConfirm makes send's look in Sent Mail give up quickly, for the
// cases where the message is not there.
func shortConfirm(t *testing.T) {
	old := newSender
	t.Cleanup(func() { newSender = old })
	newSender = func(env *Env, written func(int64)) rawSender {
		c := env.client()
		c.BodyProgress = written
		c.ConfirmTimeout, c.ConfirmPoll = 300*time.Millisecond, 20*time.Millisecond
		return c
	}
}

// Gmail took the whole invoice and the answer was lost (it hung up): send
// must not say "not sent … try again", which sends the customer a second
// copy. It looks in Sent Mail by the Message-ID and says what it found.
func TestSendLostReplyMaySendTwice(t *testing.T) {
	tests := []struct {
		name string
		opts fakegmail.Options
		code int
		says []string
	}{
		{"found in Sent", fakegmail.Options{IMAP: true}, ExitOK, []string{"it was sent, once"}},
		{"not in Sent", fakegmail.Options{IMAP: true, LoseMail: true}, ExitMaybeSent,
			[]string{"may have been sent", "Check your Sent folder", "has not found it there yet"}},
		{"no IMAP", fakegmail.Options{}, ExitMaybeSent,
			[]string{"may have been sent", "Check your Sent folder", "rfc822msgid:"}},
	}
	for _, tt := range tests {
		for _, chunking := range []bool{true, false} {
			t.Run(tt.name, func(t *testing.T) {
				shortConfirm(t)
				tt.opts.AfterData, tt.opts.NoChunking = fakegmail.ReplyHangUp, !chunking
				h, _ := sendHarness(t, tt.opts)
				h.env.Stdin = strings.NewReader("In allegato la fattura.\n")
				h.env.StdoutTTY = true // the progress line names the look in Sent
				h.expect(h.run(NewSendCmd(h.env), "--to", "cliente@example.com", "--subject", "Fattura 12", "--body", "-"), tt.code)
				if imap := tt.opts.IMAP; imap != strings.Contains(h.out.String(), "looking for the mail in your Sent folder") {
					t.Errorf("with IMAP %v, the progress line says:\n%q", imap, h.out.String())
				}
				errText := h.err.String()
				contains(t, "stderr", errText, tt.says...)
				for _, never := range []string{"was not sent", "Try again", "Gmail refused"} {
					if strings.Contains(errText, never) {
						t.Errorf("stderr says %q:\n%s", never, errText)
					}
				}
			})
		}
	}
}

// test --send after a lost reply: gentle, the test did not pass (exit 1).
func TestTestSendLostReply(t *testing.T) {
	h := newHarness(t, fakegmail.Options{AfterData: fakegmail.ReplyHangUp}, false)
	h.save(testEmail, testSecret)
	h.expect(h.run(NewTestCmd(h.env), "--send"), ExitFailed)
	contains(t, "stderr", h.err.String(), "may have arrived anyway", "Trying again is harmless")
	if strings.Contains(h.err.String(), "not sent") {
		t.Errorf("stderr says not sent:\n%s", h.err.String())
	}
}

// onFirstRead runs do when the body is first read: after the attachments
// were checked and before the mail is built, the window the race needs.
type onFirstRead struct {
	do   func()
	once sync.Once
	r    io.Reader
}

func (o *onFirstRead) Read(p []byte) (int, error) {
	o.once.Do(o.do)
	return o.r.Read(p)
}

// An attachment that changes between its check and the build is refused,
// nothing is sent: grown (a 2 KB file truncated up to 3 GB took 11.9 GB),
// shrunk, or another file put in its place.
func TestSendAttachmentChangedAfterCheck(t *testing.T) {
	for _, change := range []string{"grown", "grown to 3 GB", "shrunk", "replaced"} {
		t.Run(change, func(t *testing.T) {
			h, dir := sendHarness(t, fakegmail.Options{})
			path := writeFile(t, filepath.Join(dir, "fattura.pdf"), bytes.Repeat([]byte("%PDF"), 512))
			h.env.Stdin = &onFirstRead{r: strings.NewReader("In allegato.\n"), do: func() {
				var err error
				switch change {
				case "grown":
					err = os.Truncate(path, 200_000)
				case "grown to 3 GB":
					err = os.Truncate(path, 3<<30) // sparse: no disk used
				case "shrunk":
					err = os.Truncate(path, 10)
				case "replaced":
					other := writeFile(t, filepath.Join(dir, "other"), bytes.Repeat([]byte("EVIL"), 512))
					err = os.Rename(other, path)
				}
				if err != nil {
					t.Error(err)
				}
			}}
			h.expect(h.run(NewSendCmd(h.env), "--to", "a@example.com", "--body", "-", "--attach", path), ExitBroken)
			contains(t, "stderr", h.err.String(), "fattura.pdf")
			if change != "replaced" {
				contains(t, "stderr", h.err.String(), "changed while the mail was being prepared", "Nothing was sent")
			}
			if n := len(h.fake.Messages()); n != 0 {
				t.Errorf("%d mails sent", n)
			}
		})
	}
}

var maxRSS = regexp.MustCompile(`maxrss=(\d+)`)

// The 3 GB growth, in a child process measured by GNU time: the peak
// stays under 100 MB.
func TestSendGrowingAttachmentMemory(t *testing.T) {
	if testproc.InChild(t) {
		h, dir := sendHarness(t, fakegmail.Options{})
		path := writeFile(t, filepath.Join(dir, "fattura.pdf"), bytes.Repeat([]byte("%PDF"), 512))
		h.env.Stdin = &onFirstRead{r: strings.NewReader("x\n"), do: func() { os.Truncate(path, 3<<30) }}
		h.expect(h.run(NewSendCmd(h.env), "--to", "a@example.com", "--body", "-", "--attach", path), ExitBroken)
		t.Log("the child refused the grown file")
		return
	}
	timeBin := "/usr/bin/time"
	if _, err := os.Stat(timeBin); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("GNU time is missing")
		}
		t.Skip("GNU time is not installed")
	}
	out, err := testproc.Run(t, os.Environ(), 2*time.Minute, timeBin, "-f", "maxrss=%M")
	m := maxRSS.FindStringSubmatch(out)
	if err != nil || m == nil || !strings.Contains(out, "the child refused the grown file") {
		t.Fatalf("%v\n%s", err, out)
	}
	kb, _ := strconv.Atoi(m[1])
	t.Logf("peak memory %d KB", kb)
	if kb > 100<<10 {
		t.Errorf("peak memory %d KB, want under 100 MB", kb)
	}
}

// An address that Go's parser reads but SMTP cannot carry is refused
// before connecting, as the person's mistake (exit 2), never as "Gmail
// refused the mail … read Gmail's reply below" with no reply.
func TestSendUnsendableAddressIsLocal(t *testing.T) {
	for _, flag := range []string{"--to", "--cc", "--bcc", "--from"} {
		h, _ := sendHarness(t, fakegmail.Options{})
		args := []string{"--to", "a@example.com", flag, `"a b"@example.com`}
		h.expect(h.run(NewSendCmd(h.env), args...), ExitBroken)
		contains(t, "stderr", h.err.String(), flag, "cannot be sent to as written", "Nothing was sent")
		if strings.Contains(h.err.String(), "Gmail") {
			t.Errorf("%s: blames Gmail:\n%s", flag, h.err.String())
		}
		if st := h.fake.Stats(); st.Implicit+st.StartTLS != 0 {
			t.Errorf("%s: connected to Gmail", flag)
		}
	}
}

// An attachment whose file name is not valid UTF-8 (a Latin-1 name from an
// old disk or share) must not be labelled utf-8 as it is: the name that a
// recipient's program reads, parsed by go-message, is valid UTF-8 and,
// for Latin-1, the name meant.
func TestSendAttachmentNameNotUTF8(t *testing.T) {
	for _, tc := range []struct{ file, want string }{
		{"fattura_societ\xe0.pdf", "fattura_società.pdf"},
		{"report\xff\xfe\x80.pdf", "report\uFFFD\uFFFD\uFFFD.pdf"},
	} {
		h, dir := sendHarness(t, fakegmail.Options{})
		path := writeFile(t, filepath.Join(dir, tc.file), []byte("%PDF-1.7"))
		h.expect(h.run(NewSendCmd(h.env), "--to", "a@example.com", "--attach", path), ExitOK)
		msgs := h.fake.Messages()
		if len(msgs) != 1 {
			t.Fatalf("%d mails", len(msgs))
		}
		mr, err := gomail.CreateReader(bytes.NewReader(msgs[0].Data))
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for {
			p, err := mr.NextPart()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatal(err)
			}
			if ah, ok := p.Header.(*gomail.AttachmentHeader); ok {
				name, err := ah.Filename()
				if err != nil {
					t.Errorf("%q: the file name does not parse: %v", tc.file, err)
				}
				_, params, _ := ah.ContentType()
				names = append(names, name, params["name"])
			}
		}
		if len(names) != 2 {
			t.Fatalf("%q: attachment names %q", tc.file, names)
		}
		for _, n := range names {
			if n != tc.want || !utf8.ValidString(n) {
				t.Errorf("%q: the recipient reads %q, want %q", tc.file, n, tc.want)
			}
		}
	}
}
