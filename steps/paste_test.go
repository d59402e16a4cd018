package steps

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
	"gmailsetup/mailer"
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
			v := view(st)
			noSecretB(t, string(lang)+" masked", v)
			if !strings.Contains(v, s.T("paste.ok", s.T("paste.letters.other", 16))) {
				t.Errorf("%s %q: no \"16 letters ✓\":\n%s", lang, content, v)
			}
			checkLayoutB(t, string(lang), s, st.View())

			st, _ = st.Update(enterB)
			if nav := navOfB(s); nav != guide.Done {
				t.Fatalf("%s %q: enter gave %v, want Next", lang, content, nav)
			}
			if s.Answers.Password() != sentinelB {
				t.Errorf("%s %q: saved %q", lang, content, s.Answers.Password())
			}
			noSecretB(t, string(lang)+" after enter", view(st))
		}
	}
}

func TestPasteRevealShowsTheValue(t *testing.T) {
	for _, lang := range i18n.Langs {
		for _, reveal := range []tea.KeyPressMsg{ctrlRB, {Code: tea.KeyTab}} {
			s, _ := newTestSharedB(lang)
			st, _ := enterStepB(t, NewPaste(s))
			st, _ = st.Update(tea.PasteMsg{Content: sentinelB})
			noSecretB(t, "before reveal", view(st))
			st, _ = st.Update(reveal)
			if !strings.Contains(view(st), sentinelB) {
				t.Errorf("%s %s: revealed view lacks the password:\n%s", lang, reveal, view(st))
			}
			st, _ = st.Update(reveal)
			noSecretB(t, "hidden again", view(st))
			// Coming back hides it again and empties the field.
			st, _ = st.Update(reveal)
			st, _ = enterStepB(t, st)
			noSecretB(t, "after coming back", view(st))
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
			st, _ = st.Update(enterB)
			if nav := navOfB(s); nav != nil {
				t.Errorf("%s %q: advanced with %v", lang, c.in, nav)
			}
			if s.Answers.Password() != "" {
				t.Errorf("%s %q: stored %q", lang, c.in, s.Answers.Password())
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
	st, _ = st.Update(enterB)
	if navOfB(s) != guide.Done || s.Answers.Password() != sentinelB {
		t.Fatalf("typed password not accepted: %q", s.Answers.Password())
	}
	noSecretB(t, "typed", view(st))
}

func TestPasteTwiceReplaces(t *testing.T) {
	s, _ := newTestSharedB(i18n.EN)
	st, _ := enterStepB(t, NewPaste(s))
	st, _ = st.Update(tea.PasteMsg{Content: "aaaa bbbb cccc dddd"})
	st, _ = st.Update(tea.PasteMsg{Content: "zqxj kvbw pfmg yhtu"})
	_, _ = st.Update(enterB)
	if navOfB(s) != guide.Done || s.Answers.Password() != sentinelB {
		t.Fatalf("second paste did not replace the first: %q", s.Answers.Password())
	}
}

func TestPasteComingBackKeepsOrReplaces(t *testing.T) {
	s, _ := newTestSharedB(i18n.IT)
	s.Answers.SetPassword(sentinelB)
	s.Answers.Passed(mailer.Result{})
	st, _ := enterStepB(t, NewPaste(s))
	if v := textB(st); !strings.Contains(v, "premi invio per tenerla") {
		t.Errorf("no offer to keep the pasted password:\n%s", v)
	}
	_, _ = st.Update(enterB)
	if navOfB(s) != guide.Done || s.Answers.Password() != sentinelB || !s.Answers.Tested() {
		t.Fatalf("enter on an empty field did not keep the password and its test")
	}
	st, _ = st.Update(tea.PasteMsg{Content: "aaaa bbbb cccc dddd"})
	_, _ = st.Update(enterB)
	if navOfB(s) != guide.Done || s.Answers.Password() != "aaaabbbbccccdddd" || s.Answers.Tested() {
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
	noSecretB(t, "clipboard", view(st))
	st.Update(enterB)
	if navOfB(s) != guide.Done || s.Answers.Password() != sentinelB {
		t.Fatalf("the clipboard's password was not taken: %q", s.Answers.Password())
	}
}

// fieldLineB is the line of the view that holds the field.
func fieldLineB(t *testing.T, st Step) string {
	t.Helper()
	for _, l := range strings.Split(view(st), "\n") {
		if strings.HasPrefix(l, "› ") {
			return l
		}
	}
	t.Fatalf("no field in view:\n%s", view(st))
	return ""
}

// The mask has one dot per letter, the count the status line gives anyway:
// Google's spaces and the paste's newline are not kept.
func TestPasteMaskIsOneDotPerLetter(t *testing.T) {
	for _, lang := range i18n.Langs {
		s, _ := newTestSharedB(lang)
		st, _ := enterStepB(t, NewPaste(s))
		st, _ = st.Update(tea.PasteMsg{Content: "zqxj kvbw pfmg yhtu \r\n"})
		if n := strings.Count(fieldLineB(t, st), "•"); n != 16 {
			t.Errorf("%s: %d dots for 16 letters: %q", lang, n, fieldLineB(t, st))
		}
		st, _ = st.Update(ctrlRB)
		if !strings.Contains(fieldLineB(t, st), sentinelB) {
			t.Errorf("%s: revealed field %q", lang, fieldLineB(t, st))
		}
	}
}

// Every character typed or pasted shows as a dot, so typing is seen to
// work, and what no app password can hold (a digit of the Google password
// typed by habit) is said under the field at once, not only after enter.
func TestPasteMasksEveryCharacterAndSaysWhatIsWrong(t *testing.T) {
	for _, lang := range i18n.Langs {
		s, _ := newTestSharedB(lang)
		st, _ := enterStepB(t, NewPaste(s))
		notLetters := strings.Join(strings.Fields(s.T("paste.err.notLetters")), " ")
		st, _ = st.Update(tea.PasteMsg{Content: "Fattura2024!"})
		if l := fieldLineB(t, st); strings.Count(l, "•") != 12 || strings.Contains(l, "Fattura") {
			t.Errorf("%s: hidden field after a paste of 12 characters: %q", lang, l)
		}
		if !strings.Contains(textB(st), notLetters) {
			t.Errorf("%s: no word on what is wrong:\n%s", lang, textB(st))
		}
		st, _ = st.Update(ctrlRB)
		if !strings.Contains(fieldLineB(t, st), "Fattura2024!") {
			t.Errorf("%s: revealed field %q", lang, fieldLineB(t, st))
		}
		st, _ = st.Update(ctrlRB)
		st, _ = enterStepB(t, st)
		st = typeB(st, "Fattura")
		if n := strings.Count(fieldLineB(t, st), "•"); n != 7 || strings.Contains(textB(st), notLetters) {
			t.Errorf("%s: %d dots for 7 letters, or an error while they could still be one:\n%s", lang, n, textB(st))
		}
		st = typeB(st, "2")
		if n := strings.Count(fieldLineB(t, st), "•"); n != 8 {
			t.Errorf("%s: a digit typed shows %d dots for 8 characters", lang, n)
		}
		if !strings.Contains(textB(st), notLetters) {
			t.Errorf("%s: a digit typed and the check says nothing:\n%s", lang, textB(st))
		}
		noSecretB(t, "typed", view(st))
	}
}

// After a refusal the next try replaces what was refused, whether the
// terminal delivers it as a paste or types it as keys; editing keys still
// edit, and a try while all is well still adds.
func TestPasteAfterAnErrorReplaces(t *testing.T) {
	s, _ := newTestSharedB(i18n.EN)
	st, _ := enterStepB(t, NewPaste(s))
	st = typeB(st, "abc1")
	st, _ = st.Update(enterB)
	if navOfB(s) == guide.Done {
		t.Fatal("abc1 was accepted")
	}
	st = typeB(st, "zqxjkvbwpfmgyhtu") // a paste typed as keys
	_, _ = st.Update(enterB)
	if navOfB(s) != guide.Done || s.Answers.Password() != sentinelB {
		t.Fatalf("the try after the error was added to the refused text: %q", s.Answers.Password())
	}

	s, _ = newTestSharedB(i18n.EN)
	st, _ = enterStepB(t, NewPaste(s))
	st, _ = st.Update(tea.PasteMsg{Content: "zqxjkvbw"})
	st, _ = st.Update(enterB) // 8 letters: refused
	st, _ = st.Update(tea.KeyPressMsg{Code: tea.KeyBackspace})
	st = typeB(st, "wpfmgyhtu")
	_, _ = st.Update(enterB)
	if navOfB(s) != guide.Done || s.Answers.Password() != sentinelB {
		t.Fatalf("editing after an error did not edit: %q", s.Answers.Password())
	}
}

// Back on the paste step with a password kept, the field shows no grey
// pattern that says it is empty, only the offer to keep it.
func TestPasteKeptShowsNoPlaceholder(t *testing.T) {
	for _, lang := range i18n.Langs {
		s, _ := newTestSharedB(lang)
		st, _ := enterStepB(t, NewPaste(s))
		placeholder := s.T("lastmile.paste.placeholder")
		if !strings.Contains(fieldLineB(t, st), placeholder[:4]) {
			t.Fatalf("%s: a fresh field has no placeholder: %q", lang, fieldLineB(t, st))
		}
		s.Answers.SetPassword(sentinelB)
		st, _ = enterStepB(t, st)
		if l := fieldLineB(t, st); strings.TrimSpace(l) != "›" {
			t.Errorf("%s: field with a kept password shows %q", lang, l)
		}
		if !strings.Contains(textB(st), strings.Fields(s.T("paste.keep"))[0]) {
			t.Errorf("%s: no offer to keep it:\n%s", lang, textB(st))
		}
	}
}

// A paste longer than the limit is refused whole and said, never cut to
// fit; and enter then does not quietly keep an older password.
func TestPasteTooLongIsRefusedNotCut(t *testing.T) {
	s, _ := newTestSharedB(i18n.EN)
	s.Answers.SetPassword("aaaabbbbccccdddd")
	st, _ := enterStepB(t, NewPaste(s))
	st, _ = st.Update(tea.PasteMsg{Content: strings.Repeat("zqxj", 75)})
	st, _ = st.Update(ctrlRB)
	if l := fieldLineB(t, st); strings.Contains(l, "zqxj") {
		t.Errorf("part of a refused paste is in the field: %q", l)
	}
	if !strings.Contains(textB(st), "far too long for an app password (300 characters") {
		t.Errorf("no message for 300 characters:\n%s", textB(st))
	}
	if st.Update(enterB); navOfB(s) != nil || s.Answers.Password() != "aaaabbbbccccdddd" {
		t.Fatalf("enter after a refused paste went on or changed the password")
	}

	// Typing past the limit is refused too, and said.
	st, _ = st.Update(tea.PasteMsg{Content: strings.Repeat("z", pasteCharLimit)})
	st = typeB(st, "q")
	if v := textB(st); !strings.Contains(v, "far too long") || !strings.Contains(v, "257") {
		t.Errorf("typing past the limit not reported:\n%s", v)
	}
	st, _ = st.Update(tea.KeyPressMsg{Code: tea.KeyBackspace})
	if v := textB(st); strings.Contains(v, "far too long") || !strings.Contains(v, "255 letters") {
		t.Errorf("after backspace:\n%s", v)
	}
}

// The field is a real editor: the cursor moves, typing lands at it, and
// spaces typed from Google's groups are dropped like pasted ones.
func TestPasteEditsAtTheCursor(t *testing.T) {
	s, _ := newTestSharedB(i18n.EN)
	st, _ := enterStepB(t, NewPaste(s))
	st = typeB(st, "zqxj kvbw pfmg ytu")
	for range 2 {
		st, _ = st.Update(tea.KeyPressMsg{Code: tea.KeyLeft})
	}
	st = typeB(st, "h")
	_, _ = st.Update(enterB)
	if navOfB(s) != guide.Done || s.Answers.Password() != sentinelB {
		t.Fatalf("edited password %q", s.Answers.Password())
	}
}

// ctrl+v as a key asks the terminal, once; the field's own clipboard
// reader is off. A reply after the terminal pasted by itself, or one never
// asked for, is dropped.
func TestPasteClipboardNeverTwice(t *testing.T) {
	s, _ := newTestSharedB(i18n.EN)
	st, _ := enterStepB(t, NewPaste(s))
	st, _ = st.Update(tea.ClipboardMsg{Content: "aaaa bbbb cccc dddd"})
	if !strings.Contains(fieldLineB(t, st), "xxxx") {
		t.Fatal("a clipboard reply nobody asked for was taken")
	}
	st, cmd := st.Update(tea.KeyPressMsg{Code: 'v', Mod: tea.ModCtrl})
	if cmd == nil || fmt.Sprintf("%T", cmd()) != fmt.Sprintf("%T", tea.ReadClipboard()) {
		t.Fatalf("ctrl+v did not ask the terminal for the clipboard")
	}
	if !strings.Contains(fieldLineB(t, st), "xxxx") {
		t.Fatalf("ctrl+v put something in the field:\n%s", view(st))
	}
	st, _ = st.Update(tea.PasteMsg{Content: sentinelB})
	st, _ = st.Update(tea.ClipboardMsg{Content: "aaaa bbbb cccc dddd"})
	st.Update(enterB)
	if navOfB(s) != guide.Done || s.Answers.Password() != sentinelB {
		t.Fatalf("password %q, want the pasted one only", s.Answers.Password())
	}
}

// Enter hides a revealed password before the step is drawn again, not on
// a later message.
func TestPasteEnterHidesAtOnce(t *testing.T) {
	s, _ := newTestSharedB(i18n.EN)
	st, _ := enterStepB(t, NewPaste(s))
	st, _ = st.Update(tea.PasteMsg{Content: sentinelB})
	st, _ = st.Update(ctrlRB)
	st.Enter()
	noSecretB(t, "right after Enter", view(st))
	if strings.Contains(view(st), "Shown") {
		t.Errorf("still says shown:\n%s", view(st))
	}
}

// The field takes the width it is given, and the cursor is drawn by the
// field itself (reverse video), since the wizard places no real cursor.
func TestPasteFieldWidthAndCursor(t *testing.T) {
	for _, w := range []int{56, 76} {
		s, _ := newTestSharedB(i18n.IT)
		s.Width = w
		st, _ := enterStepB(t, NewPaste(s))
		st, _ = st.Update(tea.PasteMsg{Content: strings.Repeat("abcd", 50)})
		st, _ = st.Update(ctrlRB)
		if got := ansi.StringWidth(fieldLineB(t, st)); got > w || got < w-2 {
			t.Errorf("width %d: field line %d wide", w, got)
		}
		if !strings.Contains(fieldLineB(t, st), "abcdabcd") || !strings.Contains(st.View(), "\x1b[7") {
			t.Errorf("width %d: no text or no cursor: %q", w, st.View())
		}
	}
}
