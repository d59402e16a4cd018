package mailer_test

import (
	"context"
	"encoding/base64"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/mailer"
)

// TestReplyKinds checks that each of Gmail's refusals comes out as its kind,
// with the code, the enhanced code and Gmail's text.
func TestReplyKinds(t *testing.T) {
	tests := []struct {
		name     string
		opts     fakegmail.Options
		password string
		kind     mailer.Kind
		code     int
		enhanced string
		text     string
	}{
		{"bad credentials", fakegmail.Options{}, "wrongwrongwrongw", mailer.KindBadCredentials, 535, "5.7.8", "Username and Password not accepted"},
		{"wrong address", fakegmail.Options{Address: "bob@gmail.com"}, pass, mailer.KindBadCredentials, 535, "5.7.8", "https://support.google.com/mail/?p=BadCredentials"},
		{"google password", fakegmail.Options{GooglePassword: "correct horse"}, "correct horse", mailer.KindNeedAppPassword, 534, "5.7.9", "Application-specific password required"},
		{"too many attempts", fakegmail.Options{TooManyAttempts: true}, pass, mailer.KindTooManyAttempts, 454, "4.7.0", "Too many login attempts"},
		{"daily limit at MAIL", fakegmail.Options{DailyLimit: fakegmail.StageMail}, pass, mailer.KindDailyLimit, 550, "5.4.5", "Daily user sending limit exceeded"},
		{"daily limit at RCPT", fakegmail.Options{DailyLimit: fakegmail.StageRcpt}, pass, mailer.KindDailyLimit, 550, "5.4.5", "Daily user sending limit exceeded"},
		{"daily limit at DATA", fakegmail.Options{DailyLimit: fakegmail.StageData}, pass, mailer.KindDailyLimit, 550, "5.4.5", "sending limits go to https://support.google.com/a/answer/166852"},
		{"421 at greeting", fakegmail.Options{Temporary: fakegmail.StageGreeting}, pass, mailer.KindTemporary, 421, "4.7.0", "Try again later"},
		{"421 at AUTH", fakegmail.Options{Temporary: fakegmail.StageAuth}, pass, mailer.KindTemporary, 421, "4.7.0", "Try again later"},
		{"421 at RCPT", fakegmail.Options{Temporary: fakegmail.StageRcpt}, pass, mailer.KindTemporary, 421, "4.7.0", "Try again later"},
		{"refused RCPT", fakegmail.Options{RefuseRcpt: true}, pass, mailer.KindRejected, 550, "5.1.1", "does not exist"},
	}
	for _, tt := range tests {
		for _, pipelining := range []bool{true, false} {
			name := tt.name
			if !pipelining {
				name += " lock-step"
			}
			t.Run(name, func(t *testing.T) {
				o := tt.opts
				o.NoPipelining = !pipelining
				fake := startFake(t, o)
				c, debug := client(t, fake)
				a := mailer.Account{Email: addr, Password: tt.password}
				_, err := c.Send(ctx(t), a, testMessage(), nil)
				var e *mailer.Error
				if !errors.As(err, &e) {
					t.Fatalf("error %v (%T), want *mailer.Error", err, err)
				}
				if e.Kind != tt.kind || e.Code != tt.code || e.Enhanced != tt.enhanced || e.Port != 465 {
					t.Errorf("got %v %d %s port %d, want %v %d %s port 465", e.Kind, e.Code, e.Enhanced, e.Port, tt.kind, tt.code, tt.enhanced)
				}
				if !strings.Contains(e.Reply, tt.text) || !strings.HasSuffix(e.Reply, " - gsmtp") {
					t.Errorf("reply %q, want it to contain %q and end in - gsmtp", e.Reply, tt.text)
				}
				if n := len(fake.Messages()); n != 0 {
					t.Errorf("fake accepted %d messages", n)
				}
				assertNoSecret(t, tt.password, err.Error(), debug.String())
			})
		}
	}
}

// assertNoSecret fails if the password, with or without spaces, or in the
// base64 forms AUTH carries, shows in any of texts.
func assertNoSecret(t *testing.T, password string, texts ...string) {
	t.Helper()
	b64 := base64.StdEncoding.EncodeToString
	secrets := []string{
		password, strings.ReplaceAll(password, " ", ""),
		b64([]byte(password)), b64([]byte("\x00" + addr + "\x00" + password)),
		b64([]byte("\x00" + addr + "\x00" + strings.ReplaceAll(password, " ", ""))),
	}
	for _, text := range texts {
		for _, s := range secrets {
			if strings.Contains(text, s) {
				t.Errorf("secret %q found in %q", s, text)
			}
		}
	}
}

// TestPipelinedFailureSendsNoMessage checks that when AUTH, MAIL or RCPT
// is refused inside the pipelined group, the client reads every reply,
// reports the first failure and the message is delivered to no one. With
// DATA, the message is never sent (a message line reaching the server
// would show there as a command); with BDAT LAST, the chunk went with the
// group, the server refused the BDAT for want of a recipient and
// discarded it, and the QUIT after it ends the session.
func TestPipelinedFailureSendsNoMessage(t *testing.T) {
	for _, chunking := range []bool{true, false} {
		last := "BDAT"
		if !chunking {
			last = "DATA"
		}
		want := []string{"EHLO", "AUTH", "MAIL", "RCPT", last, "QUIT"}
		tests := []struct {
			opts     fakegmail.Options
			password string
			kind     mailer.Kind
			code     int
		}{
			{fakegmail.Options{RefuseRcpt: true}, pass, mailer.KindRejected, 550},
			{fakegmail.Options{DailyLimit: fakegmail.StageMail}, pass, mailer.KindDailyLimit, 550},
			{fakegmail.Options{DailyLimit: fakegmail.StageRcpt}, pass, mailer.KindDailyLimit, 550},
			// The AUTH failure wins over the refusals that follow from it.
			{fakegmail.Options{}, "wrongwrongwrongw", mailer.KindBadCredentials, 535},
		}
		for _, tt := range tests {
			o := tt.opts
			o.NoChunking = !chunking
			var server syncBuffer
			o.Debug = &server
			fake := startFake(t, o)
			c, _ := client(t, fake)
			_, err := c.Send(ctx(t), mailer.Account{Email: addr, Password: tt.password}, testMessage(), nil)
			var e *mailer.Error
			if !errors.As(err, &e) || e.Kind != tt.kind || e.Code != tt.code {
				t.Errorf("chunking %v, %+v: got %v, want %v %d", chunking, tt.opts, err, tt.kind, tt.code)
			}
			fake.WaitIdle()
			if got := fake.Stats().Commands; !slices.Equal(got, want) {
				t.Errorf("chunking %v, %+v: commands %q, want %q", chunking, tt.opts, got, want)
			}
			if n := len(fake.Messages()); n != 0 {
				t.Errorf("chunking %v, %+v: %d messages delivered", chunking, tt.opts, n)
			}
			// The server's last reply is to the BDAT or DATA, refused
			// before any message was taken.
			if tr := server.String(); chunking && !strings.Contains(tr, "Missing RCPT TO") && !strings.Contains(tr, "Missing MAIL") {
				t.Errorf("BDAT not refused:\n%s", tr)
			}
		}
	}
}

func TestLockStepWithoutPipelining(t *testing.T) {
	fake := startFake(t, fakegmail.Options{NoPipelining: true})
	c, _ := client(t, fake)
	if _, err := c.Send(ctx(t), acct, testMessage(), nil); err != nil {
		t.Fatal(err)
	}
	fake.WaitIdle()
	st := fake.Stats()
	if st.PipelinedReads != 0 {
		t.Errorf("%d pipelined reads to a server without PIPELINING", st.PipelinedReads)
	}
	if want := []string{"EHLO", "AUTH", "MAIL", "RCPT", "DATA", "QUIT"}; !slices.Equal(st.Commands, want) {
		t.Errorf("commands %q, want %q", st.Commands, want)
	}
	if len(fake.Messages()) != 1 {
		t.Error("message not delivered")
	}
}

func TestAuthLogin(t *testing.T) {
	for _, pipelining := range []bool{true, false} {
		fake := startFake(t, fakegmail.Options{LoginOnly: true, NoPipelining: !pipelining})
		c, debug := client(t, fake)
		if _, err := c.Send(ctx(t), acct, testMessage(), nil); err != nil {
			t.Fatal(err)
		}
		_, err := c.Verify(ctx(t), mailer.Account{Email: addr, Password: "wrongwrongwrongw"}, nil)
		if kindOf(err) != mailer.KindBadCredentials {
			t.Errorf("wrong password: %v", err)
		}
		assertNoSecret(t, pass, debug.String())
		assertNoSecret(t, "wrongwrongwrongw", debug.String(), err.Error())
		if strings.Contains(debug.String(), base64.StdEncoding.EncodeToString([]byte(addr))) {
			t.Error("LOGIN user name not redacted")
		}
	}
}

func TestTLSUnknownAuthority(t *testing.T) {
	fake := startFake(t, fakegmail.Options{})
	c, _ := client(t, fake)
	c.Server.RootCAs = nil // the system roots do not know the fake's CA
	_, err := c.Send(ctx(t), acct, testMessage(), nil)
	if kindOf(err) != mailer.KindTLS {
		t.Fatalf("got %v, want %v", err, mailer.KindTLS)
	}
	if st := fake.Stats(); st.AuthAttempts != 0 || st.AuthBeforeTLS != 0 {
		t.Errorf("signed in over an unverified connection: %+v", st)
	}
}

func TestTLSWrongName(t *testing.T) {
	fake := startFake(t, fakegmail.Options{})
	c, _ := client(t, fake)
	c.Server.Host = "smtp.example.com" // the certificate is for smtp.gmail.com
	_, err := c.Verify(ctx(t), acct, nil)
	if kindOf(err) != mailer.KindTLS {
		t.Fatalf("got %v, want %v", err, mailer.KindTLS)
	}
}

func TestDNS(t *testing.T) {
	c := &mailer.Client{
		Server:   mailer.Server{Host: "smtp.gmail.invalid", ImplicitAddr: "smtp.gmail.invalid:465", StartTLSAddr: "smtp.gmail.invalid:587"},
		Resolver: nxResolver(t),
	}
	_, err := c.Verify(ctx(t), acct, nil)
	if kindOf(err) != mailer.KindDNS {
		t.Fatalf("got %v, want %v", err, mailer.KindDNS)
	}
}

func TestPortsBlocked(t *testing.T) {
	for _, tc := range []struct {
		name string
		addr func(testing.TB) string
	}{{"refused", closedAddr}, {"blackholed", blackhole}} {
		t.Run(tc.name, func(t *testing.T) {
			c := &mailer.Client{
				Server:         mailer.Server{Host: fakegmail.SMTPHost, ImplicitAddr: tc.addr(t), StartTLSAddr: tc.addr(t)},
				ConnectTimeout: 300 * time.Millisecond,
				FallbackDelay:  50 * time.Millisecond,
			}
			_, err := c.Verify(ctx(t), acct, nil)
			if kindOf(err) != mailer.KindPortsBlocked {
				t.Fatalf("got %v, want %v", err, mailer.KindPortsBlocked)
			}
		})
	}
}

// TestBlackholed465 checks that 587 takes over when 465 swallows the
// connect: with a connect timeout longer than the test's context, only the
// fallback can make it succeed.
func TestBlackholed465(t *testing.T) {
	fake := startFake(t, fakegmail.Options{})
	c, _ := client(t, fake)
	c.Server.ImplicitAddr = blackhole(t)
	c.ConnectTimeout = time.Hour
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	res, err := c.Send(ctx, acct, testMessage(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Port != 587 {
		t.Errorf("port %d, want 587", res.Port)
	}
}

// A connection cut before the message is out is a reset: nothing was
// sent. Cut in place of the reply to the whole message, the client cannot
// tell whether the server took it first: it may have been sent.
func TestConnectionReset(t *testing.T) {
	for _, stage := range []fakegmail.Stage{fakegmail.StageGreeting, fakegmail.StageAuth, fakegmail.StageRcpt, fakegmail.StageData} {
		fake := startFake(t, fakegmail.Options{Reset: stage})
		c, _ := client(t, fake)
		_, err := c.Send(ctx(t), acct, testMessage(), nil)
		want := mailer.KindConnReset
		if stage == fakegmail.StageData {
			want = mailer.KindMaybeSent
		}
		if kindOf(err) != want {
			t.Errorf("reset at stage %d: got %v, want %v", stage, err, want)
		}
	}
}

func TestNoGreetingTimesOut(t *testing.T) {
	fake := startFake(t, fakegmail.Options{NoGreeting: true})
	c, _ := client(t, fake)
	c.ReplyTimeout = 200 * time.Millisecond
	_, err := c.Verify(ctx(t), acct, nil)
	var e *mailer.Error
	if !errors.As(err, &e) || e.Kind != mailer.KindTemporary || e.Code != 0 {
		t.Fatalf("got %v, want %v without a reply code", err, mailer.KindTemporary)
	}
}

func TestNoStartTLSRefused(t *testing.T) {
	fake := startFake(t, fakegmail.Options{NoStartTLS: true})
	c, _ := client(t, fake)
	c.Server.ImplicitAddr = closedAddr(t)
	_, err := c.Send(ctx(t), acct, testMessage(), nil)
	var e *mailer.Error
	if !errors.As(err, &e) || e.Kind != mailer.KindNoStartTLS || e.Port != 587 {
		t.Fatalf("got %v, want %v on 587", err, mailer.KindNoStartTLS)
	}
	fake.WaitIdle()
	st := fake.Stats()
	if st.AuthBeforeTLS != 0 || slices.Contains(st.Commands, "AUTH") {
		t.Errorf("AUTH sent in clear: %+v", st)
	}
}

func TestHostileReplyIsClean(t *testing.T) {
	fake := startFake(t, fakegmail.Options{HostileText: fakegmail.Hostile})
	c, debug := client(t, fake)
	_, err := c.Verify(ctx(t), mailer.Account{Email: addr, Password: "wrongwrongwrongw"}, nil)
	var e *mailer.Error
	if !errors.As(err, &e) || e.Kind != mailer.KindBadCredentials {
		t.Fatalf("got %v", err)
	}
	if !strings.Contains(e.Reply, "click here") {
		t.Errorf("reply %q lost its text", e.Reply)
	}
	for _, text := range []string{e.Reply, e.Error(), debug.String()} {
		if i := strings.IndexAny(text, "\x1b\u009b\r\b\x00\u202e\x07"); i >= 0 {
			t.Errorf("unsafe character %q at %d in %q", text[i:i+1], i, text)
		}
	}
}

// TestCancel cancels while the client waits a minute for a greeting; it
// must return at once, which the 1 s bound checks with a wide margin.
func TestCancel(t *testing.T) {
	fake := startFake(t, fakegmail.Options{NoGreeting: true})
	c, _ := client(t, fake)
	c.ReplyTimeout = time.Minute
	ctx, cancel := context.WithCancel(context.Background())
	cancelled := make(chan time.Time, 1)
	_, err := c.Verify(ctx, acct, func(p mailer.Phase) {
		if p == mailer.PhaseSecuring {
			// Cancel once the client is past connecting, from elsewhere,
			// as the wizard would.
			time.AfterFunc(20*time.Millisecond, func() {
				cancelled <- time.Now()
				cancel()
			})
		}
	})
	returned := time.Now()
	if kindOf(err) != mailer.KindCanceled {
		t.Fatalf("got %v, want %v", err, mailer.KindCanceled)
	}
	if d := returned.Sub(<-cancelled); d > time.Second {
		t.Errorf("returned %v after cancel, want within 1 s", d)
	}
}

func TestCancelWhileConnecting(t *testing.T) {
	c := &mailer.Client{
		Server:         mailer.Server{Host: fakegmail.SMTPHost, ImplicitAddr: blackhole(t), StartTLSAddr: blackhole(t)},
		ConnectTimeout: time.Hour,
	}
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)
	if _, err := c.Verify(ctx, acct, nil); kindOf(err) != mailer.KindCanceled {
		t.Fatalf("got %v, want %v", err, mailer.KindCanceled)
	}
}

func TestBadAddressRefusedBeforeConnecting(t *testing.T) {
	fake := startFake(t, fakegmail.Options{})
	c, _ := client(t, fake)
	msg := testMessage()
	msg.To = "ada@gmail.com>\r\nRCPT TO:<eve@example.com"
	if _, err := c.Send(ctx(t), acct, msg, nil); kindOf(err) != mailer.KindRejected {
		t.Fatalf("got %v", err)
	}
	if fake.Stats().Implicit != 0 {
		t.Error("connected with an injected address")
	}
}
