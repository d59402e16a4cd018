package steps

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"gmailsetup/i18n"
)

// typeB types text one key at a time.
func typeB(st Step, text string) Step {
	for _, r := range text {
		st, _ = st.Update(keyB(r, string(r)))
	}
	return st
}

var ctrlRB = tea.KeyPressMsg{Code: 'r', Mod: tea.ModCtrl}

// noSecretB fails if the password, whole or in Google's groups, is in view.
func noSecretB(t *testing.T, name, view string) {
	t.Helper()
	for _, part := range []string{sentinelB, sentinelB[:4], sentinelB[4:8], sentinelB[12:]} {
		if strings.Contains(view, part) {
			t.Errorf("%s: the app password (%q) is on screen:\n%s", name, part, view)
		}
	}
}

func TestPasteAcceptsGooglesFormAndMasksIt(t *testing.T) {
	for _, lang := range i18n.Langs {
		for _, content := range []string{
			"zqxj kvbw pfmg yhtu",
			"zqxj kvbw pfmg yhtu \n",
			"ZQXJ KVBW PFMG YHTU",
			"\x1b[31mzqxjkvbwpfmgyhtu\x1b[0m",
		} {
			s, _ := newTestSharedB(lang)
			st, _ := enterStepB(t, NewPaste(s))
			if !st.CapturesText() {
				t.Fatal("the paste step does not capture text: q would quit")
			}
			st, _ = st.Update(tea.PasteMsg{Content: content})
			v := viewB(st)
			noSecretB(t, string(lang)+" masked", v)
			if !strings.Contains(v, s.T("paste.ok", s.T("paste.letters.other", 16))) {
				t.Errorf("%s %q: no \"16 letters ✓\":\n%s", lang, content, v)
			}
			checkLayoutB(t, string(lang), s, st.View())

			st, cmd := st.Update(enterB)
			if nav := navOfB(cmd); nav != (NextMsg{}) {
				t.Fatalf("%s %q: enter gave %v, want Next", lang, content, nav)
			}
			if s.Answers.Password != sentinelB {
				t.Errorf("%s %q: saved %q", lang, content, s.Answers.Password)
			}
			noSecretB(t, string(lang)+" after enter", viewB(st))
		}
	}
}

func TestPasteRevealShowsTheValue(t *testing.T) {
	for _, lang := range i18n.Langs {
		for _, reveal := range []tea.KeyPressMsg{ctrlRB, {Code: tea.KeyTab}} {
			s, _ := newTestSharedB(lang)
			st, _ := enterStepB(t, NewPaste(s))
			st, _ = st.Update(tea.PasteMsg{Content: sentinelB})
			noSecretB(t, "before reveal", viewB(st))
			st, _ = st.Update(reveal)
			if !strings.Contains(viewB(st), sentinelB) {
				t.Errorf("%s %s: revealed view lacks the password:\n%s", lang, reveal, viewB(st))
			}
			st, _ = st.Update(reveal)
			noSecretB(t, "hidden again", viewB(st))
			// Coming back hides it again and empties the field.
			st, _ = st.Update(reveal)
			st, _ = enterStepB(t, st)
			noSecretB(t, "after coming back", viewB(st))
		}
	}
}

func TestPasteRefusesWhatIsNotAnAppPassword(t *testing.T) {
	cases := []struct {
		in     string
		en, it string
	}{
		{"", "Nothing pasted yet", "Non hai ancora incollato nulla"},
		{"zqxj kvbw pfmg yht", "15 letters: one is missing", "15 lettere: ne manca una"},
		{"zqxj kvbw pfmg y", "13 letters: 3 are missing", "13 lettere: ne mancano 3"},
		{"z", "1 letter: 15 are missing", "1 lettera: ne mancano 15"},
		{"zqxj kvbw pfmg yhtu a", "17 letters: an app password has 16", "17 lettere: una password per le app ne ha 16"},
		{"Fattura2024!", "this looks like your Google password", "sembra la tua password di Google"},
		{"zqxj kvbw pfmg yhtù", "only letters", "solo lettere"},
		{strings.Repeat("zqxj ", 60), "far too long", "troppo lunga"},
	}
	for _, lang := range i18n.Langs {
		for _, c := range cases {
			s, _ := newTestSharedB(lang)
			st, _ := enterStepB(t, NewPaste(s))
			if c.in != "" {
				st, _ = st.Update(tea.PasteMsg{Content: c.in})
			}
			st, cmd := st.Update(enterB)
			if nav := navOfB(cmd); nav != nil {
				t.Errorf("%s %q: advanced with %v", lang, c.in, nav)
			}
			if s.Answers.Password != "" {
				t.Errorf("%s %q: stored %q", lang, c.in, s.Answers.Password)
			}
			want := map[i18n.Lang]string{i18n.EN: c.en, i18n.IT: c.it}[lang]
			if v := textB(st); !strings.Contains(v, want) {
				t.Errorf("%s %q: want %q in:\n%s", lang, c.in, want, v)
			}
			checkLayoutB(t, string(lang)+" "+c.in, s, st.View())
		}
	}
}

func TestPasteTypingAndEditing(t *testing.T) {
	s, _ := newTestSharedB(i18n.EN)
	st, _ := enterStepB(t, NewPaste(s))
	st = typeB(st, "zqxj kvbw pfmg yhtuq")
	if v := textB(st); !strings.Contains(v, "17 letters") || strings.Contains(v, "an app password has 16") {
		t.Errorf("while typing, want a count and no scolding:\n%s", v)
	}
	st, _ = st.Update(tea.KeyPressMsg{Code: tea.KeyBackspace})
	st, cmd := st.Update(enterB)
	if navOfB(cmd) != (NextMsg{}) || s.Answers.Password != sentinelB {
		t.Fatalf("typed password not accepted: %q", s.Answers.Password)
	}
	noSecretB(t, "typed", viewB(st))
}

func TestPasteTwiceReplaces(t *testing.T) {
	s, _ := newTestSharedB(i18n.EN)
	st, _ := enterStepB(t, NewPaste(s))
	st, _ = st.Update(tea.PasteMsg{Content: "aaaa bbbb cccc dddd"})
	st, _ = st.Update(tea.PasteMsg{Content: "zqxj kvbw pfmg yhtu"})
	_, cmd := st.Update(enterB)
	if navOfB(cmd) != (NextMsg{}) || s.Answers.Password != sentinelB {
		t.Fatalf("second paste did not replace the first: %q", s.Answers.Password)
	}
}

func TestPasteComingBackKeepsOrReplaces(t *testing.T) {
	s, _ := newTestSharedB(i18n.IT)
	s.Answers.Password = sentinelB
	s.Answers.Tested = true
	st, _ := enterStepB(t, NewPaste(s))
	if v := textB(st); !strings.Contains(v, "premi invio per tenerla") {
		t.Errorf("no offer to keep the pasted password:\n%s", v)
	}
	_, cmd := st.Update(enterB)
	if navOfB(cmd) != (NextMsg{}) || s.Answers.Password != sentinelB || !s.Answers.Tested {
		t.Fatalf("enter on an empty field did not keep the password and its test")
	}
	st, _ = st.Update(tea.PasteMsg{Content: "aaaa bbbb cccc dddd"})
	_, cmd = st.Update(enterB)
	if navOfB(cmd) != (NextMsg{}) || s.Answers.Password != "aaaabbbbccccdddd" || s.Answers.Tested {
		t.Fatalf("a new password did not replace the old one and reset the test")
	}
}

func TestPasteNarrowAndLong(t *testing.T) {
	s, _ := newTestSharedB(i18n.IT)
	s.Width = 56
	st, _ := enterStepB(t, NewPaste(s))
	st, _ = st.Update(tea.PasteMsg{Content: strings.Repeat("x", 200)})
	checkLayoutB(t, "200 letters at 60", s, st.View())
	st, _ = st.Update(ctrlRB)
	checkLayoutB(t, "200 letters revealed at 60", s, st.View())
	if v := textB(st); !strings.Contains(v, "200 lettere") {
		t.Errorf("200 letters not counted:\n%s", v)
	}
}

func TestPasteCtrlVAsksTheTerminal(t *testing.T) {
	s, _ := newTestSharedB(i18n.EN)
	st, _ := enterStepB(t, NewPaste(s))
	st, cmd := st.Update(tea.KeyPressMsg{Code: 'v', Mod: tea.ModCtrl})
	if cmd == nil {
		t.Fatal("ctrl+v as a key did not ask for the clipboard")
	}
	st, _ = st.Update(tea.ClipboardMsg{Content: "zqxj kvbw pfmg yhtu\n"})
	noSecretB(t, "clipboard", viewB(st))
	_, cmd = st.Update(enterB)
	if navOfB(cmd) != (NextMsg{}) || s.Answers.Password != sentinelB {
		t.Fatalf("the clipboard's password was not taken: %q", s.Answers.Password)
	}
}
