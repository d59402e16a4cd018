package explain

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"gmailsetup/i18n"
	"gmailsetup/mailer"
	"gmailsetup/storage"
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

func TestStorageFailuresNameTheirFix(t *testing.T) {
	cat := i18n.New(i18n.EN)
	unsafe := &storage.UnsafeError{Path: "/home/m/.config/gmailsetup/config.toml", Mode: 0o644, Fix: "chmod 600 '/home/m/.config/gmailsetup/config.toml'"}
	key, args, ok := Storage(fmt.Errorf("loading: %w", unsafe))
	if !ok || !strings.Contains(cat.T(key, args...), unsafe.Fix) {
		t.Fatalf("unsafe file: %q", cat.T(key, args...))
	}
	key, args, ok = Storage(&storage.SyntaxError{Path: "/c.toml", Line: 7})
	if !ok || !strings.Contains(cat.T(key, args...), "/c.toml, line 7") {
		t.Fatalf("syntax error: %q", cat.T(key, args...))
	}
	if _, _, ok := Storage(errors.New("disk on fire")); ok {
		t.Fatal("an unknown failure claimed a text of its own")
	}
}
