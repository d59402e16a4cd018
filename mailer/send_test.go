package mailer_test

import (
	"slices"
	"strings"
	"sync"
	"testing"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/mailer"
)

func TestSendImplicitTLS(t *testing.T) {
	fake := startFake(t, fakegmail.Options{})
	c, debug := client(t, fake)
	msg := testMessage()
	var mu sync.Mutex
	var phases []mailer.Phase
	res, err := c.Send(ctx(t), acct, msg, func(p mailer.Phase) {
		mu.Lock()
		phases = append(phases, p)
		mu.Unlock()
	})
	if err != nil {
		t.Fatal(err)
	}
	if res.Port != 465 || res.MessageID != msg.MessageID || res.Elapsed <= 0 {
		t.Errorf("result %+v", res)
	}
	want := []mailer.Phase{mailer.PhaseConnecting, mailer.PhaseSecuring, mailer.PhaseSigningIn, mailer.PhaseSending}
	if !slices.Equal(phases, want) {
		t.Errorf("phases %v, want %v", phases, want)
	}
	msgs := fake.Messages()
	if len(msgs) != 1 || msgs[0].From != addr || !slices.Equal(msgs[0].To, []string{addr}) {
		t.Fatalf("fake received %+v", msgs)
	}
	fake.WaitIdle()
	st := fake.Stats()
	if want := []string{"EHLO", "AUTH", "MAIL", "RCPT", "BDAT", "QUIT"}; !slices.Equal(st.Commands, want) {
		t.Errorf("commands %q, want %q", st.Commands, want)
	}
	if st.PipelinedReads != 1 {
		t.Errorf("pipelined reads %d, want 1 (AUTH, MAIL, RCPT, BDAT with the message, QUIT)", st.PipelinedReads)
	}
	checkStored(t, msgs[0].Data, msg)
	if strings.Contains(debug.String(), pass) {
		t.Error("password in transcript")
	}
}

func TestSendStartTLSWhenImplicitClosed(t *testing.T) {
	fake := startFake(t, fakegmail.Options{})
	c, _ := client(t, fake)
	c.Server.ImplicitAddr = closedAddr(t)
	res, err := c.Send(ctx(t), acct, testMessage(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Port != 587 {
		t.Errorf("port %d, want 587", res.Port)
	}
	if n := len(fake.Messages()); n != 1 {
		t.Errorf("%d messages", n)
	}
	fake.WaitIdle()
	st := fake.Stats()
	if want := []string{"EHLO", "STARTTLS", "EHLO", "AUTH", "MAIL", "RCPT", "BDAT", "QUIT"}; !slices.Equal(st.Commands, want) {
		t.Errorf("commands %q, want %q", st.Commands, want)
	}
}

// TestSendWithoutChunking: a server that does not offer CHUNKING gets
// DATA, the message (dots doubled on the wire) and the final dot, in two
// pipelined writes, and stores the same message as over BDAT.
func TestSendWithoutChunking(t *testing.T) {
	fake := startFake(t, fakegmail.Options{NoChunking: true})
	c, _ := client(t, fake)
	msg := testMessage()
	if _, err := c.Send(ctx(t), acct, msg, nil); err != nil {
		t.Fatal(err)
	}
	fake.WaitIdle()
	st := fake.Stats()
	if want := []string{"EHLO", "AUTH", "MAIL", "RCPT", "DATA", "QUIT"}; !slices.Equal(st.Commands, want) {
		t.Errorf("commands %q, want %q", st.Commands, want)
	}
	if st.PipelinedReads != 2 {
		t.Errorf("pipelined reads %d, want 2 (AUTH…DATA, then message…QUIT)", st.PipelinedReads)
	}
	msgs := fake.Messages()
	if len(msgs) != 1 {
		t.Fatalf("%d messages", len(msgs))
	}
	checkStored(t, msgs[0].Data, msg)
}

// checkStored checks that the server stored the test message m as sent:
// its Message-ID, CRLF line ends, and the line that starts with a dot
// with one dot, whether it came over BDAT (never stuffed) or DATA
// (stuffed on the wire, unstuffed by the server).
func checkStored(t *testing.T, data []byte, m mailer.Message) {
	t.Helper()
	d := string(data)
	if !strings.Contains(d, "Message-ID: <"+m.MessageID+">\r\n") || !strings.Contains(d, "\r\n.dot line\r\n") ||
		strings.Contains(d, "..dot") || strings.Count(d, "\n") != strings.Count(d, "\r\n") || !strings.HasSuffix(d, "\r\n") {
		t.Errorf("stored message:\n%q", d)
	}
}

func TestVerify(t *testing.T) {
	fake := startFake(t, fakegmail.Options{})
	c, _ := client(t, fake)
	res, err := c.Verify(ctx(t), acct, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Port != 465 || res.MessageID != "" {
		t.Errorf("result %+v", res)
	}
	fake.WaitIdle()
	if st := fake.Stats(); !slices.Equal(st.Commands, []string{"EHLO", "AUTH", "QUIT"}) || st.AuthOK != 1 {
		t.Errorf("stats %+v", st)
	}
	if n := len(fake.Messages()); n != 0 {
		t.Errorf("Verify sent %d messages", n)
	}
}

func TestSpacedAppPassword(t *testing.T) {
	fake := startFake(t, fakegmail.Options{})
	c, debug := client(t, fake)
	spaced := mailer.Account{Email: addr, Password: "abcd efgh ijkl mnop "}
	if _, err := c.Verify(ctx(t), spaced, nil); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(debug.String(), "abcd") {
		t.Error("password in transcript")
	}
}
