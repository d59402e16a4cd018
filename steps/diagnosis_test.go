package steps

import (
	"errors"
	"strings"
	"testing"

	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
	"gmailsetup/mailer"
)

func TestEveryKindHasADiagnosis(t *testing.T) {
	for _, kind := range mailer.Kinds() {
		for _, k := range []i18n.Key{
			i18n.Key("diag." + kind.String() + ".what"),
			i18n.Key("diag." + kind.String() + ".todo"),
		} {
			if !i18n.Has(k) {
				t.Errorf("%s: %s is not in the catalog", kind, k)
			}
		}
		what, todo := guide.TestMailFailure(kind)
		wantWhat, wantTodo := i18n.Key("diag."+kind.String()+".what"), i18n.Key("diag."+kind.String()+".todo")
		if kind == mailer.KindMaybeSent {
			// The test mail's own, gentler words: a second one harms no one.
			wantWhat, wantTodo = "maybesent.test.what", "maybesent.test.todo"
		}
		if what != wantWhat || todo != wantTodo {
			t.Errorf("%s: guide.TestMailFailure = %s, %s", kind, what, todo)
		}
		for _, lang := range i18n.Langs {
			c := i18n.New(lang)
			if c.T(what) == c.T(todo) {
				t.Errorf("%s %s: what and todo say the same", kind, lang)
			}
		}
	}
	if what, _ := guide.Failure(mailer.Kind(99)); what != "diag.unknown.what" {
		t.Errorf("an unnamed kind maps to %s", what)
	}
}

func TestDiagnosisDetail(t *testing.T) {
	s, _ := newTestSharedB(i18n.EN)
	detail := func(err error) string {
		_, _, d := guide.Diagnosis(err)
		return s.Say(d)
	}
	// An error that is not the mailer's: its text, cleaned and cut short.
	got := detail(errors.New("boom\x1b[31m " + strings.Repeat("x", 400)))
	if !strings.HasPrefix(got, "Technical details: boom ") || strings.Contains(got, "\x1b") || len([]rune(got)) > guide.MaxDetail+len("Technical details: ") {
		t.Errorf("detail = %q", got)
	}
	// A reply without a code is quoted as it is; a stop has no detail.
	if got := detail(&mailer.Error{Kind: mailer.KindRejected, Reply: "policy"}); got != "Gmail replied: policy" {
		t.Errorf("detail = %q", got)
	}
	if got := detail(&mailer.Error{Kind: mailer.KindCanceled}); got != "" {
		t.Errorf("a stop has detail %q", got)
	}
}
