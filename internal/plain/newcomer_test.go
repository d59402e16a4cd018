package plain

import (
	"strings"
	"testing"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
)

// b goes back a step and q quits, at every question; the introduction
// says so once. Before, plain mode had no back, and no way out but ctrl+c.
func TestBackAndQuitAtEveryQuestion(t *testing.T) {
	for _, lang := range i18n.Langs {
		t.Run(string(lang), func(t *testing.T) {
			h := newHarness(t, fakegmail.Options{})
			h.lang = lang
			cat := i18n.New(lang)
			code, out := h.walk(script{
				guide.Account:     {"b", "mario.rossi@gmail.com"}, // nothing to go back to: asked again
				guide.SignIn:      {"1", "1"},                     // the right account, twice
				guide.TwoSVStatus: {"B", "1", "1"},                // back to the sign-in, then On, twice
				guide.AppPassword: {"b", "1", "1"},                // back to 2-Step Verification, then copied, twice
				guide.Paste:       {"b", " q "},                   // back (no echo), then quit
			})
			if code != ExitNotDone {
				t.Fatalf("exit %d, want %d\n%s", code, ExitNotDone, out)
			}
			checkClean(t, out)
			if n := strings.Count(out, cat.T("newcomer.acc.keys")); n != 1 {
				t.Errorf("b and q are explained %d times, want once at the start:\n%s", n, out)
			}
			header := func(id guide.ID) string {
				return cat.T("wizard.stepOf", id.Number(), guide.Count) + ": " + cat.T(id.Title())
			}
			for id, want := range map[guide.ID]int{guide.Account: 2, guide.SignIn: 2, guide.TwoSVStatus: 3, guide.AppPassword: 3, guide.Paste: 2} {
				if n := strings.Count(out, header(id)); n != want {
					t.Errorf("%q shown %d times, want %d", header(id), n, want)
				}
			}
			mustContain(t, out, cat.T("newcomer.acc.noBack"), cat.T("wizard.quitNoSave"))
			if _, err := h.store.Load(); err == nil {
				t.Error("something was saved")
			}
		})
	}
}

// A hint follows its question: "Only a letter or a photo?" came before
// "Does the page show …?".
func TestHintFollowsItsQuestion(t *testing.T) {
	h := newHarness(t, fakegmail.Options{})
	cat := i18n.New(i18n.EN)
	_, out := h.walk(script{guide.SignIn: {"q"}})
	q := strings.Index(out, cat.T("signin.question", "mario.rossi@gmail.com"))
	hint := strings.Index(out, cat.T("signin.where"))
	if q < 0 || hint < 0 || hint < q {
		t.Errorf("the hint (at %d) comes before its question (at %d):\n%s", hint, q, out)
	}
}

// Plain mode has no width to keep: a long server reply is quoted whole,
// not cut with "…" as on a screen.
func TestServerReplyIsNotCut(t *testing.T) {
	long := strings.Repeat("lorem ipsum dolor sit amet ", 12) + "END-OF-REPLY"
	h := newHarness(t, fakegmail.Options{HostileText: long})
	code, out := h.walk(script{guide.Paste: {"abcd efgh ijkl mnop"}, guide.TestSend: {"4"}})
	if code != ExitNotDone {
		t.Fatalf("exit %d\n%s", code, out)
	}
	if !strings.Contains(out, "END-OF-REPLY") {
		t.Errorf("the server's reply was cut:\n%s", out)
	}
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, "535") && strings.HasSuffix(l, "…") {
			t.Errorf("a reply line ends in …: %q", l)
		}
	}
}

// Back to the address with b, enter alone keeps the address already
// given, as the screen's field keeps it filled; before, plain mode
// refused the empty answer ("Type your address first") and the demo's
// example address was gone.
func TestBackToTheAddressKeepsIt(t *testing.T) {
	for _, lang := range i18n.Langs {
		t.Run(string(lang), func(t *testing.T) {
			h := newHarness(t, fakegmail.Options{})
			h.lang = lang
			cat := i18n.New(lang)
			code, out := h.walk(script{
				guide.Account:     {"mario.rossi@gmail.com", ""}, // then, back here, enter alone
				guide.SignIn:      {"b", "1"},
				guide.TwoSVStatus: {"q"},
			})
			if code != ExitNotDone {
				t.Fatalf("exit %d, want %d\n%s", code, ExitNotDone, out)
			}
			mustContain(t, out, cat.T("qa.acc.keep", "mario.rossi@gmail.com"))
			signIn := cat.T("wizard.stepOf", guide.SignIn.Number(), guide.Count) + ": " + cat.T(guide.SignIn.Title())
			if n := strings.Count(out, signIn); n != 2 {
				t.Errorf("the sign-in was asked %d times, want 2 (enter kept the address):\n%s", n, out)
			}
		})
	}
}

// "Saving…" is said once: with no keyring, the question whether the file
// may hold the app password came between two of them, although nothing
// had been saved before it was answered.
func TestSavingIsSaidOnce(t *testing.T) {
	for _, lang := range i18n.Langs {
		t.Run(string(lang), func(t *testing.T) {
			h := newHarness(t, fakegmail.Options{Address: "mario.rossi@gmail.com"})
			h.lang = lang
			cat := i18n.New(lang)
			code, out := h.walk(script{guide.Save: {"1", "", ""}}) // the file; no printing; no step 9
			if code != ExitOK {
				t.Fatalf("exit %d\n%s", code, out)
			}
			mustContain(t, out, cat.T("save.ready"))
			if n := strings.Count(out, cat.T("save.saving")); n != 1 {
				t.Errorf("%q said %d times, want once:\n%s", cat.T("save.saving"), n, out)
			}
		})
	}
}
