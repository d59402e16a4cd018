package fakegmail

import (
	"bufio"
	"crypto/tls"
	"errors"
	"net"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

const (
	testAddr = "ada@gmail.com"
	testPass = "abcdefghijklmnop"
)

func start(t *testing.T, o Options) *Server {
	t.Helper()
	if o.Address == "" {
		o.Address = testAddr
	}
	if o.Password == "" {
		o.Password = testPass
	}
	s, err := Start(o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func tlsConfig(s *Server) *tls.Config {
	return &tls.Config{ServerName: SMTPHost, RootCAs: s.Endpoints().RootCAs}
}

// sendRaw submits msg over implicit TLS with the right password.
func sendRaw(t *testing.T, s *Server, msg string) error {
	t.Helper()
	c, err := smtp.DialTLS(s.Endpoints().ImplicitAddr, tlsConfig(s))
	if err != nil {
		return err
	}
	defer c.Close()
	if err := c.Auth(sasl.NewPlainClient("", testAddr, testPass)); err != nil {
		return err
	}
	return c.SendMail(testAddr, []string{testAddr}, strings.NewReader(msg))
}

// send runs a whole submission with go-smtp's client.
func send(t *testing.T, s *Server, starttls bool, pass string) error {
	t.Helper()
	var c *smtp.Client
	var err error
	if starttls {
		c, err = smtp.DialStartTLS(s.Endpoints().StartTLSAddr, tlsConfig(s))
	} else {
		c, err = smtp.DialTLS(s.Endpoints().ImplicitAddr, tlsConfig(s))
	}
	if err != nil {
		return err
	}
	defer c.Close()
	if err := c.Auth(sasl.NewPlainClient("", testAddr, pass)); err != nil {
		return err
	}
	msg := "Subject: hi\r\n\r\n.leading dot\r\nbody\r\n"
	if err := c.SendMail(testAddr, []string{testAddr}, strings.NewReader(msg)); err != nil {
		return err
	}
	return c.Quit()
}

func TestSendImplicitAndStartTLS(t *testing.T) {
	for _, starttls := range []bool{false, true} {
		s := start(t, Options{})
		if err := send(t, s, starttls, testPass); err != nil {
			t.Fatalf("starttls=%v: %v", starttls, err)
		}
		msgs := s.Messages()
		if len(msgs) != 1 {
			t.Fatalf("starttls=%v: %d messages, want 1", starttls, len(msgs))
		}
		m := msgs[0]
		if m.From != testAddr || !slices.Equal(m.To, []string{testAddr}) {
			t.Errorf("envelope %q -> %q", m.From, m.To)
		}
		if want := "Subject: hi\r\n\r\n.leading dot\r\nbody\r\n"; string(m.Data) != want {
			t.Errorf("data %q, want %q", m.Data, want)
		}
		st := s.Stats()
		if st.AuthOK != 1 || st.AuthBeforeTLS != 0 {
			t.Errorf("stats %+v", st)
		}
	}
}

func TestSpacedPasswordAccepted(t *testing.T) {
	s := start(t, Options{})
	if err := send(t, s, false, "abcd efgh ijkl mnop"); err != nil {
		t.Fatal(err)
	}
}

func TestDemoPassword(t *testing.T) {
	s, err := Start(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, p := range []string{DemoPassword, DemoPasswordSpaced} {
		if err := send(t, s, false, p); err != nil {
			t.Errorf("%q: %v", p, err)
		}
	}
	var se *smtp.SMTPError
	if err := send(t, s, false, "wrongwrongwrongw"); !errors.As(err, &se) || se.Code != 535 {
		t.Errorf("wrong password: %v, want 535", err)
	}
}

// dialRaw opens the fake 465 and reads the greeting.
func dialRaw(t *testing.T, s *Server) (*tls.Conn, *bufio.Reader) {
	t.Helper()
	c, err := tls.Dial("tcp", s.Endpoints().ImplicitAddr, tlsConfig(s))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	r := bufio.NewReader(c)
	if l := readReply(t, r); !strings.HasPrefix(l[0], "220 smtp.gmail.com ESMTP ") || !strings.HasSuffix(l[0], " - gsmtp") {
		t.Fatalf("greeting %q", l)
	}
	return c, r
}

// readReply reads one possibly multi-line reply.
func readReply(t *testing.T, r *bufio.Reader) []string {
	t.Helper()
	var lines []string
	for {
		l, err := r.ReadString('\n')
		if err != nil {
			t.Fatalf("after %q: %v", lines, err)
		}
		lines = append(lines, strings.TrimSuffix(l, "\r\n"))
		if len(l) < 4 || l[3] != '-' {
			return lines
		}
	}
}

func TestEHLOIsGmails(t *testing.T) {
	s := start(t, Options{})
	c, r := dialRaw(t, s)
	c.Write([]byte("EHLO me\r\n"))
	got := readReply(t, r)
	want := []string{
		"250-smtp.gmail.com at your service, [127.0.0.1]",
		"250-SIZE 35882577",
		"250-8BITMIME",
		"250-AUTH LOGIN PLAIN XOAUTH2 PLAIN-CLIENTTOKEN OAUTHBEARER XOAUTH",
		"250-ENHANCEDSTATUSCODES",
		"250-PIPELINING",
		"250-CHUNKING",
		"250 SMTPUTF8",
	}
	if !slices.Equal(got, want) {
		t.Errorf("EHLO reply\n%q\nwant\n%q", got, want)
	}

	s2 := start(t, Options{NoPipelining: true})
	c2, r2 := dialRaw(t, s2)
	c2.Write([]byte("EHLO me\r\n"))
	if got := readReply(t, r2); slices.Contains(got, "250-PIPELINING") {
		t.Errorf("NoPipelining still offers it: %q", got)
	}
}

func TestBadCredentialsReplyIsGmails(t *testing.T) {
	s := start(t, Options{})
	c, r := dialRaw(t, s)
	c.Write([]byte("EHLO me\r\n"))
	readReply(t, r)
	c.Write([]byte("AUTH PLAIN AGFkYUBnbWFpbC5jb20Ad3Jvbmc=\r\n")) // ada@gmail.com / wrong
	got := readReply(t, r)
	if len(got) != 2 || got[0] != "535-5.7.8 Username and Password not accepted. For more information, go to" ||
		!strings.HasPrefix(got[1], "535 5.7.8  https://support.google.com/mail/?p=BadCredentials ") ||
		!strings.HasSuffix(got[1], " - gsmtp") {
		t.Errorf("535 reply %q", got)
	}
}

func TestLoginMechanism(t *testing.T) {
	s := start(t, Options{})
	c, r := dialRaw(t, s)
	for _, step := range []struct{ send, want string }{
		{"EHLO me", "250 SMTPUTF8"},
		{"AUTH LOGIN", "334 VXNlcm5hbWU6"},
		{"YWRhQGdtYWlsLmNvbQ==", "334 UGFzc3dvcmQ6"},       // ada@gmail.com
		{"YWJjZGVmZ2hpamtsbW5vcA==", "235 2.7.0 Accepted"}, // abcdefghijklmnop
	} {
		c.Write([]byte(step.send + "\r\n"))
		got := readReply(t, r)
		if got[len(got)-1] != step.want {
			t.Fatalf("%s: got %q, want %q", step.send, got, step.want)
		}
	}
	if st := s.Stats(); !slices.Equal(st.Commands, []string{"EHLO", "AUTH"}) {
		t.Errorf("commands %q: SASL responses must not count as commands", st.Commands)
	}
}

func TestScriptedFailures(t *testing.T) {
	tests := []struct {
		name string
		opts Options
		pass string
		code int
		enh  smtp.EnhancedCode
	}{
		{"google password", Options{GooglePassword: "hunter2"}, "hunter2", 534, smtp.EnhancedCode{5, 7, 9}},
		{"too many", Options{TooManyAttempts: true}, testPass, 454, smtp.EnhancedCode{4, 7, 0}},
		{"daily at mail", Options{DailyLimit: StageMail}, testPass, 550, smtp.EnhancedCode{5, 4, 5}},
		{"daily at rcpt", Options{DailyLimit: StageRcpt}, testPass, 550, smtp.EnhancedCode{5, 4, 5}},
		{"daily at data", Options{DailyLimit: StageData}, testPass, 550, smtp.EnhancedCode{5, 4, 5}},
		{"refused rcpt", Options{RefuseRcpt: true}, testPass, 550, smtp.EnhancedCode{5, 1, 1}},
		{"421 at mail", Options{Temporary: StageMail}, testPass, 421, smtp.EnhancedCode{4, 7, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := start(t, tt.opts)
			err := send(t, s, false, tt.pass)
			var se *smtp.SMTPError
			if !errors.As(err, &se) || se.Code != tt.code || se.EnhancedCode != tt.enh {
				t.Fatalf("got %v, want %d %v", err, tt.code, tt.enh)
			}
			if n := len(s.Messages()); n != 0 {
				t.Errorf("%d messages accepted", n)
			}
		})
	}
}

func TestTemporaryAtGreetingCloses(t *testing.T) {
	s := start(t, Options{Temporary: StageGreeting})
	c, err := tls.Dial("tcp", s.Endpoints().ImplicitAddr, tlsConfig(s))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	r := bufio.NewReader(c)
	if l := readReply(t, r); !strings.HasPrefix(l[0], "421 4.7.0 ") {
		t.Fatalf("got %q", l)
	}
	if _, err := r.ReadByte(); err == nil {
		t.Error("connection still open after 421")
	}
}

func TestResetAtAuth(t *testing.T) {
	s := start(t, Options{Reset: StageAuth})
	c, r := dialRaw(t, s)
	c.Write([]byte("EHLO me\r\n"))
	readReply(t, r)
	c.Write([]byte("AUTH PLAIN AGFkYUBnbWFpbC5jb20Ad3Jvbmc=\r\n"))
	_, err := r.ReadByte()
	if err == nil || !strings.Contains(err.Error(), "reset") {
		t.Errorf("read after reset: %v, want connection reset", err)
	}
}

func TestHostileText(t *testing.T) {
	s := start(t, Options{HostileText: Hostile})
	err := send(t, s, false, "wrongwrongwrongw")
	if err == nil || !strings.Contains(err.Error(), "\x1b]8;;") || !strings.Contains(err.Error(), "\u202e") {
		t.Errorf("hostile text not sent: %q", err)
	}
}

func TestStartTLSListener(t *testing.T) {
	s := start(t, Options{})
	c, err := net.Dial("tcp", s.Endpoints().StartTLSAddr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	r := bufio.NewReader(c)
	readReply(t, r)
	c.Write([]byte("EHLO me\r\n"))
	caps := readReply(t, r)
	if !slices.Contains(caps, "250-STARTTLS") || slices.ContainsFunc(caps, func(l string) bool { return strings.Contains(l, "AUTH") }) {
		t.Errorf("before TLS: %q, want STARTTLS and no AUTH", caps)
	}
	c.Write([]byte("AUTH PLAIN AGFkYUBnbWFpbC5jb20AYWJjZGVmZ2hpamtsbW5vcA==\r\n"))
	if l := readReply(t, r); !strings.HasPrefix(l[0], "530 5.7.0 Must issue a STARTTLS command first.") {
		t.Errorf("AUTH in clear: %q", l)
	}
	if st := s.Stats(); st.AuthBeforeTLS != 1 || st.AuthAttempts != 0 {
		t.Errorf("stats %+v", st)
	}
}

func TestNoStartTLS(t *testing.T) {
	s := start(t, Options{NoStartTLS: true})
	_, err := smtp.DialStartTLS(s.Endpoints().StartTLSAddr, tlsConfig(s))
	if err == nil {
		t.Fatal("STARTTLS worked on a server that must not offer it")
	}
}

func TestNoGreeting(t *testing.T) {
	s := start(t, Options{NoGreeting: true})
	c, err := tls.Dial("tcp", s.Endpoints().ImplicitAddr, tlsConfig(s))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.SetReadDeadline(time.Now().Add(200 * time.Millisecond))
	var b [1]byte
	if _, err := c.Read(b[:]); !isTimeout(err) {
		t.Errorf("read: %v, want a timeout", err)
	}
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

func TestPipelinedReadsCounted(t *testing.T) {
	s := start(t, Options{})
	c, r := dialRaw(t, s)
	c.Write([]byte("EHLO me\r\n"))
	readReply(t, r)
	c.Write([]byte("AUTH PLAIN AGFkYUBnbWFpbC5jb20AYWJjZGVmZ2hpamtsbW5vcA==\r\nMAIL FROM:<ada@gmail.com>\r\nRCPT TO:<ada@gmail.com>\r\nDATA\r\n"))
	for _, want := range []string{"235", "250", "250", "354"} {
		if l := readReply(t, r); !strings.HasPrefix(l[0], want) {
			t.Fatalf("got %q, want %s", l, want)
		}
	}
	c.Write([]byte("Subject: x\r\n\r\nQUIT\r\n.\r\nQUIT\r\n"))
	if l := readReply(t, r); !strings.HasPrefix(l[0], "250 2.0.0 OK") {
		t.Fatalf("after data: %q", l)
	}
	c.Close()
	s.WaitIdle()
	st := s.Stats()
	if st.PipelinedReads != 2 { // AUTH to DATA, then message and QUIT
		t.Errorf("PipelinedReads = %d, want 2", st.PipelinedReads)
	}
	if want := []string{"EHLO", "AUTH", "MAIL", "RCPT", "DATA", "QUIT"}; !slices.Equal(st.Commands, want) {
		t.Errorf("commands %q, want %q", st.Commands, want)
	}
}

// TestBDATChunkIsNotCommands: a BDAT chunk holds lines that look like
// commands; they are message, delivered as sent, and never show in Stats.
func TestBDATChunkIsNotCommands(t *testing.T) {
	s := start(t, Options{})
	c, r := dialRaw(t, s)
	c.Write([]byte("EHLO me\r\n"))
	readReply(t, r)
	chunk := "Subject: x\r\n\r\nQUIT\r\n.\r\nRSET\r\n"
	c.Write([]byte("AUTH PLAIN AGFkYUBnbWFpbC5jb20AYWJjZGVmZ2hpamtsbW5vcA==\r\nMAIL FROM:<ada@gmail.com>\r\nRCPT TO:<ada@gmail.com>\r\n" +
		"BDAT " + strconv.Itoa(len(chunk)) + " LAST\r\n" + chunk + "QUIT\r\n"))
	for _, want := range []string{"235 2.7.0 Accepted", "250 2.1.0 OK", "250 2.1.5 OK", "250 2.0.0 OK", "221 2.0.0 closing"} {
		if l := readReply(t, r); !strings.HasPrefix(l[0], want) {
			t.Fatalf("got %q, want %s", l, want)
		}
	}
	c.Close()
	s.WaitIdle()
	st := s.Stats()
	if want := []string{"EHLO", "AUTH", "MAIL", "RCPT", "BDAT", "QUIT"}; !slices.Equal(st.Commands, want) || st.PipelinedReads != 1 {
		t.Errorf("commands %q, %d pipelined reads; want %q, 1", st.Commands, st.PipelinedReads, want)
	}
	if m := s.Messages(); len(m) != 1 || string(m[0].Data) != chunk {
		t.Errorf("messages %q", m)
	}
}

func TestNoChunking(t *testing.T) {
	s := start(t, Options{NoChunking: true})
	c, r := dialRaw(t, s)
	c.Write([]byte("EHLO me\r\n"))
	if got := readReply(t, r); slices.Contains(got, "250-CHUNKING") || len(got) != 7 {
		t.Errorf("NoChunking: EHLO reply %q", got)
	}
}

func TestUntrustedClientFails(t *testing.T) {
	s := start(t, Options{})
	_, err := tls.Dial("tcp", s.Endpoints().ImplicitAddr, &tls.Config{ServerName: SMTPHost})
	if err == nil {
		t.Fatal("the throwaway CA must not be trusted by default")
	}
	c, err := tls.Dial("tcp", s.Endpoints().ImplicitAddr, &tls.Config{ServerName: IMAPHost, RootCAs: s.Endpoints().RootCAs})
	if err != nil {
		t.Fatalf("certificate not valid for %s: %v", IMAPHost, err)
	}
	c.Close()
}

func TestCloseLeavesNoGoroutines(t *testing.T) {
	before := runtime.NumGoroutine()
	s, err := Start(Options{Password: testPass, IMAP: true, DeliveryDelay: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	// An IMAP session and a delivery still pending at Close.
	ic, err := tls.Dial("tcp", s.Endpoints().IMAPAddr, &tls.Config{ServerName: IMAPHost, RootCAs: s.Endpoints().RootCAs})
	if err != nil {
		t.Fatal(err)
	}
	defer ic.Close()
	bufio.NewReader(ic).ReadString('\n')
	// Leave connections open in several states: mid-session, before TLS
	// on the 587 and idle on the 465.
	c1, err := tls.Dial("tcp", s.Endpoints().ImplicitAddr, tlsConfig(s))
	if err != nil {
		t.Fatal(err)
	}
	defer c1.Close()
	bufio.NewReader(c1).ReadString('\n')
	c2, err := net.Dial("tcp", s.Endpoints().StartTLSAddr)
	if err != nil {
		t.Fatal(err)
	}
	defer c2.Close()
	bufio.NewReader(c2).ReadString('\n')
	if err := send(t, s, true, testPass); err != nil {
		t.Fatal(err)
	}
	s.Close()
	c1.Close()
	c2.Close()
	// Close has waited for every server goroutine; allow the runtime a
	// moment to retire the client side's.
	var after int
	for range 100 {
		if after = runtime.NumGoroutine(); after <= before {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	buf := make([]byte, 1<<16)
	t.Errorf("%d goroutines before, %d after Close\n%s", before, after, buf[:runtime.Stack(buf, true)])
}
