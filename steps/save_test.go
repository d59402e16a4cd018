package steps

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
	"gmailsetup/internal/storage"
	"gmailsetup/mailer"
)

// fakeStoreB keeps one setup in memory. Without a keyring it refuses to
// save the secret unless allowFile, with an error that wraps
// storage.ErrNoKeyring as the real store does.
type fakeStoreB struct {
	noKeyring bool
	saveErr   error

	mu      sync.Mutex
	saves   []bool // allowFile of each call
	cfg     storage.Config
	secrets map[string]string
}

const pathB = "/home/mario/.config/gmailsetup/config.toml"

func (f *fakeStoreB) Path() string { return pathB }

func (f *fakeStoreB) Load() (storage.Config, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.cfg, nil
}

func (f *fakeStoreB) Save(acct storage.Account, secret string, allowFile bool) (storage.Where, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.saves = append(f.saves, allowFile)
	if f.saveErr != nil {
		return storage.Where{}, f.saveErr
	}
	if f.noKeyring && !allowFile {
		return storage.Where{}, &storage.NoKeyringError{Path: pathB, Email: acct.Email, Err: errors.New("dbus: no session bus")}
	}
	acct.SecretStore = storage.SecretInKeyring
	if f.noKeyring {
		acct.SecretStore = storage.SecretInFile
	}
	f.cfg = storage.Config{Default: acct.Email, Accounts: []storage.Account{acct}}
	if f.secrets == nil {
		f.secrets = map[string]string{}
	}
	f.secrets[acct.Email] = secret
	return storage.Where{ConfigPath: pathB, Keyring: !f.noKeyring}, nil
}

func (f *fakeStoreB) Secret(email string) (string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	s, ok := f.secrets[email]
	if !ok {
		return "", fmt.Errorf("no secret for %s", email)
	}
	return s, nil
}

func newSaveSharedB(lang i18n.Lang, store *fakeStoreB, sender *fakeSenderB, tested bool) *Shared {
	s, _ := newTestSharedB(lang)
	s.Deps.Store = store
	s.Deps.Sender = sender
	s.Answers.SetPassword(sentinelB)
	if tested {
		s.Answers.Passed(mailer.Result{Port: 587})
	}
	return s
}

// runSaveB feeds cmd's messages to the step until nothing is left,
// returning the navigation message if one came. Spinner ticks are dropped.
func runSaveB(st Step, cmd tea.Cmd) (Step, tea.Msg) {
	queue := []tea.Cmd{cmd}
	var nav tea.Msg
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		switch m := c().(type) {
		case tea.BatchMsg:
			queue = append(queue, m...)
		case nil:
		default:
			if fmt.Sprintf("%T", m) == "spinner.TickMsg" {
				continue
			}
			var next tea.Cmd
			st, next = st.Update(m)
			if ev, ok := st.(*SaveStep).s.TakeNav(); ok {
				nav = ev
			}
			queue = append(queue, next)
		}
	}
	return st, nav
}

func TestSaveTestedSavesVerifiesAndIsReady(t *testing.T) {
	for _, lang := range i18n.Langs {
		store, sender := &fakeStoreB{}, &fakeSenderB{}
		s := newSaveSharedB(lang, store, sender, true)
		st, _ := enterStepB(t, NewSave(s))
		v := textB(st)
		for _, want := range []string{"mario.rossi@gmail.com", s.T("save.kind.personal"), s.T("save.serverValue", 587), maskedAppPassword, pathB} {
			if !strings.Contains(v, want) {
				t.Errorf("%s: summary lacks %q:\n%s", lang, want, v)
			}
		}
		noSecretB(t, "summary", view(st))
		checkLayoutB(t, string(lang)+" summary", s, st.View())

		st, cmd := st.Update(enterB)
		st, nav := runSaveB(st, cmd)
		if nav != nil {
			t.Fatalf("%s: saving navigated: %v", lang, nav)
		}
		if len(store.saves) != 1 || store.saves[0] {
			t.Fatalf("%s: saves %v, want one without the file", lang, store.saves)
		}
		a := store.cfg.Accounts[0]
		if a.Email != "mario.rossi@gmail.com" || a.Name != "Mario Rossi" || a.Host != "smtp.gmail.com" || a.Port != 587 ||
			a.AppPasswordLabel != "gmailsetup" || !a.AppPasswordCreated.Equal(clockB.t) || !a.LastVerified.Equal(clockB.t) {
			t.Errorf("%s: saved %+v", lang, a)
		}
		if sender.verifies != 1 || sender.acct.Password != sentinelB {
			t.Errorf("%s: verified %d times with %v", lang, sender.verifies, sender.acct)
		}
		if !s.Answers.Saved().Keyring || s.Answers.Saved().ConfigPath != pathB {
			t.Errorf("%s: Answers.Saved() = %+v", lang, s.Answers.Saved())
		}
		v = textB(st)
		for _, want := range []string{s.T("save.ready"), pathB, s.T("save.secretKeyring"), "smtp.gmail.com", "587", "STARTTLS", s.T("save.how.user", "mario.rossi@gmail.com")} {
			if !strings.Contains(v, want) {
				t.Errorf("%s: ready view lacks %q:\n%s", lang, want, v)
			}
		}
		noSecretB(t, "ready", view(st))
		checkLayoutB(t, string(lang)+" ready", s, st.View())
		st.Update(enterB)
		if navOfB(s) != guide.Quit {
			t.Errorf("%s: enter on Ready does not quit", lang)
		}
	}
}

func TestSaveUntestedNeedsSaveAnyway(t *testing.T) {
	for _, lang := range i18n.Langs {
		store := &fakeStoreB{}
		s := newSaveSharedB(lang, store, &fakeSenderB{}, false)
		st, _ := enterStepB(t, NewSave(s))
		if v := textB(st); !strings.Contains(v, s.T("save.untested")) {
			t.Errorf("%s: no warning about the failed test:\n%s", lang, v)
		}
		// The default is to go back to the test.
		st.Update(enterB)
		if nav := navOfB(s); nav != guide.BackToTest {
			t.Errorf("%s: enter gave %v, want back to the test", lang, nav)
		}
		if len(store.saves) != 0 {
			t.Fatalf("%s: saved without asking", lang)
		}
		// Save anyway, explicitly.
		st, cmd := st.Update(keyB('2', "2"))
		st, _ = runSaveB(st, cmd)
		if len(store.saves) != 1 {
			t.Fatalf("%s: save anyway did not save", lang)
		}
		if a := store.cfg.Accounts[0]; !a.LastVerified.IsZero() || a.Port != 465 {
			t.Errorf("%s: untested account saved as verified or with port %d", lang, a.Port)
		}
		if !strings.Contains(textB(st), s.T("save.ready")) {
			t.Errorf("%s: not ready after save anyway:\n%s", lang, view(st))
		}
	}
}

func TestSaveAsksBeforeUsingTheFile(t *testing.T) {
	for _, lang := range i18n.Langs {
		for _, yes := range []bool{true, false} {
			store := &fakeStoreB{noKeyring: true}
			s := newSaveSharedB(lang, store, &fakeSenderB{}, true)
			st, _ := enterStepB(t, NewSave(s))
			st, cmd := st.Update(enterB)
			st, _ = runSaveB(st, cmd)
			if v := textB(st); !strings.Contains(v, s.T("save.noKeyring", pathB)) {
				t.Fatalf("%s: no consent question:\n%s", lang, v)
			}
			checkLayoutB(t, string(lang)+" consent", s, st.View())
			if len(store.saves) != 1 || store.saves[0] {
				t.Fatalf("%s: saves %v before consent", lang, store.saves)
			}
			if yes {
				st, cmd = st.Update(keyB('1', "1"))
				st, _ = runSaveB(st, cmd)
				if len(store.saves) != 2 || !store.saves[1] {
					t.Fatalf("%s: yes did not save to the file: %v", lang, store.saves)
				}
				if v := textB(st); !strings.Contains(v, s.T("save.secretFile")) {
					t.Errorf("%s: ready view does not say the file:\n%s", lang, v)
				}
				continue
			}
			st, cmd = st.Update(keyB('2', "2"))
			if cmd != nil || len(store.saves) != 1 {
				t.Fatalf("%s: no saved anyway: %v", lang, store.saves)
			}
			if v := textB(st); !strings.Contains(v, s.T("save.declined")) {
				t.Errorf("%s: refusal not explained:\n%s", lang, v)
			}
			st.Update(enterB)
			if navOfB(s) != guide.Quit {
				t.Errorf("%s: enter after refusing does not quit", lang)
			}
		}
	}
}

func TestSaveFailureOffersRetry(t *testing.T) {
	store := &fakeStoreB{saveErr: &storage.FileError{Op: storage.OpWrite, Path: pathB, Err: errors.New("disk full\x1b[2J")}}
	s := newSaveSharedB(i18n.EN, store, &fakeSenderB{}, true)
	st, _ := enterStepB(t, NewSave(s))
	st, cmd := st.Update(enterB)
	st, _ = runSaveB(st, cmd)
	v := textB(st)
	if !strings.Contains(v, "Could not save") || !strings.Contains(v, "disk full") || !strings.Contains(v, s.T("save.failedNote")) {
		t.Errorf("failure not explained:\n%s", v)
	}
	if strings.Contains(st.View(), "\x1b[2J") {
		t.Error("an escape sequence from the error reached the screen")
	}
	store.saveErr = nil
	st, cmd = st.Update(enterB) // "Try again" is first
	st, _ = runSaveB(st, cmd)
	if len(store.saves) != 2 || !strings.Contains(textB(st), s.T("save.ready")) {
		t.Errorf("retry did not save: %v\n%s", store.saves, view(st))
	}
}

func TestSaveVerifyFailureShowsDiagnosis(t *testing.T) {
	for _, lang := range i18n.Langs {
		store := &fakeStoreB{}
		sender := &fakeSenderB{err: &mailer.Error{Kind: mailer.KindBadCredentials, Code: 535, Enhanced: "5.7.8", Reply: "Username and Password not accepted."}}
		s := newSaveSharedB(lang, store, sender, true)
		st, _ := enterStepB(t, NewSave(s))
		st, cmd := st.Update(enterB)
		st, _ = runSaveB(st, cmd)
		v := textB(st)
		for _, want := range []string{s.T("save.verifyFailed"), s.T("diag.bad-credentials.what"), "535 5.7.8"} {
			if !strings.Contains(v, want) {
				t.Errorf("%s: verify failure lacks %q:\n%s", lang, want, v)
			}
		}
		checkLayoutB(t, string(lang)+" verify failed", s, st.View())
		st.Update(keyB('2', "2"))
		if navOfB(s) != guide.PasteAgain {
			t.Errorf("%s: no way to paste a new password", lang)
		}
		sender.err = nil
		st, cmd = st.Update(keyB('1', "1"))
		st, _ = runSaveB(st, cmd)
		if !strings.Contains(textB(st), s.T("save.ready")) {
			t.Errorf("%s: checking again did not reach Ready:\n%s", lang, view(st))
		}
	}
}

func TestSaveIgnoresStaleResults(t *testing.T) {
	store := &fakeStoreB{}
	s := newSaveSharedB(i18n.EN, store, &fakeSenderB{}, true)
	st, _ := enterStepB(t, NewSave(s))
	st, _ = st.Update(saveDoneMsg{seq: 7, err: errors.New("old")})
	st, _ = st.Update(saveVerifiedMsg{seq: 7})
	if !strings.Contains(textB(st), s.T("save.pressEnter")) {
		t.Errorf("a stray result changed the summary:\n%s", view(st))
	}
}

func (f *fakeStoreB) Replace(acct storage.Account, secret string, allowFile bool) (storage.Where, error) {
	return f.Save(acct, secret, allowFile)
}

func (f *fakeStoreB) SetVerified(email string, when time.Time) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	for i := range f.cfg.Accounts {
		if f.cfg.Accounts[i].Email == email {
			f.cfg.Accounts[i].LastVerified = when
			return nil
		}
	}
	return fmt.Errorf("no account %s", email)
}

// esc on Ready stays on Ready and says the setup is saved (going back to
// "press enter to save" would pretend it was not); a Ready reached again
// shows no notice of a copy made on an earlier one.
func TestSaveReadyDoesNotPretend(t *testing.T) {
	for _, lang := range i18n.Langs {
		store, sender := &fakeStoreB{}, &fakeSenderB{}
		s := newSaveSharedB(lang, store, sender, true)
		st, _ := enterStepB(t, NewSave(s))
		st, cmd := st.Update(enterB)
		st, _ = runSaveB(st, cmd)
		if !strings.Contains(textB(st), s.T("save.ready")) {
			t.Fatalf("%s: not on Ready:\n%s", lang, textB(st))
		}
		if !st.CapturesEsc() {
			t.Errorf("%s: esc on Ready goes back, as if nothing were saved", lang)
		}
		// No system clipboard here: the notice says the copy could not be
		// vouched for. Either notice is what must not outlive this Ready.
		st, cmd = st.Update(tea.KeyPressMsg{Code: 'c', Text: "c"})
		for _, msg := range drain(cmd) {
			if done, ok := msg.(ClipboardDoneMsg); ok {
				s.Copied(done) // as the wizard does with a step's copy
			}
		}
		copied := strings.Join(strings.Fields(s.T("windows.clip.notPassword")), " ")
		if !strings.Contains(strings.Join(strings.Fields(textB(st)), " "), copied) {
			t.Fatalf("%s: c said nothing about the copy:\n%s", lang, textB(st))
		}
		st, _ = st.Update(escB)
		if ev, ok := s.TakeNav(); ok {
			t.Fatalf("%s: esc on Ready navigated: %v", lang, ev)
		}
		noBack := strings.Join(strings.Fields(s.T("newcomer.ready.noBack")), " ")
		if !strings.Contains(textB(st), noBack) || !strings.Contains(textB(st), s.T("save.ready")) {
			t.Errorf("%s: esc on Ready did not say it is saved:\n%s", lang, textB(st))
		}

		// Saved again (back through a new paste, say): a new Ready.
		st.Enter()
		st, cmd = st.Update(enterB)
		st, _ = runSaveB(st, cmd)
		v := textB(st)
		if !strings.Contains(v, s.T("save.ready")) || strings.Contains(v, copied) || strings.Contains(v, noBack) {
			t.Errorf("%s: the second Ready shows a stale notice:\n%s", lang, v)
		}
	}
}
