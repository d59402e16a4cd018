package explain

import (
	"testing"

	"gmailsetup/i18n"
	"gmailsetup/mailer"
)

func TestEveryKindIsExplained(t *testing.T) {
	for _, k := range mailer.Kinds() {
		what, todo := Failure(k)
		if what != i18n.Key("diag."+k.String()+".what") || !i18n.Has(what) || !i18n.Has(todo) {
			t.Errorf("%s: explained by %s / %s", k, what, todo)
		}
	}
	if what, _ := Failure(mailer.Kind(99)); what != "diag.unknown.what" {
		t.Errorf("an unknown kind is explained by %s", what)
	}
}

func TestEveryPhaseHasItsOwnText(t *testing.T) {
	seen := map[i18n.Key]mailer.Phase{}
	for p := mailer.PhaseConnecting; p <= mailer.PhaseConfirming; p++ {
		k := Phase(p)
		if !i18n.Has(k) {
			t.Errorf("phase %d: %s is not in the catalog", p, k)
		}
		if q, dup := seen[k]; dup {
			t.Errorf("phases %d and %d share the text %s", q, p, k)
		}
		seen[k] = p
	}
}
