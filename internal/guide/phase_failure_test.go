package guide

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"gmailsetup/internal/i18n"
	"gmailsetup/internal/storage"
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

// Every problem and syntax kind storage can report has a text in the
// wizard's and the commands' words, and what Storage returns is safe to
// print.
func TestStorageProblemsHaveTexts(t *testing.T) {
	for p := storage.ProblemNoEmail; p <= storage.ProblemBadHost; p++ {
		for _, prefix := range []string{"store.config.", "cmd.problem."} {
			if k := ConfigProblem(p, prefix); !i18n.Has(k) {
				t.Errorf("problem %v: no text %s", p, k)
			}
		}
	}
	for k := storage.SyntaxOther; k <= storage.SyntaxBadKey; k++ {
		if key := SyntaxKind(k); !i18n.Has(key) {
			t.Errorf("syntax kind %v: no text %s", k, key)
		}
	}
	cat := i18n.New(i18n.IT)
	key, args, ok := Storage(&storage.ConfigError{Path: "/c.toml", Line: 4, Index: 1, Key: "port", Problem: storage.ProblemBadPort})
	if got := cat.T(key, args...); !ok || !strings.Contains(got, "/c.toml:4") || !strings.Contains(got, "465 o 587") {
		t.Errorf("bad port: %q", got)
	}
	key, args, ok = Storage(&storage.FileError{Op: storage.OpWrite, Path: "/ro/x\x1b[2J/c.toml", Err: errors.New("permission denied")})
	got := cat.T(key, args...)
	if !ok || !strings.Contains(got, "Impossibile scrivere") || !strings.Contains(got, "/ro/x/c.toml") || strings.ContainsRune(got, '\x1b') {
		t.Errorf("failed write: %q", got)
	}
	key, args, ok = Storage(&storage.LinkError{Path: "/c.toml", Target: "/etc/passwd"})
	if got := cat.T(key, args...); !ok || !strings.Contains(got, "/etc/passwd") {
		t.Errorf("link: %q", got)
	}
}
