package steps

import (
	"context"
	"errors"
	"fmt"
	"net"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
)

// fakeResolverA answers MX look-ups from a table; block makes it hang,
// ignoring the context, like a resolver with no network.
type fakeResolverA struct {
	mu    sync.Mutex
	mx    map[string][]*net.MX
	err   error
	block chan struct{}
	asked []string
}

func (r *fakeResolverA) LookupMX(ctx context.Context, domain string) ([]*net.MX, error) {
	r.mu.Lock()
	r.asked = append(r.asked, domain)
	block, mx, known, err := r.block, r.mx[domain], r.mx[domain] != nil, r.err
	r.mu.Unlock()
	if block != nil {
		<-block
	}
	if err == nil && !known {
		err = &net.DNSError{Err: "no such host", Name: domain, IsNotFound: true}
	}
	return mx, err
}

func (r *fakeResolverA) calls() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.asked...)
}

func mxOf(hosts ...string) []*net.MX {
	out := make([]*net.MX, len(hosts))
	for i, h := range hosts {
		out[i] = &net.MX{Host: h, Pref: uint16(10 * (i + 1))}
	}
	return out
}

// newTestSharedA builds a Shared for one language with recording fakes.
func newTestSharedA(lang i18n.Lang) (*Shared, *recOpener, *fakeResolverA) {
	op := &recOpener{}
	res := &fakeResolverA{mx: map[string][]*net.MX{
		"azienda.it": mxOf("aspmx.l.google.com.", "alt1.aspmx.l.google.com."),
		"nuova.it":   mxOf("smtp.google.com."),
		"libero.it":  mxOf("smtp-in.libero.it."),
	}}
	s := &Shared{
		Cat:    i18n.New(lang),
		Styles: NewStyles(true),
		Deps:   guide.Deps{Opener: op, Resolver: res, Clock: guide.SystemClock{}},
		Width:  80,
		Height: 24,
	}
	return s, op, res
}

var (
	keyEnterA = tea.KeyPressMsg{Code: tea.KeyEnter}
	keyTabA   = tea.KeyPressMsg{Code: tea.KeyTab}
	keyDownA  = tea.KeyPressMsg{Code: tea.KeyDown}
	keyUpA    = tea.KeyPressMsg{Code: tea.KeyUp}
	keyBackA  = tea.KeyPressMsg{Code: tea.KeyBackspace}
)

func runeKeyA(r rune) tea.KeyPressMsg { return tea.KeyPressMsg{Code: r, Text: string(r)} }

// typeA types text one key at a time.
func typeA(t *testing.T, st Step, text string) Step {
	t.Helper()
	for _, r := range text {
		st, _ = st.Update(runeKeyA(r))
	}
	return st
}

// hasNextA reports whether the step decided to go on since the last call.
func hasNextA(s *Shared) bool { ev, ok := s.TakeNav(); return ok && ev == guide.Done }

// feedA delivers every message back to the step, as the wizard does.
func feedA(st Step, msgs []tea.Msg) Step {
	for _, m := range msgs {
		st, _ = st.Update(m)
	}
	return st
}

func mxResultsA(msgs []tea.Msg) []tea.Msg {
	var out []tea.Msg
	for _, m := range msgs {
		if _, ok := m.(mxResultMsg); ok {
			out = append(out, m)
		}
	}
	return out
}

// flatA joins a wrapped view back into one line, for phrase searches.
func flatA(st Step) string { return strings.Join(strings.Fields(view(st)), " ") }

func wantTextA(t *testing.T, st Step, phrases ...string) {
	t.Helper()
	v := flatA(st)
	for _, p := range phrases {
		if !strings.Contains(v, strings.Join(strings.Fields(p), " ")) {
			t.Errorf("view lacks %q:\n%s", p, view(st))
		}
	}
}

// fitsA checks that a view keeps within width and the 20 lines left between
// the wizard's header and help line on an 80x24 terminal.
func fitsA(t *testing.T, st Step, width int) {
	t.Helper()
	v := view(st)
	lines := strings.Split(v, "\n")
	if len(lines) > 20 {
		t.Errorf("view has %d lines at width %d:\n%s", len(lines), width, v)
	}
	for _, l := range lines {
		if w := ansi.StringWidth(l); w > width {
			t.Errorf("line %q is %d wide, more than %d", l, w, width)
		}
	}
}

func newAccountA(t *testing.T, lang i18n.Lang) (Step, *Shared, *fakeResolverA) {
	t.Helper()
	s, _, res := newTestSharedA(lang)
	st := NewAccount(s)
	st.Enter()
	return st, s, res
}

func TestAccountFocusedOnEnter(t *testing.T) {
	s, _, _ := newTestSharedA(i18n.EN)
	st := NewAccount(s)
	if st.CapturesText() {
		t.Fatal("field focused before Enter")
	}
	st.Enter()
	if !st.CapturesText() {
		t.Fatal("field not focused after Enter: q would quit while typing")
	}
	if st.ID() != guide.Account {
		t.Fatalf("ID = %v", st.ID())
	}
}

func TestAccountPersonalAdvancesAtOnce(t *testing.T) {
	st, s, res := newAccountA(t, i18n.EN)
	st = typeA(t, st, "  Mario.Rossi@GMail.COM ")
	st, _ = st.Update(keyEnterA)
	if !hasNextA(s) {
		t.Fatalf("no NextMsg for a gmail.com address; view:\n%s", view(st))
	}
	if s.Answers.Email() != "Mario.Rossi@gmail.com" || s.Answers.Kind() != guide.KindPersonal {
		t.Fatalf("answers = %q %v", s.Answers.Email(), s.Answers.Kind())
	}
	if len(res.calls()) != 0 {
		t.Fatalf("looked up MX for gmail.com: %v", res.calls())
	}
}

func TestAccountValidationMessages(t *testing.T) {
	cases := []struct {
		typed  string
		en, it string
	}{
		{"", "Type your address first", "Scrivi prima il tuo indirizzo"},
		{"mario rossi@gmail.com", "An address has no spaces", "non contiene spazi"},
		{"mario.gmail.com", "The address needs an @", "Manca la @"},
		{"mario@@gmail.com", "more than one @", "più di una @"},
		{"@gmail.com", "missing before the @", "prima della @"},
		{"mario@", "missing after the @", "dopo la @"},
		{"mario,rossi@gmail.com", "cannot contain “,”", "non può contenere “,”"},
		{"mario..rossi@gmail.com", "doubled (..)", "ripetuto (..)"},
		{"mario@localhost", "needs a dot", "deve avere un punto"},
		{"mario_rossi@gmail.com", "only letters, digits and dots, not “_”", "solo lettere, numeri e punti, non “_”"},
	}
	for _, c := range cases {
		for _, lang := range i18n.Langs {
			st, s, res := newAccountA(t, lang)
			st = typeA(t, st, c.typed)
			st, cmd := st.Update(keyEnterA)
			drain(cmd)
			if hasNextA(s) || s.Answers.Email() != "" {
				t.Errorf("%q (%s): advanced despite the error", c.typed, lang)
			}
			if len(res.calls()) != 0 {
				t.Errorf("%q: looked up MX for an invalid address", c.typed)
			}
			want := c.en
			if lang == i18n.IT {
				want = c.it
			}
			wantTextA(t, st, want)
			fitsA(t, st, 80)
			// Typing again hides the error: it was about the old text.
			st = typeA(t, st, "x")
			if strings.Contains(flatA(st), want) {
				t.Errorf("%q: the error stayed after editing", c.typed)
			}
		}
	}
}

func TestAccountTypoSuggestion(t *testing.T) {
	for _, typo := range []string{"gmial.com", "gmail.co", "gmail.con", "gmal.com", "gmail.comm", "gamil.com"} {
		for _, lang := range i18n.Langs {
			st, s, _ := newAccountA(t, lang)
			st = typeA(t, st, "mario@"+typo)
			st, _ = st.Update(keyEnterA)
			if hasNextA(s) {
				t.Fatalf("%s: advanced without confirming the suggestion", typo)
			}
			want := map[i18n.Lang]string{i18n.EN: "Did you mean mario@gmail.com?", i18n.IT: "Forse intendevi mario@gmail.com?"}[lang]
			wantTextA(t, st, want)
			if !bindingEnabledA(st, "tab") {
				t.Errorf("%s: the tab key is not offered in the help", typo)
			}
			_, _ = st.Update(keyTabA)
			if !hasNextA(s) {
				t.Fatalf("%s: tab did not accept the suggestion", typo)
			}
			if s.Answers.Email() != "mario@gmail.com" || s.Answers.Kind() != guide.KindPersonal {
				t.Fatalf("%s: answers %q %v", typo, s.Answers.Email(), s.Answers.Kind())
			}
		}
	}
}

func bindingEnabledA(st Step, k string) bool {
	for _, b := range st.Keys() {
		if b.Enabled() && slices.Contains(b.Keys(), k) {
			return true
		}
	}
	return false
}

func TestAccountTypoKeptOnSecondEnter(t *testing.T) {
	st, s, res := newAccountA(t, i18n.EN)
	if res.mx == nil {
		res.mx = map[string][]*net.MX{}
	}
	res.mx["gmail.com"] = []*net.MX{{Host: "gmail-smtp-in.l.google.com."}}
	st = typeA(t, st, "mario@gmial.com")
	st, _ = st.Update(keyEnterA)
	if bindingEnabledA(st, "tab") == false {
		t.Fatal("no suggestion shown")
	}
	st, cmd := st.Update(keyEnterA)
	msgs := drain(cmd)
	if hasNextA(s) {
		t.Fatal("a non-Gmail domain advanced without its check")
	}
	// gmial.com, then gmail.com to tell a missing domain from a failed
	// look-up.
	if got := res.calls(); len(got) != 2 || got[0] != "gmial.com" || got[1] != "gmail.com" {
		t.Fatalf("MX look-ups = %v, want gmial.com and the check of gmail.com", got)
	}
	st = feedA(st, mxResultsA(msgs))
	wantTextA(t, st, "Could not check gmial.com: no such domain")
	_, _ = st.Update(keyEnterA)
	if !hasNextA(s) || s.Answers.Email() != "mario@gmial.com" || s.Answers.Kind() != guide.KindUnknown {
		t.Fatalf("kept address not accepted: %q %v", s.Answers.Email(), s.Answers.Kind())
	}
}

func TestAccountWorkspace(t *testing.T) {
	for _, dom := range []string{"azienda.it", "nuova.it"} {
		for _, lang := range i18n.Langs {
			st, s, _ := newAccountA(t, lang)
			st = typeA(t, st, "anna@"+strings.ToUpper(dom))
			st, cmd := st.Update(keyEnterA)
			msgs := drain(cmd)
			if hasNextA(s) {
				t.Fatal("advanced before the check finished")
			}
			wantTextA(t, st, map[i18n.Lang]string{i18n.EN: "Checking who handles mail for " + dom, i18n.IT: "Controllo chi gestisce la posta di " + dom}[lang])
			st = feedA(st, mxResultsA(msgs))
			if lang == i18n.EN {
				wantTextA(t, st, dom+" uses Google Workspace", "administrator must allow app passwords")
			} else {
				wantTextA(t, st, dom+" usa Google Workspace", "l'amministratore deve consentire le password per le app")
			}
			fitsA(t, st, 80)
			_, _ = st.Update(keyEnterA)
			if !hasNextA(s) {
				t.Fatal("enter did not continue after the Workspace check")
			}
			if s.Answers.Email() != "anna@"+dom || s.Answers.Kind() != guide.KindWorkspace {
				t.Fatalf("answers %q %v", s.Answers.Email(), s.Answers.Kind())
			}
		}
	}
}

func TestAccountNotGoogle(t *testing.T) {
	for _, lang := range i18n.Langs {
		st, s, _ := newAccountA(t, lang)
		s.Width = 60
		st = typeA(t, st, "mario@libero.it")
		st, cmd := st.Update(keyEnterA)
		st = feedA(st, mxResultsA(drain(cmd)))
		if lang == i18n.EN {
			wantTextA(t, st, "Google does not handle mail for libero.it", "you will not find app passwords", "Change the address", "Use it anyway")
		} else {
			wantTextA(t, st, "Google non gestisce la posta di libero.it", "non troverai le password per le app", "Cambia l'indirizzo", "Usalo comunque")
		}
		if st.CapturesText() {
			t.Fatal("the menu has the keys, yet the step says a field does")
		}
		fitsA(t, st, 60)
		// Enter on the first option goes back to the field, not on.
		st, _ = st.Update(keyEnterA)
		if hasNextA(s) || !st.CapturesText() || s.Answers.Email() != "" {
			t.Fatal("'change the address' did not return to the field")
		}
		// Enter again on the same address offers the choice again.
		st, _ = st.Update(keyEnterA)
		st, _ = st.Update(keyDownA)
		_, _ = st.Update(keyEnterA)
		if !hasNextA(s) {
			t.Fatal("'use it anyway' did not continue")
		}
		if s.Answers.Email() != "mario@libero.it" || s.Answers.Kind() != guide.KindNotGoogle {
			t.Fatalf("answers %q %v", s.Answers.Email(), s.Answers.Kind())
		}
	}
}

func TestAccountLookupFailureIsNotFatal(t *testing.T) {
	for _, lang := range i18n.Langs {
		st, s, res := newAccountA(t, lang)
		res.err = errors.New("dial udp: connect: network is unreachable")
		st = typeA(t, st, "mario@studio.it")
		st, cmd := st.Update(keyEnterA)
		st = feedA(st, mxResultsA(drain(cmd)))
		wantTextA(t, st, map[i18n.Lang]string{i18n.EN: "Could not check", i18n.IT: "Non ho potuto controllare"}[lang])
		if strings.Contains(flatA(st), "unreachable") {
			t.Error("the raw resolver error reached the screen")
		}
		_, _ = st.Update(keyEnterA)
		if !hasNextA(s) || s.Answers.Kind() != guide.KindUnknown || s.Answers.Email() != "mario@studio.it" {
			t.Fatalf("could not continue after a failed check: %q %v", s.Answers.Email(), s.Answers.Kind())
		}
	}
}

func TestAccountNoSuchDomain(t *testing.T) {
	st, _, res := newAccountA(t, i18n.EN)
	// studoi.it is not in the table, so it is "not found"; gmail.com is
	// found, so the look-up worked and the domain is really missing.
	if res.mx == nil {
		res.mx = map[string][]*net.MX{}
	}
	res.mx["gmail.com"] = []*net.MX{{Host: "gmail-smtp-in.l.google.com."}}
	st = typeA(t, st, "mario@studoi.it")
	st, cmd := st.Update(keyEnterA)
	st = feedA(st, mxResultsA(drain(cmd)))
	wantTextA(t, st, "Could not check studoi.it: no such domain", "Check the spelling")
}

// Offline, a resolver may say "not found" for every name: that is a
// failed look-up, not a misspelt domain.
func TestAccountOfflineIsNotNoSuchDomain(t *testing.T) {
	st, _, res := newAccountA(t, i18n.EN)
	res.err = &net.DNSError{Err: "no such host", IsNotFound: true}
	st = typeA(t, st, "mario@studio.it")
	st, cmd := st.Update(keyEnterA)
	st = feedA(st, mxResultsA(drain(cmd)))
	wantTextA(t, st, "Could not check who handles mail for studio.it")
	if strings.Contains(view(st), "no such domain") {
		t.Errorf("offline reads as a misspelt domain:\n%s", view(st))
	}
}

func TestAccountSlowLookupTimesOut(t *testing.T) {
	st, s, res := newAccountA(t, i18n.EN)
	res.block = make(chan struct{})
	defer close(res.block)
	st.(*account).timeout = 20 * time.Millisecond
	st = typeA(t, st, "mario@lento.it")
	st, cmd := st.Update(keyEnterA)
	start := time.Now()
	msgs := drain(cmd)
	if time.Since(start) > 2*time.Second {
		t.Fatal("the look-up ignored its time limit")
	}
	res1 := mxResultsA(msgs)
	if len(res1) != 1 || res1[0].(mxResultMsg).kind != guide.KindUnknown {
		t.Fatalf("results %v, want one KindUnknown", res1)
	}
	st = feedA(st, res1)
	_, _ = st.Update(keyEnterA)
	if !hasNextA(s) || s.Answers.Kind() != guide.KindUnknown {
		t.Fatal("could not continue after a timed-out check")
	}
	if guide.DefaultTimeouts.MX != 3*time.Second {
		t.Fatalf("the real limit is %v, want 3s", guide.DefaultTimeouts.MX)
	}
}

func TestAccountStaleResultIgnored(t *testing.T) {
	st, s, _ := newAccountA(t, i18n.EN)
	st = typeA(t, st, "mario@libero.it")
	st, cmd := st.Update(keyEnterA)
	old := mxResultsA(drain(cmd))
	// The person fixes the address while the first look-up runs.
	for range len("libero.it") {
		st, _ = st.Update(keyBackA)
	}
	st = typeA(t, st, "azienda.it")
	st, cmd = st.Update(keyEnterA)
	fresh := mxResultsA(drain(cmd))

	st = feedA(st, old) // arrives late: for libero.it, not Google
	v := flatA(st)
	if strings.Contains(v, "does not handle") || !st.CapturesText() {
		t.Fatalf("a stale result was shown:\n%s", view(st))
	}
	wantTextA(t, st, "Checking who handles mail for azienda.it")

	st = feedA(st, fresh)
	wantTextA(t, st, "azienda.it uses Google Workspace")
	st = feedA(st, old) // and once more, after the fresh one
	wantTextA(t, st, "azienda.it uses Google Workspace")
	_, _ = st.Update(keyEnterA)
	if !hasNextA(s) || s.Answers.Kind() != guide.KindWorkspace || s.Answers.Email() != "mario@azienda.it" {
		t.Fatalf("answers %q %v", s.Answers.Email(), s.Answers.Kind())
	}
}

func TestAccountEditCancelsLookup(t *testing.T) {
	st, s, _ := newAccountA(t, i18n.EN)
	st = typeA(t, st, "mario@libero.it")
	st, cmd := st.Update(keyEnterA)
	old := mxResultsA(drain(cmd))
	st = typeA(t, st, "x")
	st = feedA(st, old)
	if strings.Contains(flatA(st), "Checking") || strings.Contains(flatA(st), "does not handle") {
		t.Fatalf("result for the old address shown after an edit:\n%s", view(st))
	}
	if s.Answers.Email() != "" {
		t.Fatal("a look-up result wrote the answers")
	}
}

func TestAccountPaste(t *testing.T) {
	st, s, _ := newAccountA(t, i18n.EN)
	st, _ = st.Update(tea.PasteMsg{Content: "Mario.Rossi@Gmail.com\n"})
	if v := view(st); !strings.Contains(v, "Mario.Rossi@Gmail.com") {
		t.Fatalf("pasted text not in the field:\n%s", v)
	}
	_, _ = st.Update(keyEnterA)
	if !hasNextA(s) || s.Answers.Email() != "Mario.Rossi@gmail.com" {
		t.Fatalf("pasted address not accepted: %q", s.Answers.Email())
	}
}

func TestAccountPasteStripsEscapes(t *testing.T) {
	st, _, _ := newAccountA(t, i18n.EN)
	st, _ = st.Update(tea.PasteMsg{Content: "\x1b[2Jmario@gmail.com\r\n"})
	if got := st.(*account).input.Value(); got != "mario@gmail.com" {
		t.Fatalf("field holds %q", got)
	}
}

func TestAccountKeepsAddressWhenComingBack(t *testing.T) {
	s, _, _ := newTestSharedA(i18n.EN)
	s.Answers.SetEmail("anna@gmail.com", s.Answers.Kind())
	st := NewAccount(s)
	st.Enter()
	if !strings.Contains(view(st), "anna@gmail.com") {
		t.Fatalf("the known address is not in the field:\n%s", view(st))
	}
}

func TestAccountViewsFit(t *testing.T) {
	for _, w := range []int{60, 80} {
		for _, lang := range i18n.Langs {
			for _, typed := range []string{"", "mario@gmial.com", "mario@libero.it", "mario@azienda.it", "mario@studio.it", "una.persona.con.un.nome.molto.molto.lungo.davvero@studio-associato.it"} {
				st, s, _ := newAccountA(t, lang)
				s.Width = w
				st = typeA(t, st, typed)
				fitsA(t, st, w)
				st, cmd := st.Update(keyEnterA)
				fitsA(t, st, w)
				st = feedA(st, mxResultsA(drain(cmd)))
				fitsA(t, st, w)
			}
		}
	}
}

func TestAccountWrongKeysDoNothingInMenu(t *testing.T) {
	st, s, _ := newAccountA(t, i18n.EN)
	st = typeA(t, st, "mario@libero.it")
	st, cmd := st.Update(keyEnterA)
	st = feedA(st, mxResultsA(drain(cmd)))
	st, _ = st.Update(keyUpA) // wraps to "use it anyway"
	st, _ = st.Update(runeKeyA('z'))
	if s.Answers.Email() != "" || st.CapturesText() {
		t.Fatal("a stray key in the menu changed something")
	}
}

// The wizard broadcasts pastes; once the address is done, a paste meant for
// a later step (the app password) must not reach this field.
func TestAccountIgnoresPasteAfterLeaving(t *testing.T) {
	st, s, _ := newAccountA(t, i18n.EN)
	st = typeA(t, st, "mario@gmail.com")
	st, _ = st.Update(keyEnterA)
	if !hasNextA(s) {
		t.Fatal("no NextMsg")
	}
	st, _ = st.Update(tea.PasteMsg{Content: "abcd efgh ijkl mnop"})
	if got := st.(*account).input.Value(); got != "mario@gmail.com" {
		t.Fatalf("a later paste reached the field: %q", got)
	}
	if strings.Contains(view(st), "abcd") || st.CapturesText() {
		t.Fatal("the step still acts as current after leaving")
	}
	// Coming back makes it current again.
	st.Enter()
	st, _ = st.Update(tea.PasteMsg{Content: "x"})
	if got := st.(*account).input.Value(); got != "mario@gmail.comx" || s.Answers.Email() != "mario@gmail.com" {
		t.Fatalf("after coming back: field %q, answer %q", got, s.Answers.Email())
	}
}

// The field is bubbles' textinput: the cursor moves and typing lands at it.
func TestAccountEditsAtTheCursor(t *testing.T) {
	st, s, _ := newAccountA(t, i18n.EN)
	st = typeA(t, st, "rossi@gmail.com")
	st, _ = st.Update(tea.KeyPressMsg{Code: tea.KeyHome})
	st = typeA(t, st, "mario.")
	st, _ = st.Update(tea.KeyPressMsg{Code: tea.KeyEnd})
	st, _ = st.Update(tea.PasteMsg{Content: "x"})
	st, _ = st.Update(keyBackA)
	_, _ = st.Update(keyEnterA)
	if !hasNextA(s) || s.Answers.Email() != "mario.rossi@gmail.com" {
		t.Fatalf("edited address %q", s.Answers.Email())
	}
}

// ctrl+v as a key asks the terminal for the clipboard; the reply goes in
// cleaned, once. A reply nobody asked for, or one after the terminal
// pasted by itself, is dropped.
func TestAccountClipboard(t *testing.T) {
	st, _, _ := newAccountA(t, i18n.EN)
	st, _ = st.Update(tea.ClipboardMsg{Content: "spam@gmail.com"})
	if got := st.(*account).input.Value(); got != "" {
		t.Fatalf("an unasked clipboard reply reached the field: %q", got)
	}
	st, cmd := st.Update(tea.KeyPressMsg{Code: 'v', Mod: tea.ModCtrl})
	if cmd == nil || fmt.Sprintf("%T", cmd()) != fmt.Sprintf("%T", tea.ReadClipboard()) {
		t.Fatal("ctrl+v did not ask the terminal for the clipboard")
	}
	st, _ = st.Update(tea.ClipboardMsg{Content: "\x1b[1mMario@Gmail.com\x1b[0m\n"})
	st, _ = st.Update(tea.ClipboardMsg{Content: "again@gmail.com"})
	if got := st.(*account).input.Value(); got != "Mario@Gmail.com" {
		t.Fatalf("field holds %q", got)
	}
	st, _ = st.Update(tea.KeyPressMsg{Code: 'v', Mod: tea.ModCtrl})
	st, _ = st.Update(tea.PasteMsg{Content: "x"})
	st, _ = st.Update(tea.ClipboardMsg{Content: "x"})
	if got := st.(*account).input.Value(); got != "Mario@Gmail.comx" {
		t.Fatalf("pasted twice: %q", got)
	}
}

// The cursor is drawn by the field (reverse video) while it takes keys,
// and not while the menu has them; the colours follow the styles the
// wizard sets once the terminal tells its background.
func TestAccountCursorAndStyles(t *testing.T) {
	st, s, _ := newAccountA(t, i18n.EN)
	st = typeA(t, st, "mario@libero.it")
	if !strings.Contains(st.View(), "\x1b[7") {
		t.Fatalf("no cursor in the focused field: %q", st.View())
	}
	field := func() string {
		for _, l := range strings.Split(st.View(), "\n") {
			if strings.Contains(ansi.Strip(l), "> mario@") {
				return l
			}
		}
		t.Fatalf("no field in %q", st.View())
		return ""
	}
	dark := field()
	s.Styles = NewStyles(false)
	if field() == dark {
		t.Error("the field kept the dark styles")
	}
	st, cmd := st.Update(keyEnterA)
	st = feedA(st, mxResultsA(drain(cmd)))
	if st.CapturesText() || strings.Contains(st.View(), "\x1b[7") {
		t.Errorf("cursor drawn while the menu has the keys: %q", st.View())
	}
}

// A window narrowed after typing still shows the end of a long address
// within the width.
func TestAccountFieldFollowsTheWidth(t *testing.T) {
	st, s, _ := newAccountA(t, i18n.IT)
	long := "una.persona.con.un.nome.molto.molto.lungo.davvero@studio-associato.it"
	st = typeA(t, st, long)
	for _, w := range []int{80, 50, 60} {
		s.Width = w
		st, _ = st.Update(tea.WindowSizeMsg{Width: w + 4, Height: 24})
		fitsA(t, st, w)
		// One line, scrolled: not wrapped by the paragraph around it.
		lines := strings.Split(view(st), "\n")
		i := slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(l, ">") })
		if i < 0 || i+1 >= len(lines) || !strings.HasSuffix(strings.TrimSpace(lines[i]), "associato.it") || lines[i+1] != "" {
			t.Errorf("width %d: the field is not one line ending the address:\n%s", w, view(st))
		}
	}
}
