package mailer

import (
	"bufio"
	"errors"
	"slices"
	"strings"
	"testing"
)

func parse(s string) (reply, error) {
	return readReply(bufio.NewReader(strings.NewReader(s)))
}

func TestReadReply(t *testing.T) {
	tests := []struct {
		in       string
		code     int
		enhanced string
		lines    []string
		text     string
	}{
		{"220 smtp.gmail.com ESMTP x - gsmtp\r\n", 220, "", []string{"smtp.gmail.com ESMTP x - gsmtp"}, "smtp.gmail.com ESMTP x - gsmtp"},
		{"535-5.7.8 Username and Password not accepted. For more information, go to\r\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials id - gsmtp\r\n",
			535, "5.7.8", []string{"Username and Password not accepted. For more information, go to", " https://support.google.com/mail/?p=BadCredentials id - gsmtp"},
			"Username and Password not accepted. For more information, go to https://support.google.com/mail/?p=BadCredentials id - gsmtp"},
		{"250-a\n250-b\n250 c\n", 250, "", []string{"a", "b", "c"}, "a b c"}, // bare LF
		{"250\r\n", 250, "", []string{""}, ""},
		{"354  Go ahead\r\n", 354, "", []string{" Go ahead"}, "Go ahead"},
		{"550 5.1.1 no\r\n", 550, "5.1.1", []string{"no"}, "no"},
		{"550 4.1.1 class mismatch\r\n", 550, "", []string{"4.1.1 class mismatch"}, "4.1.1 class mismatch"},
		{"250 2.0.0\r\n", 250, "2.0.0", []string{""}, ""},
		{"421 4.7.0 Try again later, closing connection.\r\n", 421, "4.7.0", []string{"Try again later, closing connection."}, "Try again later, closing connection."},
	}
	for _, tt := range tests {
		r, err := parse(tt.in)
		if err != nil {
			t.Errorf("%q: %v", tt.in, err)
			continue
		}
		if r.Code != tt.code || r.Enhanced != tt.enhanced || !slices.Equal(r.Lines, tt.lines) || r.Text() != tt.text {
			t.Errorf("%q: got %d %q %q %q", tt.in, r.Code, r.Enhanced, r.Lines, r.Text())
		}
	}
}

func TestReadReplyMalformed(t *testing.T) {
	for _, in := range []string{
		"hello\r\n", "25\r\n", "2500 x\r\n", "250x\r\n", "250-a\r\n251 b\r\n", "650 x\r\n", "099 x\r\n",
		"250 " + strings.Repeat("x", maxReplyLine+1) + "\r\n",
		strings.Repeat("250-x\r\n", maxReplyLines+1) + "250 x\r\n",
	} {
		if _, err := parse(in); !errors.Is(err, errProtocol) {
			t.Errorf("%.40q: got %v, want errProtocol", in, err)
		}
	}
	for _, in := range []string{"", "250-a\r\n", "250 no newline"} {
		if _, err := parse(in); err == nil || errors.Is(err, errProtocol) {
			t.Errorf("%q: got %v, want a read error", in, err)
		}
	}
}

// A reply past the limits is told as the IMAP side tells it: the server
// sent more than any mail server would.
func TestReplyPastTheLimitsIsOversized(t *testing.T) {
	for _, in := range []string{
		"250 " + strings.Repeat("x", maxReplyLine+1) + "\r\n",
		strings.Repeat("250-x\r\n", maxReplyLines+1) + "250 x\r\n",
	} {
		if _, err := parse(in); kindOfErr(err) != KindOversized {
			t.Errorf("%.40q: kind %v, want %v", in, kindOfErr(err), KindOversized)
		}
	}
}

func TestKindOfReply(t *testing.T) {
	tests := []struct {
		code int
		enh  string
		want Kind
	}{
		{535, "5.7.8", KindBadCredentials},
		{535, "", KindBadCredentials},
		{534, "5.7.9", KindNeedAppPassword},
		{534, "5.7.14", KindRejected}, // sign in with a browser first
		{454, "4.7.0", KindTooManyAttempts},
		{454, "4.7.5", KindTemporary},
		{550, "5.4.5", KindDailyLimit},
		{550, "5.1.1", KindRejected},
		{421, "4.7.0", KindTemporary},
		{451, "", KindTemporary},
		{554, "5.7.0", KindRejected},
		{250, "", KindUnknown},
	}
	for _, tt := range tests {
		if got := kindOfReply(reply{Code: tt.code, Enhanced: tt.enh}); got != tt.want {
			t.Errorf("%d %s: %v, want %v", tt.code, tt.enh, got, tt.want)
		}
	}
}

func TestParseEHLO(t *testing.T) {
	r, err := parse("250-smtp.gmail.com at your service, [1.2.3.4]\r\n250-SIZE 35882577\r\n250-8BITMIME\r\n" +
		"250-AUTH LOGIN PLAIN XOAUTH2 PLAIN-CLIENTTOKEN OAUTHBEARER XOAUTH\r\n250-ENHANCEDSTATUSCODES\r\n" +
		"250-PIPELINING\r\n250-CHUNKING\r\n250 SMTPUTF8\r\n")
	if err != nil {
		t.Fatal(err)
	}
	want := capabilities{pipelining: true, chunking: true, smtpUTF8: true, eightBitMIME: true, plain: true, login: true, xoauth2: true, oauthBearer: true}
	if got := parseEHLO(r); got != want {
		t.Errorf("got %+v, want %+v", got, want)
	}
	r, _ = parse("250-mx.example PIPELINING\r\n250-STARTTLS\r\n250 AUTH=LOGIN\r\n")
	want = capabilities{startTLS: true, login: true} // the greeting line is no capability
	if got := parseEHLO(r); got != want {
		t.Errorf("got %+v, want %+v", got, want)
	}
}

// FuzzReadReply checks that the parser never panics, never returns more
// than its limits, and that what it accepts, written out again, reads back
// with the same code, enhanced code and number of lines.
func FuzzReadReply(f *testing.F) {
	for _, s := range []string{
		"220 smtp.gmail.com ESMTP x - gsmtp\r\n",
		"535-5.7.8 Username and Password not accepted.\r\n535 5.7.8  https://x id - gsmtp\r\n",
		"250-a\n250 b\n", "250\r\n", "354  Go ahead\r\n", "550 5.4.5 \x1b[31m\u202e\r\n", "2", "250-\r\n250 2.0.0\r\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		r, err := readReply(bufio.NewReaderSize(strings.NewReader(string(in)), 16))
		if err != nil {
			return
		}
		if r.Code < 100 || r.Code > 599 || len(r.Lines) == 0 || len(r.Lines) > maxReplyLines {
			t.Fatalf("accepted %q as %+v", in, r)
		}
		var b strings.Builder
		for i, l := range r.Lines {
			sep := "-"
			if i == len(r.Lines)-1 {
				sep = " "
			}
			enh := ""
			if r.Enhanced != "" && i == len(r.Lines)-1 {
				enh = r.Enhanced + " "
			}
			b.WriteString(itoa3(r.Code) + sep + enh + l + "\r\n")
		}
		r2, err := parse(b.String())
		if err != nil || r2.Code != r.Code || r2.Enhanced != r.Enhanced || len(r2.Lines) != len(r.Lines) {
			t.Fatalf("%q parsed as %+v, written as %q, read back as %+v, %v", in, r, b.String(), r2, err)
		}
	})
}
