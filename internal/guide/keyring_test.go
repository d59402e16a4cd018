package guide

import (
	"fmt"
	"strings"
	"testing"

	"gmailsetup/internal/i18n"
	"gmailsetup/internal/storage"
)

// A locked keyring and one out of reach for want of a session bus are each
// named as such, with what to do, in both languages; neither reads as "no
// keyring on this computer".
func TestKeyringFailuresAreNamed(t *testing.T) {
	path := "/home/m/.config/gmailsetup/config.toml"
	for _, c := range []struct {
		err      error
		consent  i18n.Key
		problem  i18n.Key
		en, it   string // what each language must say
		todo, fa string // the way forward, in each
	}{
		{storage.ErrKeyringLocked, "save.keyringLocked", "keyring.locked", "locked", "bloccato", "Unlock it", "Sbloccalo"},
		{storage.ErrNoSessionBus, "save.noSessionBus", "keyring.noSessionBus", "no D-Bus session", "non c'è una sessione D-Bus", "desktop session", "sessione grafica"},
	} {
		nk := &storage.NoKeyringError{Path: path, Email: "ada@gmail.com", Err: c.err}
		if got := NoKeyring(fmt.Errorf("saving: %w", nk)); got != c.consent {
			t.Errorf("%v: consent question %s, want %s", c.err, got, c.consent)
		}
		key, args, ok := Storage(&storage.KeyringError{Op: "get", Email: "ada@gmail.com", Err: c.err})
		if !ok || key != c.problem {
			t.Errorf("%v: explained by %s, %v; want %s", c.err, key, ok, c.problem)
		}
		for _, l := range []struct {
			lang       i18n.Lang
			says, todo string
		}{{i18n.EN, c.en, c.todo}, {i18n.IT, c.it, c.fa}} {
			cat := i18n.New(l.lang)
			q := cat.T(c.consent, path)
			if !strings.Contains(q, l.says) || !strings.Contains(q, path) {
				t.Errorf("%s %s: %q", l.lang, c.consent, q)
			}
			if p := cat.T(key, args...); !strings.Contains(p, l.says) || !strings.Contains(p, l.todo) {
				t.Errorf("%s %s: %q", l.lang, key, p)
			}
		}
	}
	if got := NoKeyring(&storage.NoKeyringError{Path: path, Err: storage.ErrNoKeyring}); got != "save.noKeyring" {
		t.Errorf("no keyring at all: %s", got)
	}
}
