package plain

import (
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
)

// signalBuffer is a transcript that tells when a text first shows up in
// it, so a test acts on what the run printed without polling.
type signalBuffer struct {
	syncBuffer
	mu    sync.Mutex
	waits map[string]chan struct{}
}

// when returns a channel closed once text is in the transcript.
func (b *signalBuffer) when(text string) <-chan struct{} {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.waits == nil {
		b.waits = map[string]chan struct{}{}
	}
	ch := make(chan struct{})
	b.waits[text] = ch
	return ch
}

func (b *signalBuffer) Write(p []byte) (int, error) {
	n, err := b.syncBuffer.Write(p)
	out := b.syncBuffer.String()
	b.mu.Lock()
	for text, ch := range b.waits {
		if strings.Contains(out, text) {
			close(ch)
			delete(b.waits, text)
		}
	}
	b.mu.Unlock()
	return n, err
}

// runStep9 walks to step 9 (saved in the file, no password printed, yes
// to step 9) and hands the input over to the test from there.
func (h *harness) runStep9(quiet time.Duration, out *signalBuffer, rest io.Reader) int {
	h.t.Helper()
	in := newWalker(h.t, i18n.New(h.lang), out, script{guide.Save: {"1", "", "1"}, guide.Invoicing: {handOver}})
	in.rest = rest
	return h.runOn(in, out, func(c *Config) { c.Timeouts.Invoicing = quiet })
}

// The plain face's step 9: Qui Fattura's clicks and the fields are
// printed, the inbox is watched, and another program's test mail (go-smtp
// signed in with the app password) is reported with its subject and the
// "Salva" to click; the run then ends, the watch's connection closed.
func TestInvoicingPlainSeesTheProgramsMail(t *testing.T) {
	for _, lang := range i18n.Langs {
		t.Run(string(lang), func(t *testing.T) {
			cat := i18n.New(lang)
			h := newHarness(t, fakegmail.Options{Address: "mario.rossi@gmail.com", IMAP: true})
			h.lang = lang
			var out signalBuffer
			watching := out.when(cat.T("invoicing.acc.watching"))
			sent := make(chan error, 1)
			go func() {
				<-watching
				sent <- fakegmail.SendAsProgram(t.Context(), h.fake.Endpoints(), "mario.rossi@gmail.com", sentinel, fakegmail.QuiFatturaSubject)
			}()
			pr, pw := io.Pipe()
			defer pw.Close()
			code := h.runStep9(time.Minute, &out, pr)
			if err := <-sent; err != nil {
				t.Fatal(err)
			}
			got := out.String()
			if code != ExitOK {
				t.Fatalf("exit %d\n%s", code, got)
			}
			checkClean(t, got)
			mustContain(t, got, guide.QuiFatturaItems()[6].Text(cat), "https://app.quifattura.it/", "smtp.gmail.com",
				"SSL, SMTPS", fakegmail.QuiFatturaSubject, cat.T("invoicing.clickSave"))
			h.fake.WaitIdle()
		})
	}
}

// Nothing arrives: the hints are printed, the connection is closed, and
// the person can finish.
func TestInvoicingPlainNothingArrives(t *testing.T) {
	cat := i18n.New(i18n.EN)
	h := newHarness(t, fakegmail.Options{Address: "mario.rossi@gmail.com", IMAP: true})
	var out signalBuffer
	nothing := out.when(cat.T("invoicing.nothing"))
	pr, pw := io.Pipe()
	go func() {
		<-nothing
		io.WriteString(pw, "3\n") // finish
	}()
	code := h.runStep9(time.Nanosecond, &out, pr)
	pw.Close()
	got := out.String()
	if code != ExitOK {
		t.Fatalf("exit %d\n%s", code, got)
	}
	mustContain(t, got, cat.T("invoicing.nothing"), "pasted whole", "mario.rossi@gmail.com", "port 465 with SSL/TLS")
	h.fake.WaitIdle()
	if st := h.fake.Stats(); st.IMAPLogins != 2 { // the test mail's check, and the watch
		t.Fatalf("%d IMAP sign-ins, want 2", st.IMAPLogins)
	}
}

// Enter while watching stops at once: the connection is closed (an
// hour-long watch would keep it open), and the person can finish.
func TestInvoicingPlainEnterStops(t *testing.T) {
	cat := i18n.New(i18n.EN)
	h := newHarness(t, fakegmail.Options{Address: "mario.rossi@gmail.com", IMAP: true})
	var out signalBuffer
	watching, stopped := out.when(cat.T("invoicing.acc.watching")), out.when(cat.T("invoicing.acc.stopped"))
	pr, pw := io.Pipe()
	go func() {
		<-watching
		io.WriteString(pw, "\n") // enter: stop watching
		<-stopped
		io.WriteString(pw, "3\n") // finish
	}()
	code := h.runStep9(time.Hour, &out, pr)
	pw.Close()
	if code != ExitOK {
		t.Fatalf("exit %d\n%s", code, out.String())
	}
	h.fake.WaitIdle()
}
