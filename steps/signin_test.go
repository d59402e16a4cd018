package steps

import (
	"errors"
	"net/url"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"gmailsetup/internal/gmail/links"
	"gmailsetup/internal/i18n"
)

func newSignInA(t *testing.T, lang i18n.Lang, email string) (Step, *Shared, *recOpener) {
	t.Helper()
	s, op, _ := newTestSharedA(lang)
	s.Answers.SetEmail(email, s.Answers.Kind())
	st := NewSignIn(s)
	st = feedA(st, drain(st.Enter()))
	return st, s, op
}

// wantAuthuserA checks that u carries authuser=email, URL-encoded.
func wantAuthuserA(t *testing.T, u, email string) {
	t.Helper()
	if !strings.Contains(u, "authuser="+url.QueryEscape(email)) {
		t.Errorf("%s does not carry authuser=%s", u, url.QueryEscape(email))
	}
}

func TestSignInOpensAccountPageOnce(t *testing.T) {
	st, s, op := newSignInA(t, i18n.EN, "mario.rossi@gmail.com")
	got := op.opened()
	if len(got) != 1 || got[0] != links.AccountHome("mario.rossi@gmail.com") {
		t.Fatalf("opened %v", got)
	}
	wantAuthuserA(t, got[0], "mario.rossi@gmail.com")
	if !strings.Contains(got[0], "authuser=mario.rossi%40gmail.com") {
		t.Fatalf("address not URL-encoded in %s", got[0])
	}
	wantTextA(t, st, "Opened in your browser.", "Does the page show mario.rossi@gmail.com in the top right?")
	if !strings.Contains(strings.ReplaceAll(view(st), "\n", ""), got[0]) {
		t.Fatalf("the URL is not shown:\n%s", view(st))
	}

	// Coming back does not open the browser again unasked…
	st = feedA(st, drain(st.Enter()))
	if n := len(op.opened()); n != 1 {
		t.Fatalf("opened %d times after coming back", n)
	}
	// …but o does.
	var cmd tea.Cmd
	st, cmd = st.Update(runeKeyA('o'))
	wantTextA(t, st, "Opening your browser")
	st = feedA(st, drain(cmd))
	if n := len(op.opened()); n != 2 {
		t.Fatalf("o opened %d pages in all, want 2", n)
	}
	// A new address is a new page to open.
	s.Answers.SetEmail("anna@azienda.it", s.Answers.Kind())
	feedA(st, drain(st.Enter()))
	if got := op.opened(); len(got) != 3 || got[2] != links.AccountHome("anna@azienda.it") {
		t.Fatalf("opened %v", got)
	}
}

func TestSignInBrowserFailureShowsLink(t *testing.T) {
	for _, lang := range i18n.Langs {
		s, op, _ := newTestSharedA(lang)
		op.err = errors.New("xdg-open: not found")
		s.Answers.SetEmail("mario@gmail.com", s.Answers.Kind())
		st := NewSignIn(s)
		st = feedA(st, drain(st.Enter()))
		wantTextA(t, st, map[i18n.Lang]string{i18n.EN: "Could not open a browser", i18n.IT: "Impossibile aprire il browser"}[lang])
		if strings.Contains(view(st), "xdg-open") {
			t.Fatal("the opener's error reached the screen")
		}
	}
}

func TestSignInRightAccountGoesOn(t *testing.T) {
	st, s, _ := newSignInA(t, i18n.IT, "mario@gmail.com")
	wantTextA(t, st, "La pagina mostra mario@gmail.com in alto a destra?", "Sì, è l'account giusto")
	_, _ = st.Update(keyEnterA)
	if !hasNextA(s) {
		t.Fatal("yes did not continue")
	}
}

func TestSignInOtherAccount(t *testing.T) {
	for _, lang := range i18n.Langs {
		st, s, op := newSignInA(t, lang, "mario@gmail.com")
		if bindingEnabledA(st, "c") {
			t.Fatal("the chooser key is offered before it is needed")
		}
		st, _ = st.Update(runeKeyA('c'))
		if len(op.opened()) != 1 {
			t.Fatal("c worked before 'another account' was picked")
		}
		st, _ = st.Update(keyDownA)
		st, _ = st.Update(keyEnterA)
		if hasNextA(s) {
			t.Fatal("'another account' continued")
		}
		chooser := links.AccountChooser("mario@gmail.com", links.AccountHome("mario@gmail.com"))
		flat := strings.ReplaceAll(view(st), "\n", "")
		if !strings.Contains(flat, chooser) || !strings.Contains(flat, links.Logout) {
			t.Fatalf("chooser or sign-out link missing:\n%s", view(st))
		}
		if lang == i18n.EN {
			wantTextA(t, st, "another Google account", "Press c", "press l to sign out")
		} else {
			wantTextA(t, st, "un altro account Google", "Premi c", "premi l per uscire")
		}
		if !bindingEnabledA(st, "c") || !bindingEnabledA(st, "l") {
			t.Fatal("c and l are not in the help line")
		}
		st, cmd := st.Update(runeKeyA('c'))
		st = feedA(st, drain(cmd))
		st, cmd = st.Update(runeKeyA('l'))
		st = feedA(st, drain(cmd))
		got := op.opened()
		if len(got) != 3 || got[1] != chooser || got[2] != links.Logout {
			t.Fatalf("opened %v", got)
		}
		if !strings.Contains(got[1], "Email=mario%40gmail.com") {
			t.Fatalf("chooser link lacks the address: %s", got[1])
		}
		fitsA(t, st, 80)
		// Fixed it in the browser: 1 continues.
		_, _ = st.Update(runeKeyA('1'))
		if !hasNextA(s) {
			t.Fatal("1 did not continue after fixing the account")
		}
	}
}

func TestSignInNotSignedIn(t *testing.T) {
	for _, lang := range i18n.Langs {
		st, s, _ := newSignInA(t, lang, "mario@gmail.com")
		st, _ = st.Update(runeKeyA('3'))
		if hasNextA(s) {
			t.Fatal("'not signed in' continued")
		}
		if lang == i18n.EN {
			wantTextA(t, st, "press “Sign in” and sign in with mario@gmail.com")
		} else {
			wantTextA(t, st, "clicca su “Accedi” ed entra con mario@gmail.com")
		}
	}
}

func TestSignInViewsFit(t *testing.T) {
	for _, w := range []int{60, 80} {
		for _, lang := range i18n.Langs {
			for _, email := range []string{"mario@gmail.com", "una.persona.con.un.nome.lungo@studio-associato-rossi.it"} {
				for _, pick := range []rune{0, '2', '3'} {
					st, s, _ := newSignInA(t, lang, email)
					s.Width = w
					if pick != 0 {
						st, _ = st.Update(runeKeyA(pick))
					}
					// After both extra links were opened, with their status lines.
					if pick == '2' {
						for _, k := range []rune{'c', 'l'} {
							var cmd tea.Cmd
							st, cmd = st.Update(runeKeyA(k))
							st = feedA(st, drain(cmd))
						}
					}
					fitsA(t, st, w)
				}
			}
		}
	}
}
