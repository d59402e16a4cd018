package plain

import (
	"errors"
	"net"
	"strings"
	"testing"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/internal/gmail/links"
	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
	"gmailsetup/internal/storage"
)

// happy goes through every step, including turning 2-Step Verification
// on, asking why App passwords may be missing, a paste with letters
// missing, and consenting to the file when there is no keyring.
var happy = script{
	guide.Account:     {"mario.rossi@gmial.com", "1"}, // a typo; yes, use the suggestion
	guide.TwoSVStatus: {"2"},                          // 2-Step Verification is off
	guide.AppPassword: {"2", "1"},                     // I don't see App passwords; then copied
	guide.Paste:       {"sntl qzxw vutr", spaced},     // 12 letters, then the real one
}

func TestFullRun(t *testing.T) {
	for _, lang := range i18n.Langs {
		t.Run(string(lang), func(t *testing.T) {
			h := newHarness(t, fakegmail.Options{Address: "mario.rossi@gmail.com", IMAP: true})
			h.lang = lang
			cat := i18n.New(lang)
			code, out := h.walk(happy)
			if code != ExitOK {
				t.Fatalf("exit %d, want %d\n%s", code, ExitOK, out)
			}
			checkClean(t, out)

			const addr = "mario.rossi@gmail.com"
			mustContain(t, out,
				cat.T("acc.intro"),
				guide.Account.Counter().Text(cat)+": "+cat.T("account.title"),
				cat.T("account.intro")+" "+cat.T("account.next"),
				cat.T("account.suggest", addr),
				cat.T("acc.choices", "1) "+cat.T("acc.suggest.use", addr)+"  2) "+cat.T("acc.suggest.keep", "mario.rossi@gmial.com")),
				guide.SignIn.Counter().Text(cat)+": "+cat.T("signin.title"),
				cat.T("acc.link.opened", links.AccountHome(addr)),
				cat.T("signin.question", addr),
				cat.T("acc.choices", "1) "+cat.T("signin.optYes")+"  2) "+cat.T("signin.optOther")+"  3) "+cat.T("signin.optNone")),
				guide.TwoSVStatus.Counter().Text(cat)+": "+cat.T("twosv.status.title"),
				cat.T("acc.choices", "1) "+cat.T("twosv.status.optOn")+"  2) "+cat.T("twosv.status.optOff")+"  3) "+cat.T("twosv.status.optNotFound")),
				guide.TwoSVEnable.Counter().Text(cat)+": "+cat.T("twosv.enable.title"),
				"1. "+cat.T("twosv.enable.item.start"),
				"4. "+cat.T("twosv.enable.item.turnOn"),
				cat.T("acc.doneEnter"),
				guide.AppPassword.Counter().Text(cat)+": "+cat.T("apppass.title"),
				"1. "+cat.T("apppass.step1", "gmailsetup"),
				cat.T("acc.apppass.question"),
				// Turned on at step 4: off is no longer the likely cause.
				"- "+cat.T("acc.why.off"),
				cat.T("acc.why.help", links.HelpAppPasswords),
				guide.Paste.Counter().Text(cat)+": "+cat.T("paste.title"),
				cat.T("acc.paste.prompt"),
				cat.T("paste.err.missing.other", cat.T("paste.letters.other", 12), 4),
				cat.T("paste.ok", cat.T("paste.letters.other", 16)),
				guide.TestSend.Counter().Text(cat)+": "+cat.T("test.title"),
				cat.T("test.phase.connecting"),
				cat.T("test.phase.securing"),
				cat.T("test.phase.signingIn"),
				cat.T("test.phase.sending"),
				guide.Save.Counter().Text(cat)+": "+cat.T("save.title"),
				cat.T("save.noKeyring", h.store.Path()),
				cat.T("save.savedIn", h.store.Path())+" "+cat.T("save.secretFile"),
				cat.T("save.ready"),
				cat.T("save.how.user", addr),
			)
			// The phases come in order, each on its own line.
			var phases []string
			for line := range strings.SplitSeq(out, "\n") {
				for _, k := range []i18n.Key{"test.phase.connecting", "test.phase.securing", "test.phase.signingIn", "test.phase.sending"} {
					if line == cat.T(k) {
						phases = append(phases, string(k))
					}
				}
			}
			if want := "test.phase.connecting test.phase.securing test.phase.signingIn test.phase.sending"; strings.Join(phases, " ") != want {
				t.Errorf("phases %v, want %s", phases, want)
			}

			msgs := h.fake.Messages()
			if len(msgs) != 1 || msgs[0].From != addr {
				t.Fatalf("fake got %d messages (%+v), want one from %s", len(msgs), msgs, addr)
			}
			cfg, err := h.store.Load()
			if err != nil {
				t.Fatal(err)
			}
			acct, ok := cfg.Account(addr)
			if !ok || acct.SecretStore != storage.SecretInFile || acct.Host != "smtp.gmail.com" || acct.LastVerified.IsZero() || acct.Name != "Mario Rossi" {
				t.Fatalf("saved %+v", cfg)
			}
			if secret, err := h.store.Secret(addr); err != nil || secret != sentinel {
				t.Fatalf("saved secret wrong: err %v", err)
			}
			if len(h.opener.opened) != 3 {
				t.Errorf("opened %v, want the account, 2SV and app password pages", h.opener.opened)
			}
		})
	}
}

// A run that ends with the input saves nothing, at every point before the
// save, and says so.
func TestEOFSavesNothing(t *testing.T) {
	for id := guide.Account; id <= guide.Last; id++ {
		if !id.Numbered() {
			continue
		}
		t.Run(id.String(), func(t *testing.T) {
			h := newHarness(t, fakegmail.Options{})
			// 2-Step Verification off, so its checklist is asked too.
			code, out := h.walk(script{guide.TwoSVStatus: {"2"}, id: {endInput}})
			if code != ExitNotDone {
				t.Fatalf("exit %d\n%s", code, out)
			}
			checkClean(t, out)
			lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
			if last := lines[len(lines)-1]; last != i18n.New(i18n.EN).T("wizard.interrupted") {
				t.Errorf("last line %q", last)
			}
			if _, err := h.store.Load(); !errors.Is(err, storage.ErrNotFound) {
				t.Errorf("something was saved: %v", err)
			}
		})
	}
}

func TestWrongPasswordSavesNothing(t *testing.T) {
	h := newHarness(t, fakegmail.Options{})
	cat := i18n.New(i18n.EN)
	code, out := h.walk(script{
		guide.Paste:    {"abcd efgh ijkl mnop"}, // letters, but not the password
		guide.TestSend: {"4"},                   // quit without saving: Gmail said no, so no "save untested"
	})
	if code != ExitNotDone {
		t.Fatalf("exit %d\n%s", code, out)
	}
	checkClean(t, out)
	mustContain(t, out,
		cat.T("test.failed"),
		cat.T("diag.whatLabel")+": "+cat.T("diag.bad-credentials.what"),
		cat.T("diag.todoLabel")+": "+cat.T("diag.bad-credentials.todo"),
		cat.T("diag.reply", "535 5.7.8"),
		cat.T("acc.choices", "1) "+cat.T("test.choice.paste")+"  2) "+cat.T("test.choice.appPassword")+"  3) "+cat.T("test.choice.retry")+"  4) "+cat.T("test.choice.quit")),
		cat.T("wizard.quitNoSave"),
	)
	if _, err := h.store.Load(); !errors.Is(err, storage.ErrNotFound) {
		t.Errorf("something was saved: %v", err)
	}
	if n := len(h.fake.Messages()); n != 0 {
		t.Errorf("%d messages went through", n)
	}
}

// After a failed test, pasting again goes back to the paste and on.
func TestPasteAgainAfterFailure(t *testing.T) {
	h := newHarness(t, fakegmail.Options{})
	code, out := h.walk(script{guide.Paste: {"abcd efgh ijkl mnop"}, guide.TestSend: {"1"}})
	if code != ExitOK {
		t.Fatalf("exit %d\n%s", code, out)
	}
	checkClean(t, out)
	if n := len(h.fake.Messages()); n != 1 {
		t.Errorf("%d messages, want 1", n)
	}
}

// Wrong answers are answered with what to do, and the question repeats.
func TestWrongAnswersRepeatWhatToDo(t *testing.T) {
	h := newHarness(t, fakegmail.Options{})
	h.opener.fail = true
	cat := i18n.New(i18n.EN)
	code, out := h.walk(script{
		guide.Account: {"mario rossi@gmail.com", "mario_rossi@gmail.com", "mario.rossi@gmail.com"},
		guide.SignIn:  {"yes", "", "9", "1"},
		guide.Paste:   {"Fattura2024!", "", spaced},
		guide.Save:    {"2"}, // no, not in the file
	})
	if code != ExitNotDone {
		t.Fatalf("exit %d\n%s", code, out)
	}
	checkClean(t, out)
	mustContain(t, out,
		cat.T("account.err.spaces")+" "+cat.T("account.fixNext"),
		cat.T("account.err.gmailChars", "“_”")+" "+cat.T("account.fixNext"),
		cat.T("acc.badChoice", "yes", 3),
		cat.T("acc.noChoice", 3),
		cat.T("acc.badChoice", "9", 3),
		cat.T("acc.link.failed", links.AccountHome("mario.rossi@gmail.com")),
		cat.T("paste.err.notLetters"),
		cat.T("paste.err.empty"),
		cat.T("save.declined"),
	)
	if _, err := h.store.Load(); !errors.Is(err, storage.ErrNotFound) {
		t.Errorf("something was saved after declining the file: %v", err)
	}
}

// A Google Workspace address is checked through its mail exchangers; one
// Google does not handle asks whether to go on.
func TestDomainCheck(t *testing.T) {
	cat := i18n.New(i18n.EN)
	t.Run("workspace", func(t *testing.T) {
		h := newHarness(t, fakegmail.Options{})
		h.resolver = mxResolver{host: "aspmx.l.google.com."}
		code, out := h.walk(script{guide.Account: {"anna@azienda.it"}})
		if code != ExitOK {
			t.Fatalf("exit %d\n%s", code, out)
		}
		checkClean(t, out)
		mustContain(t, out, cat.T("account.workspace", "azienda.it"),
			cat.T("acc.label", cat.T("save.label.kind"), cat.T("save.kind.workspace")))
	})
	t.Run("not google", func(t *testing.T) {
		h := newHarness(t, fakegmail.Options{})
		h.resolver = mxResolver{host: "mx.libero.it."}
		code, out := h.walk(script{guide.Account: {"anna@libero.it", "1", "anna@azienda.it", "2"}, guide.SignIn: {endInput}})
		checkClean(t, out)
		if code != ExitNotDone {
			t.Fatalf("exit %d\n%s", code, out)
		}
		mustContain(t, out, cat.T("account.notGoogle", "libero.it"),
			cat.T("acc.choices", "1) "+cat.T("account.optChange")+"  2) "+cat.T("account.optAnyway")),
			cat.T("signin.question", "anna@azienda.it"))
	})
	t.Run("no answer", func(t *testing.T) {
		h := newHarness(t, fakegmail.Options{})
		h.resolver = mxResolver{err: &net.DNSError{Err: "server misbehaving", Name: "azienda.it"}}
		_, out := h.walk(script{guide.Account: {"anna@azienda.it"}, guide.SignIn: {endInput}})
		mustContain(t, out, cat.T("account.unknown", "azienda.it"), cat.T("signin.question", "anna@azienda.it"))
	})
}
