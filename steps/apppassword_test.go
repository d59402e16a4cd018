package steps

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"gmailsetup/internal/gmail/links"
	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
)

// fixedClockB always says the same time.
type fixedClockB struct{ t time.Time }

func (c fixedClockB) Now() time.Time { return c.t }

var clockB = fixedClockB{time.Date(2026, 3, 14, 9, 30, 0, 0, time.UTC)}

// sentinelB is the app password the tests paste; it must never show up in
// a view unless revealed.
const sentinelB = "zqxjkvbwpfmgyhtu"

// newTestSharedB builds a Shared for one language, for an 80-column
// terminal (76 columns of content), with a personal address.
func newTestSharedB(lang i18n.Lang) (*Shared, *recOpener) {
	op := &recOpener{}
	s := &Shared{
		Cat:    i18n.New(lang),
		Styles: NewStyles(true),
		Deps:   guide.Deps{Opener: op, Clock: clockB},
		Opts:   Options{AppName: "gmailsetup"},
		Width:  76,
		Height: 24,
	}
	s.Answers.SetEmail("mario.rossi@gmail.com", guide.KindPersonal)
	s.Answers.SetTwoSV(guide.TwoSVOn)
	return s, op
}

func keyB(code rune, text string) tea.KeyPressMsg {
	return tea.KeyPressMsg{Code: code, Text: text}
}

var (
	enterB = tea.KeyPressMsg{Code: tea.KeyEnter}
	escB   = tea.KeyPressMsg{Code: tea.KeyEscape}
)

// textB is the view as running text: panel borders dropped and lines joined,
// so a check does not depend on where a sentence wraps.
func textB(st Step) string {
	v := strings.NewReplacer("│", " ", "╭", " ", "╮", " ", "╰", " ", "╯", " ", "─", " ").Replace(view(st))
	return strings.Join(strings.Fields(v), " ")
}

// navOfB returns the navigation the last Update decided, or nil, as the
// wizard takes it.
func navOfB(s *Shared) any {
	if ev, ok := s.TakeNav(); ok {
		return ev
	}
	return nil
}

// enterStepB calls Enter, as the wizard does, and returns its command.
func enterStepB(t *testing.T, st Step) (Step, tea.Cmd) {
	t.Helper()
	return st, st.Enter()
}

// checkLayoutB fails when a line is wider than the content width, or the
// view taller than what an 80x24 terminal leaves for a step.
func checkLayoutB(t *testing.T, name string, s *Shared, view string) {
	t.Helper()
	lines := strings.Split(view, "\n")
	for _, l := range lines {
		if w := ansi.StringWidth(l); w > s.Width {
			t.Errorf("%s: line %d columns wide, more than %d: %q", name, w, s.Width, l)
		}
	}
	if s.Width >= 76 && len(lines) > 18 {
		t.Errorf("%s: %d lines, more than 18 fit in 80x24:\n%s", name, len(lines), view)
	}
}

func TestAppPasswordOpensThePageOnceAndShowsIt(t *testing.T) {
	for _, lang := range i18n.Langs {
		s, op := newTestSharedB(lang)
		st := NewAppPassword(s)
		st, cmd := enterStepB(t, st)
		want := links.AppPasswords(s.Answers.Email())
		msgs := drain(cmd)
		if len(msgs) != 1 || msgs[0].(LinkOpenedMsg).URL != want {
			t.Fatalf("%s: first Enter opened %v, want %s", lang, msgs, want)
		}
		if got := op.opened(); len(got) != 1 || got[0] != want {
			t.Fatalf("%s: opener got %v", lang, got)
		}
		st, _ = st.Update(msgs[0])
		v := view(st)
		if !strings.Contains(v, want) {
			t.Errorf("%s: the URL is not shown:\n%s", lang, v)
		}
		if !strings.Contains(v, s.T("link.opened")) {
			t.Errorf("%s: no link status:\n%s", lang, v)
		}
		if !strings.Contains(v, "gmailsetup") {
			t.Errorf("%s: the app name to type is not shown", lang)
		}
		for _, label := range map[i18n.Lang][]string{
			i18n.EN: {"Other (Custom name)", "Create", "Generate", "16 letters"},
			i18n.IT: {"Altra (Nome personalizzato)", "Crea", "Genera", "16 lettere"},
		}[lang] {
			if !strings.Contains(strings.Join(strings.Fields(v), " "), label) {
				t.Errorf("%s: instructions miss %q:\n%s", lang, label, v)
			}
		}
		checkLayoutB(t, string(lang), s, st.View())

		// Coming back does not open the page again; o does.
		st, cmd = enterStepB(t, st)
		if cmd != nil {
			t.Errorf("%s: second Enter opened the page again", lang)
		}
		st, cmd = st.Update(keyB('o', "o"))
		drain(cmd)
		if n := len(op.opened()); n != 2 {
			t.Errorf("%s: o opened %d times in all, want 2", lang, n)
		}
		if st.Update(enterB); navOfB(s) != guide.Done {
			t.Errorf("%s: enter did not go on", lang)
		}
	}
}

func TestAppPasswordWhyPanel(t *testing.T) {
	for _, lang := range i18n.Langs {
		for _, c := range []struct {
			kind  guide.AccountKind
			twoSV guide.TwoSV
			want  i18n.Key // the one cause marked likely, "" for none
		}{
			{guide.KindPersonal, guide.TwoSVNotFound, "apppass.why.off"},
			{guide.KindPersonal, guide.TwoSVUnanswered, "apppass.why.off"},
			// The person said it is on: the panel must not say it is
			// likely off (it guessed from the address before).
			{guide.KindPersonal, guide.TwoSVOn, ""},
			{guide.KindWorkspace, guide.TwoSVOn, "apppass.why.work"},
		} {
			kind := c.kind
			s, _ := newTestSharedB(lang)
			s.Answers.SetKind(kind)
			s.Answers.SetTwoSV(c.twoSV)
			st := NewAppPassword(s)
			if st.CapturesEsc() {
				t.Fatal("esc is captured before the panel opens")
			}
			st, _ = st.Update(keyB('?', "?"))
			if !st.CapturesEsc() {
				t.Fatalf("%s: the open panel does not capture esc", lang)
			}
			v := textB(st)
			for _, k := range []i18n.Key{"apppass.why.off", "apppass.why.keysOnly", "apppass.why.advanced"} {
				if !strings.Contains(v, s.T(k)) {
					t.Errorf("%s: panel misses %s", lang, k)
				}
			}
			if !strings.Contains(v, links.HelpAppPasswords) {
				t.Errorf("%s: panel misses Google's help link", lang)
			}
			// The likeliest cause is marked once: 2-Step Verification off
			// for a personal address unless the person said it is on, an
			// admin's policy for a work one.
			flat := strings.Join(strings.Fields(v), " ")
			likely := s.T("newcomer.why.likely")
			if c.want == "" {
				if strings.Contains(flat, likely) {
					t.Errorf("%s kind %d 2SV %d: a cause is marked likely:\n%s", lang, kind, c.twoSV, v)
				}
			} else {
				marked := strings.Join(strings.Fields(s.T(c.want)+" ("+likely+")"), " ")
				if !strings.Contains(flat, marked) || strings.Count(flat, likely) != 1 {
					t.Errorf("%s kind %d 2SV %d: %s is not the one cause marked likely:\n%s", lang, kind, c.twoSV, c.want, v)
				}
			}
			// Advanced Protection has no way out through a Google sign-in
			// either: the g line must not offer it one.
			if !strings.Contains(flat, strings.Join(strings.Fields(s.T("newcomer.why.useOAuth")), " ")) || strings.Contains(flat, s.T("oauthui.why.useOAuth")) {
				t.Errorf("%s: the way out contradicts Advanced Protection:\n%s", lang, v)
			}
			checkLayoutB(t, string(lang)+" panel", s, st.View())
			s.Width = 56
			checkLayoutB(t, string(lang)+" panel at 60", s, st.View())
			s.Width = 76

			// 2 goes back to the 2-Step Verification question.
			st.Update(keyB('2', "2"))
			if nav := navOfB(s); nav != guide.TurnOnTwoSV {
				t.Errorf("%s: 2 gave %v", lang, nav)
			}
			// esc closes the panel and does not leave the step.
			st, cmd := st.Update(escB)
			if cmd != nil || st.CapturesEsc() || strings.Contains(view(st), links.HelpAppPasswords) {
				t.Errorf("%s: esc did not just close the panel", lang)
			}
		}
	}
}

func TestAppPasswordEarlyPasteHint(t *testing.T) {
	s, _ := newTestSharedB(i18n.EN)
	st := NewAppPassword(s)
	st, _ = st.Update(tea.PasteMsg{Content: "abcd efgh ijkl mnop"})
	v := view(st)
	if !strings.Contains(v, "paste it again on the next screen") {
		t.Errorf("no hint after an early paste:\n%s", v)
	}
	if strings.Contains(v, "abcd") {
		t.Errorf("the pasted text is shown:\n%s", v)
	}
}

func TestAppPasswordNarrowItalian(t *testing.T) {
	s, _ := newTestSharedB(i18n.IT)
	s.Width = 56
	st := NewAppPassword(s)
	checkLayoutB(t, "it at 60", s, st.View())
}
