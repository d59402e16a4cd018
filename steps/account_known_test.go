package steps

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"gmailsetup/internal/gmail/known"
	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
)

// knownHome is a home folder whose real git configuration names email as
// user.email, written by git itself; msmtprc, when given, is its
// ~/.msmtprc.
func knownHome(t *testing.T, email, msmtprc string) *known.Config {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed (apt-get install git); CI installs it")
	}
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(home, ".config"))
	t.Setenv("GIT_CONFIG_NOSYSTEM", "1")
	t.Setenv("EMAIL", "")
	if email != "" {
		if out, err := exec.Command("git", "config", "--global", "user.email", email).CombinedOutput(); err != nil {
			t.Fatalf("git config: %v %s", err, out)
		}
	}
	if msmtprc != "" {
		if err := os.WriteFile(filepath.Join(home, ".msmtprc"), []byte(msmtprc), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return &known.Config{Getenv: os.Getenv, Home: home, Git: known.RunGit}
}

// enterAccount enters the step and delivers what its commands report.
func enterAccount(st Step) Step {
	return feedA(st, drain(st.Enter()))
}

func TestAccountFilledInFromGit(t *testing.T) {
	for _, lang := range i18n.Langs {
		t.Run(string(lang), func(t *testing.T) {
			s, _, _ := newTestSharedA(lang)
			s.Deps.Known = knownHome(t, "ana.bianchi@gmail.com", "")
			st := enterAccount(NewAccount(s))
			hint := map[i18n.Lang]string{i18n.EN: "Taken from git's user.email: press enter", i18n.IT: "Preso dallo user.email di git: premi invio"}[lang]
			wantTextA(t, st, "> ana.bianchi@gmail.com", hint)

			_, _ = st.Update(keyEnterA)
			if !hasNextA(s) || s.Answers.Email() != "ana.bianchi@gmail.com" || s.Answers.Kind() != guide.KindPersonal {
				t.Fatalf("enter on the filled-in address: email %q kind %v", s.Answers.Email(), s.Answers.Kind())
			}
		})
	}
}

func TestAccountFilledInIsReplacedByTyping(t *testing.T) {
	s, _, _ := newTestSharedA(i18n.EN)
	s.Deps.Known = knownHome(t, "ana.bianchi@gmail.com", "")
	st := enterAccount(NewAccount(s))
	st = typeA(t, st, "mario@gmail.com")
	if v := flatA(st); !contains(v, "> mario@gmail.com") || contains(v, "ana.bianchi") || contains(v, "Taken from") {
		t.Fatalf("typing should replace the filled-in address and its hint:\n%s", view(st))
	}

	// Backspace edits it instead, and the hint goes.
	s2, _, _ := newTestSharedA(i18n.EN)
	s2.Deps.Known = s.Deps.Known
	st2 := enterAccount(NewAccount(s2))
	st2, _ = st2.Update(keyBackA)
	if v := flatA(st2); !contains(v, "> ana.bianchi@gmail.co") || contains(v, "Taken from") {
		t.Fatalf("backspace should edit the filled-in address:\n%s", view(st2))
	}
}

func TestAccountFilledInOnlyWhenGoogleHandlesTheDomain(t *testing.T) {
	// msmtp names a Workspace address (Google's MX) and git a domain whose
	// mail goes elsewhere: only the first may be filled in, even though
	// msmtp is asked first.
	rc := "account work\nhost smtp.gmail.com\nfrom ana@azienda.it\nuser ana@azienda.it\n"
	s, _, _ := newTestSharedA(i18n.EN)
	s.Deps.Known = knownHome(t, "ana@libero.it", rc)
	st := enterAccount(NewAccount(s))
	wantTextA(t, st, "> ana@azienda.it", "Taken from your msmtp settings")
	_, _ = st.Update(keyEnterA)
	if !hasNextA(s) || s.Answers.Kind() != guide.KindWorkspace {
		t.Fatalf("enter should go on with the Workspace address, no second look-up: kind %v", s.Answers.Kind())
	}

	s, _, _ = newTestSharedA(i18n.EN)
	s.Deps.Known = knownHome(t, "ana@libero.it", "")
	st = enterAccount(NewAccount(s))
	if v := flatA(st); contains(v, "libero.it") {
		t.Fatalf("an address Google does not handle was filled in:\n%s", view(st))
	}
}

func TestAccountFilledInNeverOverTyping(t *testing.T) {
	s, _, _ := newTestSharedA(i18n.EN)
	s.Deps.Known = knownHome(t, "ana.bianchi@gmail.com", "")
	st := NewAccount(s)
	msgs := drain(st.Enter())
	st = typeA(t, st, "mar") // typed before git answered
	st = feedA(st, msgs)
	if v := flatA(st); !contains(v, "> mar") || contains(v, "ana.bianchi") {
		t.Fatalf("a late look-up replaced what was typed:\n%s", view(st))
	}
}

func TestAccountDemoFilledIn(t *testing.T) {
	for _, lang := range i18n.Langs {
		s, _, _ := newTestSharedA(lang)
		s.Opts.Demo = true
		st := NewAccount(s)
		st.Enter()
		st, _ = st.Update(keyEnterA)
		if !hasNextA(s) || s.Answers.Email() != "mario.rossi@gmail.com" {
			t.Fatalf("%s: enter in the demo should go on with the example address, got %q:\n%s", lang, s.Answers.Email(), view(st))
		}
	}
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }
