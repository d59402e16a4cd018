package cli

import (
	"strings"
	"testing"

	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
	"gmailsetup/internal/storage"
)

// A locked keyring and a missing session bus each get their own words and
// way forward, not "the keyring failed" with an English error inside.
func TestExplainKeyringLockedAndNoBus(t *testing.T) {
	for _, c := range []struct {
		err    error
		en, it string
	}{
		{storage.ErrKeyringLocked, "is locked. Unlock it", "è bloccato. Sbloccalo"},
		{storage.ErrNoSessionBus, "there is no D-Bus session", "non c'è una sessione D-Bus"},
	} {
		e := &storage.KeyringError{Op: "get", Email: "ada@gmail.com", Err: c.err}
		for lang, want := range map[i18n.Lang]string{i18n.EN: c.en, i18n.IT: c.it} {
			got, _ := guide.CommandProblem(i18n.New(lang), e, "")
			if !strings.Contains(got, want) || !strings.Contains(got, "ada@gmail.com") || strings.Contains(got, c.err.Error()) {
				t.Errorf("%s %v: %q", lang, c.err, got)
			}
		}
	}
}
