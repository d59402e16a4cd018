package plain

import (
	"context"
	"io"
	"os/exec"
	"strings"
	"testing"
	"time"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/internal/gmail/known"
	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
	"gmailsetup/mailer"
)

// runOn runs the guide on in and out.
func (h *harness) runOn(in io.Reader, out io.Writer, change func(*Config)) int {
	cfg := Config{
		In:  in,
		Out: out,
		Cat: i18n.New(h.lang),
		Tasks: guide.Tasks{AppName: "gmailsetup", Deps: guide.Deps{
			Opener:   h.opener,
			Sender:   &mailer.Client{Server: mailer.Server(h.fake.Endpoints())},
			Store:    h.store,
			Resolver: h.resolver,
			Clock:    guide.ClockFunc(func() time.Time { return time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC) }),
		}},
		Rotate: h.rotate,
	}
	if change != nil {
		change(&cfg)
	}
	return Run(context.Background(), cfg)
}

func TestPasswordPrintedOnlyAfterYes(t *testing.T) {
	for _, lang := range i18n.Langs {
		cat := i18n.New(lang)
		yes := map[i18n.Lang]string{i18n.EN: "y", i18n.IT: "s"}[lang]
		for _, answer := range []string{"", "no", "n", "2", yes, strings.ToUpper(yes)} {
			h := newHarness(t, fakegmail.Options{Address: "mario.rossi@gmail.com"})
			h.lang = lang
			code, out := h.walk(script{guide.Save: {"1", answer, ""}}) // the file, with consent; the answer; no step 9
			if code != ExitOK {
				t.Fatalf("%s %q: exit %d\n%s", lang, answer, code, out)
			}
			mustContain(t, out, cat.T("lastmile.acc.showPw"))
			printed := strings.Contains(out, cat.T("lastmile.acc.pw", spaced))
			if want := strings.EqualFold(answer, yes); printed != want {
				t.Fatalf("%s %q: password printed = %v, want %v\n%s", lang, answer, printed, want, out)
			}
			if !printed {
				checkClean(t, out) // the sentinel nowhere
				mustContain(t, out, cat.T("lastmile.acc.pwNotShown"))
			} else if strings.Count(out, spaced) != 1 {
				t.Fatalf("%s: the password is printed more than once:\n%s", lang, out)
			}
		}
	}
}

func TestPasswordNotPrintedWhenTheInputEnds(t *testing.T) {
	h := newHarness(t, fakegmail.Options{Address: "mario.rossi@gmail.com"})
	code, out := h.walk(script{guide.Save: {"1", endInput, endInput}}) // the input ends: no printing, no step 9
	if code != ExitOK {
		t.Fatalf("exit %d: the setup is saved and verified, the question is only an offer\n%s", code, out)
	}
	checkClean(t, out)
}

func TestAddressFilledInFromGit(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed (apt-get install git); CI installs it")
	}
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("GIT_CONFIG_NOSYSTEM", "1")
	if out, err := exec.Command("git", "config", "--global", "user.email", "mario.rossi@gmail.com").CombinedOutput(); err != nil {
		t.Fatalf("git config: %v %s", err, out)
	}
	kc := &known.Config{Getenv: func(string) string { return "" }, Home: home, Git: known.RunGit}
	for _, lang := range i18n.Langs {
		cat := i18n.New(lang)
		h := newHarness(t, fakegmail.Options{Address: "mario.rossi@gmail.com"})
		h.lang = lang
		// Enter alone takes the address git knows.
		code, out := h.walkWith(func(c *Config) { c.Deps.Known = kc }, script{guide.Account: {""}})
		if code != ExitOK {
			t.Fatalf("%s: exit %d\n%s", lang, code, out)
		}
		mustContain(t, out, cat.T("lastmile.acc.known", "mario.rossi@gmail.com", cat.T("lastmile.known.src.gituser")))
		if cfg, err := h.store.Load(); err != nil || len(cfg.Accounts) != 1 || cfg.Accounts[0].Email != "mario.rossi@gmail.com" {
			t.Fatalf("%s: saved %+v %v", lang, cfg, err)
		}
	}
}

func TestAddressFilledInForTheDemo(t *testing.T) {
	h := newHarness(t, fakegmail.Options{Address: "mario.rossi@gmail.com"})
	code, out := h.walkWith(func(c *Config) { c.Demo = true }, script{guide.Account: {""}})
	if code != ExitOK {
		t.Fatalf("exit %d\n%s", code, out)
	}
	mustContain(t, out, i18n.New(i18n.EN).T("lastmile.acc.knownDemo", "mario.rossi@gmail.com"))
}

// A control character typed into the address is named, not silently
// dropped: the raw text is checked, the printer cleans what is shown.
func TestAddressControlCharacterIsNamed(t *testing.T) {
	h := newHarness(t, fakegmail.Options{Address: "mario.rossi@gmail.com"})
	code, out := h.walk(script{guide.Account: {"mario.rossi\x00@gmail.com", endInput}})
	if code == ExitOK {
		t.Fatalf("an address with a NUL was accepted:\n%s", out)
	}
	if id, _ := lastStep(i18n.New(i18n.EN), out); id != guide.Account {
		t.Fatalf("an address with a NUL went on to %v:\n%s", id, out)
	}
	checkClean(t, out)
}

// An invisible character in the pasted password is named as such, not
// taken for the Google password typed by habit.
func TestPastedInvisibleCharacterIsNamed(t *testing.T) {
	h := newHarness(t, fakegmail.Options{Address: "mario.rossi@gmail.com"})
	cat := i18n.New(i18n.EN)
	code, out := h.walk(script{guide.Paste: {"sntl\x00qzxw vutr pkmj", "\u200bsntl qzxw vutr pkmj", endInput}})
	if code == ExitOK {
		t.Fatalf("a password with a NUL was accepted:\n%s", out)
	}
	if n := strings.Count(out, cat.T("hardening.paste.invisible")); n != 2 {
		t.Fatalf("the invisible character was named %d times, want 2:\n%s", n, out)
	}
	if strings.Contains(out, cat.T("paste.err.notLetters")) {
		t.Fatalf("an invisible character was taken for the Google password:\n%s", out)
	}
}
