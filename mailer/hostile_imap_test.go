package mailer_test

import (
	"bufio"
	"crypto/tls"
	"errors"
	"net"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"gmailsetup/internal/fake/fakeca"
	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/internal/fake/testproc"
	"gmailsetup/mailer"
)

// hostileIMAP is an IMAP server over loopback TLS, trusted by the client
// as a company proxy or an antivirus would be, that signs anyone in and
// answers LIST with flood: a literal announced at 2 GB, an endless quoted
// string, or endless small responses. It streams them until the client
// hangs up, so only a client that stops reading gets out.
func hostileIMAP(t testing.TB, flood string) (addr string, ca *fakeca.Authority) {
	t.Helper()
	ca, err := fakeca.New(time.Now(), "hostile", fakegmail.IMAPHost)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := tls.Listen("tcp", "127.0.0.1:0", ca.ServerConfig())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go serveHostile(c, flood)
		}
	}()
	return ln.Addr().String(), ca
}

func serveHostile(c net.Conn, flood string) {
	defer c.Close()
	w := bufio.NewWriter(c)
	r := bufio.NewReader(c)
	w.WriteString("* OK [CAPABILITY IMAP4rev1] hostile ready\r\n")
	w.Flush()
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return
		}
		tag, rest, _ := strings.Cut(strings.TrimSpace(line), " ")
		switch cmd, _, _ := strings.Cut(strings.ToUpper(rest), " "); cmd {
		case "LIST":
			var chunk string
			switch flood {
			case "literal":
				w.WriteString(`* LIST () "/" {2000000000}` + "\r\n")
				chunk = strings.Repeat("a", 64<<10)
			case "quoted":
				w.WriteString(`* LIST () "/" "`)
				chunk = strings.Repeat("a", 64<<10)
			case "responses":
				chunk = strings.Repeat(`* LIST () "/" box`+"\r\n", 4096)
			}
			for {
				if _, err := w.WriteString(chunk); err != nil {
					return
				}
			}
		default:
			w.WriteString(tag + " OK done\r\n")
			w.Flush()
		}
	}
}

// hostileClient is a client that sends through a well-behaved fake Gmail
// and checks delivery against the hostile IMAP server, trusting both.
func hostileClient(t testing.TB, flood string) *mailer.Client {
	fake := startFake(t, fakegmail.Options{})
	c, _ := client(t, fake)
	imapAddr, ca := hostileIMAP(t, flood)
	pool := c.Server.RootCAs.Clone()
	pool.AppendCertsFromPEM(ca.CAPEM)
	c.Server.RootCAs = pool
	c.Server.IMAPAddr = imapAddr
	c.Server.IMAPHost = fakegmail.IMAPHost
	return c
}

// A hostile IMAP server cannot make the delivery check read without end:
// the client stops at its limits and says the server sent too much; the
// send itself worked and is reported so.
func TestHostileIMAPIsBounded(t *testing.T) {
	for _, flood := range []string{"literal", "quoted", "responses"} {
		t.Run(flood, func(t *testing.T) {
			c := hostileClient(t, flood)
			res, err := c.Send(ctx(t), acct, testMessage(), nil)
			if err != nil {
				t.Fatalf("the send itself failed: %v", err)
			}
			if res.Arrived || mailer.KindOf(res.ConfirmErr) != mailer.KindOversized {
				t.Fatalf("arrived %v, confirm error %v (kind %v), want kind %v", res.Arrived, res.ConfirmErr, mailer.KindOf(res.ConfirmErr), mailer.KindOversized)
			}
		})
	}
}

var maxRSS = regexp.MustCompile(`maxrss=(\d+)`)

// The client's peak memory against each hostile IMAP server, measured by
// GNU time around a child process that runs the delivery check alone,
// stays under 100 MB; unbounded, the literal took 9.5 GB.
func TestHostileIMAPMemory(t *testing.T) {
	flood := os.Getenv("HOSTILE_FLOOD")
	if testproc.InChild(t) {
		c := hostileClient(t, flood)
		res, err := c.Send(ctx(t), acct, testMessage(), nil)
		if err != nil || mailer.KindOf(res.ConfirmErr) != mailer.KindOversized {
			t.Fatalf("send %v, confirm %v", err, res.ConfirmErr)
		}
		t.Log("the child stopped the flood")
		return
	}
	timeBin := "/usr/bin/time"
	if _, err := os.Stat(timeBin); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("GNU time is missing")
		}
		t.Skip("GNU time is not installed")
	}
	for _, flood := range []string{"literal", "quoted", "responses"} {
		out, err := testproc.Run(t, append(os.Environ(), "HOSTILE_FLOOD="+flood), 2*time.Minute, timeBin, "-f", "maxrss=%M")
		m := maxRSS.FindStringSubmatch(out)
		if err != nil || m == nil || !strings.Contains(out, "the child stopped the flood") {
			t.Fatalf("%s: %v\n%s", flood, err, out)
		}
		kb, _ := strconv.Atoi(m[1])
		t.Logf("%s: peak memory %d KB", flood, kb)
		if kb > 100<<10 {
			t.Errorf("%s: peak memory %d KB, want under 100 MB", flood, kb)
		}
	}
}

// The whole message went out and the server took it, but its reply never
// came: it hung up, or said nothing until the client gave up. The mail may
// have gone, so the failure must not read "not sent". With IMAP the client
// looks for it by its Message-ID: in the test mail's mailbox for Send, in
// Sent Mail for SendRaw; found, the send worked, and says its reply was
// lost; not found, the error says the mailbox was searched.
func TestLostReplyAfterTheMessage(t *testing.T) {
	for _, lost := range []fakegmail.LostReply{fakegmail.ReplyHangUp, fakegmail.ReplySilent} {
		for _, chunking := range []bool{true, false} {
			for _, imap := range []string{"none", "found", "missing"} {
				name := map[fakegmail.LostReply]string{fakegmail.ReplyHangUp: "hang-up", fakegmail.ReplySilent: "silent"}[lost] +
					map[bool]string{true: "/BDAT", false: "/DATA"}[chunking] + "/imap-" + imap
				t.Run(name, func(t *testing.T) {
					fake := startFake(t, fakegmail.Options{AfterData: lost, NoChunking: !chunking, IMAP: imap != "none", LoseMail: imap == "missing"})
					c, _ := client(t, fake)
					c.DataTimeout = 300 * time.Millisecond
					c.ConfirmTimeout = 500 * time.Millisecond
					msg := testMessage()
					raw := "From: " + addr + "\r\nTo: " + addr + "\r\nMessage-ID: <" + msg.MessageID + ">\r\nSubject: invoice\r\n\r\nhello\r\n"
					for _, send := range []string{"Send", "SendRaw"} {
						var res mailer.Result
						var err error
						if send == "Send" {
							res, err = c.Send(ctx(t), acct, msg, nil)
						} else {
							res, err = c.SendRaw(ctx(t), acct, addr, []string{addr}, strings.NewReader(raw), nil)
						}
						if imap == "found" {
							if err != nil || !res.ReplyLost {
								t.Fatalf("%s: %v, reply lost %v; want found and told so", send, err, res.ReplyLost)
							}
							continue
						}
						var e *mailer.Error
						if !errors.As(err, &e) || e.Kind != mailer.KindMaybeSent {
							t.Fatalf("%s: %v (kind %v), want %v", send, err, mailer.KindOf(err), mailer.KindMaybeSent)
						}
						if e.Searched != (imap == "missing") {
							t.Errorf("%s: searched %v with IMAP %s", send, e.Searched, imap)
						}
					}
				})
			}
		}
	}
}

// A refusal that comes before the message is out is still a plain
// failure: the mail was not sent.
func TestRefusalBeforeTheMessageIsNotMaybeSent(t *testing.T) {
	fake := startFake(t, fakegmail.Options{Reset: fakegmail.StageRcpt, NoChunking: true})
	c, _ := client(t, fake)
	_, err := c.SendRaw(ctx(t), acct, addr, []string{addr}, strings.NewReader("Subject: x\r\n\r\nhi\r\n"), nil)
	if k := mailer.KindOf(err); k == mailer.KindMaybeSent || err == nil {
		t.Fatalf("reset at RCPT: %v (kind %v), want a plain failure", err, k)
	}
}
