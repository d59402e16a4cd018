package steps

import (
	"strings"
	"testing"

	"gmailsetup/internal/i18n"
)

// In the demo nothing opens, so o used to leave the screen as it was and
// seem dead: the line under the link now says the key was taken. Outside
// the demo, opening again reads as opening.
func TestDemoOShowsSomething(t *testing.T) {
	for _, lang := range i18n.Langs {
		for _, demo := range []bool{true, false} {
			s, op := newTestSharedB(lang)
			s.Opts.Demo = demo
			st := NewAppPassword(s)
			for _, m := range drain(st.Enter()) {
				st, _ = st.Update(m)
			}
			first := view(st)
			st, cmd := st.Update(keyB('o', "o"))
			for _, m := range drain(cmd) {
				st, _ = st.Update(m)
			}
			again := view(st)
			if len(op.opened()) != 2 {
				t.Fatalf("%s demo=%v: opened %v, want the page twice", lang, demo, op.opened())
			}
			flat := strings.Join(strings.Fields(again), " ")
			if demo {
				if first == again || !strings.Contains(flat, s.T("newcomer.link.demoAgain")) {
					t.Errorf("%s: o in the demo changed nothing on screen:\n%s", lang, again)
				}
			} else if !strings.Contains(flat, s.T("link.opened")) || strings.Contains(flat, "Demo") {
				t.Errorf("%s: o outside the demo:\n%s", lang, again)
			}
		}
	}
}
