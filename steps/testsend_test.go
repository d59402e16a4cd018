package steps

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
	"gmailsetup/mailer"
)

// fakeSenderB reports its phases, then waits for gate (when set) or for
// the context, then returns result and err. It records what it was given.
type fakeSenderB struct {
	phases []mailer.Phase
	gate   chan struct{}
	result mailer.Result
	err    error

	mu       sync.Mutex
	sends    int
	verifies int
	acct     mailer.Account
	msg      mailer.Message
	ctxErr   error
}

func (f *fakeSenderB) run(ctx context.Context, progress func(mailer.Phase)) (mailer.Result, error) {
	for _, p := range f.phases {
		progress(p)
	}
	if f.gate != nil {
		select {
		case <-f.gate:
		case <-ctx.Done():
			f.mu.Lock()
			f.ctxErr = ctx.Err()
			f.mu.Unlock()
			return mailer.Result{}, &mailer.Error{Kind: mailer.KindCanceled, Err: ctx.Err()}
		}
	}
	return f.result, f.err
}

func (f *fakeSenderB) Send(ctx context.Context, acct mailer.Account, msg mailer.Message, progress func(mailer.Phase)) (mailer.Result, error) {
	f.mu.Lock()
	f.sends++
	f.acct, f.msg = acct, msg
	f.mu.Unlock()
	return f.run(ctx, progress)
}

func (f *fakeSenderB) Verify(ctx context.Context, acct mailer.Account, progress func(mailer.Phase)) (mailer.Result, error) {
	f.mu.Lock()
	f.verifies++
	f.acct = acct
	f.mu.Unlock()
	return f.run(ctx, progress)
}

func (f *fakeSenderB) canceled() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.ctxErr
}

// startSendB enters the step and splits the batch it returns into the send
// command and the progress reader (the spinner's tick is dropped).
func startSendB(t *testing.T, st Step) (Step, tea.Cmd, tea.Cmd) {
	t.Helper()
	st, cmd := enterStepB(t, st)
	if cmd == nil {
		t.Fatal("Enter started no send")
	}
	batch, ok := cmd().(tea.BatchMsg)
	if !ok || len(batch) < 2 {
		t.Fatalf("want a batch of send, progress and tick, got %T", cmd())
	}
	return st, batch[0], batch[1]
}

// finishSendB runs a send to its end, feeding every phase and the result.
func finishSendB(t *testing.T, st Step) Step {
	t.Helper()
	st, send, wait := startSendB(t, st)
	done := send()
	for wait != nil {
		msg := wait()
		if msg == nil {
			break
		}
		st, wait = st.Update(msg)
	}
	st, _ = st.Update(done)
	return st
}

func newTestSendSharedB(lang i18n.Lang, sender *fakeSenderB) *Shared {
	s, _ := newTestSharedB(lang)
	s.Deps.Sender = sender
	s.Answers.SetPassword(sentinelB)
	return s
}

func TestTestSendNamesEachPhase(t *testing.T) {
	phases := []mailer.Phase{mailer.PhaseConnecting, mailer.PhaseSecuring, mailer.PhaseSigningIn, mailer.PhaseSending, mailer.PhaseConfirming}
	names := map[i18n.Lang][]string{
		i18n.EN: {"Connecting", "Securing the connection", "Signing in", "Sending the test mail", "Checking your inbox"},
		i18n.IT: {"Connessione a", "Cifratura della connessione", "Accesso con", "Invio della mail di prova", "Controllo la posta"},
	}
	for _, lang := range i18n.Langs {
		sender := &fakeSenderB{phases: phases, gate: make(chan struct{}),
			result: mailer.Result{Port: 465, Arrived: true, ArrivedAfter: 2300 * time.Millisecond}}
		s := newTestSendSharedB(lang, sender)
		st, send, wait := startSendB(t, NewTestSend(s))
		if !st.CapturesEsc() {
			t.Errorf("%s: esc is not captured while sending", lang)
		}
		result := make(chan tea.Msg, 1)
		go func() { result <- send() }()
		for i := range phases {
			st, wait = st.Update(wait())
			if v := view(st); !strings.Contains(v, names[lang][i]) {
				t.Errorf("%s: phase %d: want %q in:\n%s", lang, i, names[lang][i], v)
			}
			noSecretB(t, "sending", view(st))
		}
		close(sender.gate)
		st, _ = st.Update(<-result)

		if !s.Answers.Tested() || s.Answers.TestResult().Port != 465 {
			t.Errorf("%s: success not recorded: %+v", lang, s.Answers)
		}
		if sender.acct.Password != sentinelB || sender.acct.Email != s.Answers.Email() {
			t.Errorf("%s: sent with the wrong account %v", lang, sender.acct)
		}
		m := sender.msg
		if m.From != s.Answers.Email() || m.To != s.Answers.Email() || m.Code == "" || !strings.Contains(m.Subject, m.Code) {
			t.Errorf("%s: bad test message %+v", lang, m)
		}
		if strings.Contains(m.Body, sentinelB) {
			t.Errorf("%s: the password is in the test mail", lang)
		}
		if want := map[i18n.Lang]string{i18n.EN: "this is a test mail from gmailsetup", i18n.IT: "questa è una mail di prova di gmailsetup"}[lang]; !strings.Contains(m.Body, want) {
			t.Errorf("%s: body not in the person's language: %q", lang, m.Body)
		}
		v := textB(st)
		for _, want := range []string{m.Code, map[i18n.Lang]string{i18n.EN: "2.3 s", i18n.IT: "2,3 s"}[lang]} {
			if !strings.Contains(v, want) {
				t.Errorf("%s: success view lacks %q:\n%s", lang, want, v)
			}
		}
		noSecretB(t, "success", view(st))
		checkLayoutB(t, string(lang)+" success", s, st.View())
		if st.CapturesEsc() {
			t.Errorf("%s: esc still captured after the send", lang)
		}
		_, _ = st.Update(enterB)
		if navOfB(s) != guide.Done {
			t.Errorf("%s: enter after success does not continue", lang)
		}
	}
}

func TestTestSendUnconfirmedArrival(t *testing.T) {
	sender := &fakeSenderB{result: mailer.Result{Port: 587, ConfirmErr: errors.New("IMAP \x1b[2Jlogin refused")}}
	s := newTestSendSharedB(i18n.EN, sender)
	st := finishSendB(t, NewTestSend(s))
	v := view(st)
	if !strings.Contains(v, "could not be confirmed") || !strings.Contains(v, "login refused") || !strings.Contains(v, "port 587") {
		t.Errorf("unconfirmed arrival not explained:\n%s", v)
	}
	if strings.Contains(st.View(), "\x1b[2J") {
		t.Error("an escape sequence from the error reached the screen")
	}
}

func TestTestSendExplainsEveryFailure(t *testing.T) {
	for _, lang := range i18n.Langs {
		for _, kind := range mailer.Kinds() {
			err := &mailer.Error{Kind: kind, Code: 535, Enhanced: "5.7.8", Reply: "Username and Password not accepted.\x1b]8;;http://evil\x07"}
			sender := &fakeSenderB{err: err}
			s := newTestSendSharedB(lang, sender)
			st := finishSendB(t, NewTestSend(s))
			what, todo := guide.TestMailFailure(kind)
			v := textB(st)
			for _, k := range []i18n.Key{what, todo} {
				if !strings.Contains(v, s.T(k)) {
					t.Errorf("%s %s: %s missing from:\n%s", lang, kind, k, v)
				}
			}
			if kind != mailer.KindCanceled && !strings.Contains(v, "535 5.7.8 Username and Password not accepted.") {
				t.Errorf("%s %s: Gmail's reply missing:\n%s", lang, kind, v)
			}
			if strings.Contains(st.View(), "evil") {
				t.Errorf("%s %s: the reply's escape sequence reached the screen", lang, kind)
			}
			if s.Answers.Tested() {
				t.Errorf("%s %s: Tested after a failure", lang, kind)
			}
			noSecretB(t, "failure", view(st))
			checkLayoutB(t, string(lang)+" "+kind.String(), s, st.View())
		}
	}
}

func TestTestSendFailureChoices(t *testing.T) {
	cases := []struct {
		key  string
		want any
	}{
		{"1", guide.PasteAgain},
		{"2", guide.NewAppPassword},
		{"4", guide.Quit}, // Gmail refused the password: no "save untested"
		{"5", nil},
	}
	for _, c := range cases {
		sender := &fakeSenderB{err: &mailer.Error{Kind: mailer.KindBadCredentials, Code: 535}}
		s := newTestSendSharedB(i18n.EN, sender)
		st := finishSendB(t, NewTestSend(s))
		_, _ = st.Update(keyB(rune(c.key[0]), c.key))
		if got := navOfB(s); got != c.want {
			t.Errorf("choice %s: got %v, want %v", c.key, got, c.want)
		}
		if s.Answers.Tested() {
			t.Errorf("choice %s: Tested set", c.key)
		}
	}

	// A bad password suggests a new one; a busy server suggests retrying,
	// and retrying sends again.
	sender := &fakeSenderB{err: &mailer.Error{Kind: mailer.KindBadCredentials}}
	st := finishSendB(t, NewTestSend(newTestSendSharedB(i18n.EN, sender)))
	if !strings.Contains(view(st), "› 2. Create a new app password") {
		t.Errorf("bad credentials do not suggest a new app password:\n%s", view(st))
	}
	sender = &fakeSenderB{err: &mailer.Error{Kind: mailer.KindTemporary, Code: 421}}
	s := newTestSendSharedB(i18n.EN, sender)
	st = finishSendB(t, NewTestSend(s))
	if !strings.Contains(view(st), "› 3. Try again") {
		t.Errorf("a temporary failure does not suggest retrying:\n%s", view(st))
	}
	st, cmd := st.Update(enterB)
	if cmd == nil || !st.CapturesEsc() {
		t.Fatal("retry did not start a send")
	}
	batch := cmd().(tea.BatchMsg)
	sender.err = nil
	st, _ = st.Update(batch[0]())
	if sender.sends != 2 || !s.Answers.Tested() || st.CapturesEsc() {
		t.Errorf("retry: %d sends, tested %v", sender.sends, s.Answers.Tested())
	}
}

func TestTestSendEscCancels(t *testing.T) {
	sender := &fakeSenderB{phases: []mailer.Phase{mailer.PhaseConnecting}, gate: make(chan struct{})}
	s := newTestSendSharedB(i18n.IT, sender)
	st, send, _ := startSendB(t, NewTestSend(s))
	result := make(chan tea.Msg, 1)
	go func() { result <- send() }()
	st, cmd := st.Update(escB)
	if cmd != nil {
		t.Errorf("esc while sending navigated: %v", navOfB(s))
	}
	late := <-result // the send returns because its context was canceled
	if !errors.Is(sender.canceled(), context.Canceled) {
		t.Fatalf("the sender did not see the cancellation: %v", sender.canceled())
	}
	v := textB(st)
	if !strings.Contains(v, s.T("diag.canceled.what")) {
		t.Errorf("no word about the stop:\n%s", v)
	}
	if st.CapturesEsc() {
		t.Error("esc still captured after cancelling: the person could not go back")
	}
	// The canceled send's own result is stale.
	st2, _ := st.Update(late)
	if view(st2) != view(st) {
		t.Error("a stale result changed the view")
	}
}

func TestTestSendIgnoresStaleResults(t *testing.T) {
	sender := &fakeSenderB{err: &mailer.Error{Kind: mailer.KindTemporary}}
	s := newTestSendSharedB(i18n.EN, sender)
	st, send, _ := startSendB(t, NewTestSend(s))
	first := send()
	// Another send starts (retry); the first one's result must not count.
	st, _ = st.Update(first)
	st, cmd := st.Update(keyB('3', "3"))
	batch := cmd().(tea.BatchMsg)
	sender.err = nil
	second := batch[0]()
	st, _ = st.Update(first)
	if s.Answers.Tested() || !st.CapturesEsc() {
		t.Fatal("an old result ended the new send")
	}
	st, _ = st.Update(testProgressMsg{seq: 1, phase: mailer.PhaseConfirming})
	if strings.Contains(view(st), "Checking your inbox") {
		t.Error("an old phase was shown")
	}
	st, _ = st.Update(second)
	if !s.Answers.Tested() {
		t.Fatal("the current result was ignored")
	}
	// Coming back with the same tested password does not send again.
	_, cmd = enterStepB(t, st)
	if cmd != nil || sender.sends != 2 {
		t.Errorf("re-entering after a success sent again (%d sends)", sender.sends)
	}
}

func TestTestSendNarrow(t *testing.T) {
	sender := &fakeSenderB{err: &mailer.Error{Kind: mailer.KindNoStartTLS, Port: 587}}
	s := newTestSendSharedB(i18n.IT, sender)
	s.Width = 56
	st := finishSendB(t, NewTestSend(s))
	checkLayoutB(t, "no-starttls at 60", s, st.View())
}

// Saving untested is offered only when Gmail gave no definite answer: it
// could not be reached, or it said to try later (4xx). After 535 or 534
// the password is known not to work.
func TestTestSendSaveUntestedOnlyWithoutAnAnswer(t *testing.T) {
	cases := []struct {
		err   error
		offer bool
	}{
		{&mailer.Error{Kind: mailer.KindBadCredentials, Code: 535, Enhanced: "5.7.8"}, false},
		{&mailer.Error{Kind: mailer.KindNeedAppPassword, Code: 534, Enhanced: "5.7.9"}, false},
		{&mailer.Error{Kind: mailer.KindRejected, Code: 550}, false},
		{guide.ErrSamePassword, false},
		{&mailer.Error{Kind: mailer.KindTemporary, Code: 421}, true},
		{&mailer.Error{Kind: mailer.KindTooManyAttempts, Code: 454}, true},
		{&mailer.Error{Kind: mailer.KindPortsBlocked}, true},
		{&mailer.Error{Kind: mailer.KindDNS}, true},
	}
	for _, lang := range i18n.Langs {
		for _, c := range cases {
			s := newTestSendSharedB(lang, &fakeSenderB{err: c.err})
			st := finishSendB(t, NewTestSend(s))
			v := strings.Join(strings.Fields(view(st)), " ")
			untested := s.T("lastmile.test.saveUntested")
			if got := strings.Contains(v, untested); got != c.offer {
				t.Fatalf("%s %v: offers %q = %v, want %v:\n%s", lang, c.err, untested, got, c.offer, view(st))
			}
			if strings.Contains(v, s.T("test.choice.saveAnyway")) {
				t.Fatalf("%s %v: the old unqualified %q is still offered", lang, c.err, s.T("test.choice.saveAnyway"))
			}
			if c.offer {
				_, _ = st.Update(keyB('4', "4"))
				if got := navOfB(s); got != guide.Done {
					t.Fatalf("%s %v: 4 (save untested) led to %v", lang, c.err, got)
				}
			}
		}
	}
}
