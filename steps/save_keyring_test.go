package steps

import (
	"strings"
	"testing"

	"gmailsetup/internal/i18n"
	"gmailsetup/internal/storage"
)

// A keyring that is locked, or out of reach without a D-Bus session, is
// named in the consent question instead of "no keyring on this computer".
func TestSaveConsentNamesWhyTheKeyringFailed(t *testing.T) {
	for _, c := range []struct {
		err error
		key i18n.Key
	}{{storage.ErrKeyringLocked, "save.keyringLocked"}, {storage.ErrNoSessionBus, "save.noSessionBus"}} {
		for _, lang := range i18n.Langs {
			store := &fakeStoreB{saveErr: &storage.NoKeyringError{Path: pathB, Email: "mario.rossi@gmail.com", Err: c.err}}
			s := newSaveSharedB(lang, store, &fakeSenderB{}, true)
			st, _ := enterStepB(t, NewSave(s))
			st, cmd := st.Update(enterB)
			st, _ = runSaveB(st, cmd)
			v := textB(st)
			bare := func(s string) string { return strings.Join(strings.Fields(s), "") } // wrapping may break at "D-Bus"
			if !strings.Contains(bare(v), bare(s.T(c.key, pathB))) || strings.Contains(bare(v), bare(s.T("save.noKeyring", pathB))) {
				t.Errorf("%s %v: consent question:\n%s", lang, c.err, v)
			}
			checkLayoutB(t, string(lang)+" consent", s, st.View())
		}
	}
}
