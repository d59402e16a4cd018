package steps

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"gmailsetup/internal/gmail/links"
	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
)

var keySpaceA = tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}

func newTwoSVEnableA(t *testing.T, lang i18n.Lang, email string) (Step, *Shared, *recOpener) {
	t.Helper()
	s, op, _ := newTestSharedA(lang)
	s.Answers.SetEmail(email, s.Answers.Kind())
	s.Answers.SetTwoSV(guide.TwoSVOff)
	st := NewTwoSVEnable(s)
	st = feedA(st, drain(st.Enter()))
	return st, s, op
}

func TestTwoSVEnableItemsInCatalog(t *testing.T) {
	for _, k := range twoSVItems {
		if !i18n.Has(k) {
			t.Errorf("%s is not in the catalog", k)
		}
	}
}

func TestTwoSVEnableShowsGuidePages(t *testing.T) {
	st, _, op := newTwoSVEnableA(t, i18n.EN, "mario@gmail.com")
	if got := op.opened(); len(got) != 1 || got[0] != links.TwoStepVerification("mario@gmail.com") {
		t.Fatalf("opened %v", got)
	}
	wantAuthuserA(t, op.opened()[0], "mario@gmail.com")
	wantTextA(t, st, "“Get started”", "mobile number", "text or call", "“Next”", "code you received", "“Turn on”", "confirmation email can take a few minutes")

	it, _, _ := newTwoSVEnableA(t, i18n.IT, "mario@gmail.com")
	wantTextA(t, it, "“Inizia”", "cellulare", "SMS o chiamata", "“Avanti”", "“Prova”", "codice ricevuto", "“Attiva”", "qualche minuto")
}

func TestTwoSVEnableRefusesUntilAllTicked(t *testing.T) {
	for _, lang := range i18n.Langs {
		st, s, _ := newTwoSVEnableA(t, lang, "mario@gmail.com")
		st, _ = st.Update(keyEnterA)
		if hasNextA(s) {
			t.Fatal("continued with nothing ticked")
		}
		wantTextA(t, st, map[i18n.Lang]string{i18n.EN: "Not ticked yet: 1, 2, 3, 4.", i18n.IT: "Non ancora spuntati: 1, 2, 3, 4."}[lang])

		// Tick 1 (space), 2 (x), skip 3, tick 4.
		st, _ = st.Update(keySpaceA)
		st, _ = st.Update(runeKeyA('x'))
		st, _ = st.Update(keyDownA)
		st, _ = st.Update(keySpaceA)
		st, _ = st.Update(keyEnterA)
		if hasNextA(s) {
			t.Fatal("continued with item 3 unticked")
		}
		wantTextA(t, st, map[i18n.Lang]string{i18n.EN: "Not ticked yet: 3.", i18n.IT: "Non ancora spuntati: 3."}[lang])
		if s.Answers.TwoSV() != guide.TwoSVOff {
			t.Fatal("TwoSV changed before the checklist was done")
		}

		st, _ = st.Update(keyUpA) // back to 3
		st, _ = st.Update(keySpaceA)
		if strings.Count(view(st), "[x]") != 4 {
			t.Fatalf("not all ticked:\n%s", view(st))
		}
		_, _ = st.Update(keyEnterA)
		if !hasNextA(s) || s.Answers.TwoSV() != guide.TwoSVOn {
			t.Fatalf("all ticked: TwoSV %v", s.Answers.TwoSV())
		}
	}
}

func TestTwoSVEnableUntick(t *testing.T) {
	st, _, _ := newTwoSVEnableA(t, i18n.EN, "mario@gmail.com")
	st, _ = st.Update(keySpaceA) // ticks 1, moves to 2
	st, _ = st.Update(keyUpA)
	st, _ = st.Update(keySpaceA) // unticks 1
	if strings.Contains(view(st), "[x]") {
		t.Fatalf("untick did not work:\n%s", view(st))
	}
}

func TestTwoSVEnableAlreadyOn(t *testing.T) {
	st, s, _ := newTwoSVEnableA(t, i18n.EN, "mario@gmail.com")
	if !bindingEnabledA(st, "a") {
		t.Fatal("the 'already on' key is not offered")
	}
	_, _ = st.Update(runeKeyA('a'))
	if !hasNextA(s) || s.Answers.TwoSV() != guide.TwoSVOn {
		t.Fatalf("a: TwoSV %v", s.Answers.TwoSV())
	}
}

func TestTwoSVEnableOpensAgain(t *testing.T) {
	st, _, op := newTwoSVEnableA(t, i18n.EN, "mario@gmail.com")
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

func TestTwoSVEnableViewsFit(t *testing.T) {
	for _, w := range []int{60, 80} {
		for _, lang := range i18n.Langs {
			for _, email := range []string{"mario@gmail.com", "una.persona.con.un.nome.lungo@studio-associato-rossi.it"} {
				st, s, _ := newTwoSVEnableA(t, lang, email)
				s.Width = w
				fitsA(t, st, w)
				st, _ = st.Update(keyEnterA) // the "not ticked yet" line
				fitsA(t, st, w)
			}
		}
	}
}
