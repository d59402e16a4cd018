package mailer_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/mailer"
)

// crlf is s with every LF line end made CRLF, as the fake stores messages.
func crlf(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\n", "\r\n")
}

// progressLog records BodyProgress calls.
type progressLog struct {
	mu   sync.Mutex
	seen []int64
}

func (p *progressLog) add(n int64) {
	p.mu.Lock()
	p.seen = append(p.seen, n)
	p.mu.Unlock()
}

func (p *progressLog) get() []int64 {
	p.mu.Lock()
	defer p.mu.Unlock()
	return slices.Clone(p.seen)
}

func TestSendRawTwoRecipients(t *testing.T) {
	fake := startFake(t, fakegmail.Options{})
	c, debug := client(t, fake)
	var prog progressLog
	c.BodyProgress = prog.add
	// LF line ends, lines that start with dots, no newline at the end.
	msg := "From: " + addr + "\nTo: bob@example.com, " + addr + "\nSubject: two\n" +
		"Message-ID: <two.recipients@example.com>\n\nHello.\n.\n..two dots\n.leading dot\nlast line"
	rcpts := []string{"bob@example.com", addr}
	res, err := c.SendRaw(ctx(t), acct, addr, rcpts, strings.NewReader(msg), nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Port != 465 || res.MessageID != "two.recipients@example.com" || res.Arrived {
		t.Errorf("result %+v", res)
	}
	msgs := fake.Messages()
	if len(msgs) != 1 {
		t.Fatalf("fake received %d messages", len(msgs))
	}
	if msgs[0].From != addr || !slices.Equal(msgs[0].To, rcpts) {
		t.Errorf("envelope from %q to %q", msgs[0].From, msgs[0].To)
	}
	if want := crlf(msg) + "\r\n"; string(msgs[0].Data) != want {
		t.Errorf("received\n%q\nwant\n%q", msgs[0].Data, want)
	}
	if got := prog.get(); len(got) == 0 || got[len(got)-1] != int64(len(msg)) {
		t.Errorf("progress %v, want it to end at %d", got, len(msg))
	}
	fake.WaitIdle()
	st := fake.Stats()
	if want := []string{"EHLO", "AUTH", "MAIL", "RCPT", "RCPT", "DATA", "QUIT"}; !slices.Equal(st.Commands, want) {
		t.Errorf("commands %q, want %q", st.Commands, want)
	}
	if st.PipelinedReads != 2 {
		t.Errorf("pipelined reads %d, want 2 (AUTH…DATA, then message…QUIT)", st.PipelinedReads)
	}
	if strings.Contains(debug.String(), "BODY=8BITMIME") {
		t.Error("a 7-bit message declared 8BITMIME")
	}
	assertNoSecret(t, pass, debug.String())
}

func TestSendRawLockStep(t *testing.T) {
	fake := startFake(t, fakegmail.Options{NoPipelining: true})
	c, _ := client(t, fake)
	msg := "Subject: lock-step\r\n\r\n.\r\nend\r\n"
	if _, err := c.SendRaw(ctx(t), acct, addr, []string{addr, "bob@example.com"}, strings.NewReader(msg), nil); err != nil {
		t.Fatal(err)
	}
	msgs := fake.Messages()
	if len(msgs) != 1 || string(msgs[0].Data) != msg || len(msgs[0].To) != 2 {
		t.Fatalf("fake received %+v", msgs)
	}
	fake.WaitIdle()
	st := fake.Stats()
	if want := []string{"EHLO", "AUTH", "MAIL", "RCPT", "RCPT", "DATA", "QUIT"}; !slices.Equal(st.Commands, want) || st.PipelinedReads != 0 {
		t.Errorf("commands %q, %d pipelined reads; want %q, none", st.Commands, st.PipelinedReads, want)
	}
}

// TestSendRawRefusedRecipient checks the all-or-nothing rule: one refused
// recipient among several, and the message goes to no one.
func TestSendRawRefusedRecipient(t *testing.T) {
	const marker = "THIS-BODY-MUST-NOT-BE-SENT"
	tests := []struct {
		name     string
		opts     fakegmail.Options
		password string
		rcpts    []string
		kind     mailer.Kind
		refused  []string
		commands []string
	}{
		// go-smtp refuses an address without "@" (501 5.5.2) and takes the
		// others, so DATA gets its 354: the client must hang up without the
		// final dot rather than end the message.
		{"one of three", fakegmail.Options{}, pass, []string{addr, "nobody", "carol@example.com"},
			mailer.KindRejected, []string{"nobody"}, []string{"EHLO", "AUTH", "MAIL", "RCPT", "RCPT", "RCPT", "DATA"}},
		{"one of three lock-step", fakegmail.Options{NoPipelining: true}, pass, []string{addr, "nobody", "carol@example.com"},
			mailer.KindRejected, []string{"nobody"}, []string{"EHLO", "AUTH", "MAIL", "RCPT", "RCPT", "QUIT"}},
		{"all", fakegmail.Options{RefuseRcpt: true}, pass, []string{addr, "bob@example.com"},
			mailer.KindRejected, []string{addr, "bob@example.com"}, []string{"EHLO", "AUTH", "MAIL", "RCPT", "RCPT", "DATA", "QUIT"}},
		// The refusals that follow a failed sign-in name no recipient.
		{"bad password", fakegmail.Options{}, "wrongwrongwrongw", []string{addr, "bob@example.com"},
			mailer.KindBadCredentials, nil, []string{"EHLO", "AUTH", "MAIL", "RCPT", "RCPT", "DATA", "QUIT"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := tt.opts
			var server syncBuffer
			o.Debug = &server
			fake := startFake(t, o)
			c, debug := client(t, fake)
			msg := "Subject: refused\r\n\r\n" + marker + "\r\n"
			_, err := c.SendRaw(ctx(t), mailer.Account{Email: addr, Password: tt.password}, addr, tt.rcpts, strings.NewReader(msg), nil)
			var e *mailer.Error
			if !errors.As(err, &e) {
				t.Fatalf("error %v (%T), want *mailer.Error", err, err)
			}
			if e.Kind != tt.kind || !slices.Equal(e.Recipients, tt.refused) || e.Code == 0 {
				t.Errorf("got %v %d refused %q, want %v refused %q", e.Kind, e.Code, e.Recipients, tt.kind, tt.refused)
			}
			for _, r := range tt.refused {
				if !strings.Contains(err.Error(), r) {
					t.Errorf("error %q does not name %q", err, r)
				}
			}
			fake.WaitIdle() // a message ended after the client gave up shows by now
			if n := len(fake.Messages()); n != 0 {
				t.Errorf("fake accepted %d messages", n)
			}
			if got := fake.Stats().Commands; !slices.Equal(got, tt.commands) {
				t.Errorf("commands %q, want %q", got, tt.commands)
			}
			if strings.Contains(server.String(), marker) || strings.Contains(debug.String(), "[message") {
				t.Error("the message was sent")
			}
			assertNoSecret(t, tt.password, err.Error(), debug.String())
		})
	}
}

// TestSendRawLarge streams a 3 MB message with LF line ends and checks the
// server got exactly its CRLF form.
func TestSendRawLarge(t *testing.T) {
	fake := startFake(t, fakegmail.Options{})
	c, debug := client(t, fake)
	// The usual limits: the fake takes its time over 3 MB under -race.
	c.ReplyTimeout, c.DataTimeout = 0, 0
	var prog progressLog
	c.BodyProgress = prog.add
	var b strings.Builder
	b.WriteString("Subject: large\nMessage-ID: <large@example.com>\nMIME-Version: 1.0\n\n")
	for i := 0; b.Len() < 3<<20; i++ {
		switch i % 5 {
		case 0:
			fmt.Fprintf(&b, ".line %d starts with a dot\n", i)
		case 1:
			b.WriteString(".\n")
		default:
			fmt.Fprintf(&b, "line %d %s\n", i, strings.Repeat("x", i%70))
		}
	}
	msg := b.String()
	res, err := c.SendRaw(ctx(t), acct, addr, []string{addr}, strings.NewReader(msg), nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.MessageID != "large@example.com" {
		t.Errorf("message ID %q", res.MessageID)
	}
	msgs := fake.Messages()
	if len(msgs) != 1 {
		t.Fatalf("fake received %d messages", len(msgs))
	}
	if want := crlf(msg); !bytes.Equal(msgs[0].Data, []byte(want)) {
		t.Errorf("received %d bytes, want %d, not the same", len(msgs[0].Data), len(want))
	}
	got := prog.get()
	if len(got) < 3<<20/(64<<10) || !slices.IsSorted(got) || got[len(got)-1] != int64(len(msg)) {
		t.Errorf("%d progress reports, last %v; want many, increasing, ending at %d", len(got), got[len(got)-1:], len(msg))
	}
	// Longer than what is looked at first: it may hold 8-bit bytes.
	if !strings.Contains(debug.String(), "MAIL FROM:<"+addr+"> BODY=8BITMIME\n") {
		t.Error("MAIL FROM without BODY=8BITMIME")
	}
}

func TestSendRaw8Bit(t *testing.T) {
	fake := startFake(t, fakegmail.Options{})
	c, debug := client(t, fake)
	msg := "Subject: =?UTF-8?Q?gi=C3=A0?=\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\nè già\n"
	rcpts := []string{addr, "josé@example.com"}
	if _, err := c.SendRaw(ctx(t), acct, addr, rcpts, strings.NewReader(msg), nil); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(debug.String(), "MAIL FROM:<"+addr+"> BODY=8BITMIME SMTPUTF8\n") {
		t.Error("MAIL FROM without BODY=8BITMIME SMTPUTF8")
	}
	msgs := fake.Messages()
	if len(msgs) != 1 || string(msgs[0].Data) != crlf(msg) || !slices.Equal(msgs[0].To, rcpts) {
		t.Fatalf("fake received %+v", msgs)
	}
}

// endless is a message that never ends: a header, then lines for ever.
type endless struct{ started bool }

func (e *endless) Read(p []byte) (int, error) {
	n := 0
	if !e.started {
		e.started = true
		n = copy(p, "Subject: endless\r\n\r\n")
	}
	for n < len(p) {
		p[n] = "0123456789abcdef\r\n"[n%18]
		n++
	}
	return n, nil
}

func TestSendRawCancelMidBody(t *testing.T) {
	fake := startFake(t, fakegmail.Options{})
	c, debug := client(t, fake)
	cctx, cancel := context.WithCancel(ctx(t))
	defer cancel()
	midBody := make(chan struct{})
	var once sync.Once
	c.BodyProgress = func(n int64) {
		if n > 1<<20 {
			once.Do(func() { close(midBody) })
		}
	}
	done := make(chan error, 1)
	go func() {
		_, err := c.SendRaw(cctx, acct, addr, []string{addr}, &endless{}, nil)
		done <- err
	}()
	select {
	case <-midBody:
	case err := <-done:
		t.Fatalf("SendRaw of an endless message returned %v", err)
	}
	cancel()
	select {
	case err := <-done:
		if kindOf(err) != mailer.KindCanceled {
			t.Errorf("error %v, want kind canceled", err)
		}
		assertNoSecret(t, pass, err.Error(), debug.String())
	case <-time.After(time.Second):
		t.Fatal("SendRaw still running 1 s after the cancel")
	}
	fake.WaitIdle()
	if n := len(fake.Messages()); n != 0 {
		t.Errorf("fake accepted %d messages", n)
	}
}

// failingReader gives some of a message, then an error.
type failingReader struct{ r io.Reader }

var errDisk = errors.New("disk on fire")

func (f failingReader) Read(p []byte) (int, error) {
	n, err := f.r.Read(p)
	if err == io.EOF {
		return n, errDisk
	}
	return n, err
}

func TestSendRawReadError(t *testing.T) {
	fake := startFake(t, fakegmail.Options{})
	c, _ := client(t, fake)
	msg := "Subject: half\r\n\r\n" + strings.Repeat("a line of the message\r\n", 4000)
	_, err := c.SendRaw(ctx(t), acct, addr, []string{addr}, failingReader{strings.NewReader(msg)}, nil)
	if kindOf(err) != mailer.KindUnknown || !errors.Is(err, errDisk) {
		t.Errorf("error %v, want kind unknown wrapping %v", err, errDisk)
	}
	fake.WaitIdle()
	if n := len(fake.Messages()); n != 0 {
		t.Errorf("fake accepted %d messages: a message cut short was ended", n)
	}
}

func TestSendRawBadEnvelope(t *testing.T) {
	fake := startFake(t, fakegmail.Options{})
	c, _ := client(t, fake)
	for _, rcpts := range [][]string{nil, {addr, "eve@example.com>\r\nRSET"}, {""}} {
		_, err := c.SendRaw(ctx(t), acct, addr, rcpts, strings.NewReader("Subject: x\r\n\r\n"), nil)
		if kindOf(err) != mailer.KindRejected {
			t.Errorf("%q: error %v, want kind rejected", rcpts, err)
		}
	}
	if _, err := c.SendRaw(ctx(t), acct, "ada@gmail.com\r\nRSET", []string{addr}, strings.NewReader(""), nil); kindOf(err) != mailer.KindRejected {
		t.Errorf("bad sender: error %v, want kind rejected", err)
	}
	if st := fake.Stats(); st.Implicit+st.StartTLS != 0 {
		t.Errorf("connected for a bad envelope: %+v", st)
	}
}

// benchmarkSendRaw is the test send's benchmark for SendRaw to two
// recipients: the extra RCPT rides in the same pipelined group, so the
// round trips are the same.
func benchmarkSendRaw(b *testing.B, port int) {
	fake, p, srv := benchSetup(b, port, fakegmail.Options{})
	c := &mailer.Client{Server: srv}
	raw := testMessageBytes(b)
	b.ReportAllocs()
	p.Turns()
	for b.Loop() {
		if _, err := c.SendRaw(b.Context(), acct, addr, []string{addr, "bob@example.com"}, bytes.NewReader(raw), nil); err != nil {
			b.Fatal(err)
		}
	}
	report(b, fake, p)
}

func BenchmarkSendRaw465(b *testing.B) { benchmarkSendRaw(b, 465) }
func BenchmarkSendRaw587(b *testing.B) { benchmarkSendRaw(b, 587) }

// TestSendRawChunked: to one recipient, a message of up to 64 KB goes as
// one BDAT LAST chunk pipelined with AUTH, MAIL, RCPT and QUIT; its line
// ends become CRLF and its dots are left alone, since a chunk is counted
// in bytes. A bigger one, or one for two recipients, goes through DATA.
func TestSendRawChunked(t *testing.T) {
	lines := func(n int) string {
		var b strings.Builder
		b.WriteString("Subject: chunked\nMessage-ID: <chunked@example.com>\n\n.leading dot\n..two\n.\n")
		for i := 0; b.Len() < n; i++ {
			fmt.Fprintf(&b, "line %d %s\n", i, strings.Repeat("y", i%70))
		}
		return b.String() + "no line end"
	}
	tests := []struct {
		name  string
		msg   string
		rcpts []string
		last  string // BDAT or DATA
	}{
		{"small", lines(100), []string{addr}, "BDAT"},
		{"past the first 32 KB", lines(40 << 10), []string{addr}, "BDAT"},
		// Under 64 KB with LF line ends, more as CRLF.
		{"64 KB once CRLF", lines(64<<10 - 500), []string{addr}, "DATA"},
		{"70 KB", lines(70 << 10), []string{addr}, "DATA"},
		{"two recipients", lines(100), []string{addr, "bob@example.com"}, "DATA"},
	}
	if m := tests[2].msg; len(m) > 64<<10 || len(crlf(m)) <= 64<<10 {
		t.Fatalf("%q is %d bytes, %d as CRLF", tests[2].name, len(m), len(crlf(m)))
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fake := startFake(t, fakegmail.Options{})
			c, debug := client(t, fake)
			var prog progressLog
			c.BodyProgress = prog.add
			res, err := c.SendRaw(ctx(t), acct, addr, tt.rcpts, strings.NewReader(tt.msg), nil)
			if err != nil {
				t.Fatal(err)
			}
			if res.MessageID != "chunked@example.com" {
				t.Errorf("message ID %q", res.MessageID)
			}
			msgs := fake.Messages()
			if len(msgs) != 1 {
				t.Fatalf("fake received %d messages", len(msgs))
			}
			if want := crlf(tt.msg) + "\r\n"; string(msgs[0].Data) != want {
				t.Errorf("received %d bytes, want %d, not the same", len(msgs[0].Data), len(want))
			}
			if got := prog.get(); len(got) == 0 || got[len(got)-1] != int64(len(tt.msg)) {
				t.Errorf("progress %v, want it to end at %d", got, len(tt.msg))
			}
			fake.WaitIdle()
			cmds := fake.Stats().Commands
			if !slices.Contains(cmds, tt.last) || slices.Contains(cmds, map[string]string{"BDAT": "DATA", "DATA": "BDAT"}[tt.last]) {
				t.Errorf("commands %q, want %s", cmds, tt.last)
			}
			if tt.last == "BDAT" && !strings.Contains(debug.String(), fmt.Sprintf("BDAT %d LAST\n", len(crlf(tt.msg))+2)) {
				t.Errorf("no BDAT with the message's CRLF size in the transcript")
			}
		})
	}
}
