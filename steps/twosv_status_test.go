package steps

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"gmailsetup/internal/gmail/links"
	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
)

func newTwoSVStatusA(t *testing.T, lang i18n.Lang, email string) (Step, *Shared, *recOpener) {
	t.Helper()
	s, op, _ := newTestSharedA(lang)
	s.Answers.SetEmail(email, s.Answers.Kind())
	st := NewTwoSVStatus(s)
	st = feedA(st, drain(st.Enter()))
	return st, s, op
}

func TestTwoSVStatusOpensPage(t *testing.T) {
	st, _, op := newTwoSVStatusA(t, i18n.EN, "mario+fatture@gmail.com")
	got := op.opened()
	if len(got) != 1 || got[0] != links.TwoStepVerification("mario+fatture@gmail.com") {
		t.Fatalf("opened %v", got)
	}
	// "+" must be encoded too, or Google reads it as a space.
	if !strings.Contains(got[0], "authuser=mario%2Bfatture%40gmail.com") {
		t.Fatalf("authuser not URL-encoded: %s", got[0])
	}
	if !strings.Contains(strings.ReplaceAll(view(st), "\n", ""), got[0]) {
		t.Fatalf("URL not shown:\n%s", view(st))
	}
	wantTextA(t, st, "Look for “2-Step Verification”", "On or Off", "Opened in your browser.")
	st = feedA(st, drain(st.Enter()))
	if len(op.opened()) != 1 {
		t.Fatal("coming back opened the page again")
	}
	_, cmd := st.Update(runeKeyA('o'))
	drain(cmd)
	if len(op.opened()) != 2 {
		t.Fatal("o did not open the page again")
	}
}

func TestTwoSVStatusOnSkips(t *testing.T) {
	for _, lang := range i18n.Langs {
		st, s, _ := newTwoSVStatusA(t, lang, "mario@gmail.com")
		_, _ = st.Update(keyEnterA) // the cursor starts on "On"
		if !hasNextA(s) || s.Answers.TwoSV() != guide.TwoSVOn {
			t.Fatalf("On: TwoSV %v", s.Answers.TwoSV())
		}
	}
}

func TestTwoSVStatusOff(t *testing.T) {
	st, s, _ := newTwoSVStatusA(t, i18n.IT, "mario@gmail.com")
	wantTextA(t, st, "Cerca la voce “Verifica in due passaggi”", "On (attiva)", "Off (non attiva)", "Non la trovo")
	st, _ = st.Update(keyDownA)
	_, _ = st.Update(keyEnterA)
	if !hasNextA(s) || s.Answers.TwoSV() != guide.TwoSVOff {
		t.Fatalf("Off: TwoSV %v", s.Answers.TwoSV())
	}
}

func TestTwoSVStatusNotFound(t *testing.T) {
	for _, lang := range i18n.Langs {
		st, s, _ := newTwoSVStatusA(t, lang, "mario@azienda.it")
		st, _ = st.Update(runeKeyA('3'))
		if hasNextA(s) {
			t.Fatal("'can't find it' continued")
		}
		if s.Answers.TwoSV() != guide.TwoSVNotFound {
			t.Fatalf("TwoSV %v", s.Answers.TwoSV())
		}
		if lang == i18n.EN {
			wantTextA(t, st, "goes straight to the page", "press o", "administrator may have hidden it", "answer again")
		} else {
			wantTextA(t, st, "porta direttamente alla pagina", "premi o", "l'amministratore può averla nascosta", "rispondi di nuovo")
		}
		// And they can answer again.
		_, _ = st.Update(runeKeyA('2'))
		if !hasNextA(s) || s.Answers.TwoSV() != guide.TwoSVOff {
			t.Fatalf("answering again: TwoSV %v", s.Answers.TwoSV())
		}
	}
}

func TestTwoSVStatusViewsFit(t *testing.T) {
	for _, w := range []int{60, 80} {
		for _, lang := range i18n.Langs {
			for _, email := range []string{"mario@gmail.com", "una.persona.con.un.nome.lungo@studio-associato-rossi.it"} {
				for _, k := range []tea.KeyPressMsg{keyDownA, runeKeyA('3')} {
					st, s, _ := newTwoSVStatusA(t, lang, email)
					s.Width = w
					st, _ = st.Update(k)
					fitsA(t, st, w)
				}
			}
		}
	}
}
