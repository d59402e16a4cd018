package plain

import (
	"strings"
	"testing"

	"gmailsetup/internal/fake/demo"
	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
)

// Step 9 of a Google sign-in in the plain face: nothing can be pasted
// into a web invoicing program, and it says so in one sentence; the inbox
// is not watched. "Create an app password" goes to step 5 for the same
// address; "Finish" ends with the sign-in saved.
func TestPlainInvoicingAfterAGoogleSignIn(t *testing.T) {
	for _, lang := range i18n.Langs {
		t.Run(string(lang), func(t *testing.T) {
			cat := i18n.New(lang)
			var out syncBuffer
			sc := toGoogle("2")
			sc[guide.Save] = []string{"1", "1"} // in the file; yes, step 9
			sc[guide.Invoicing] = []string{"2"} // finish
			cfg, env := demoConfig(t, lang, newWalker(t, cat, &out, sc), &out)
			if code := Run(t.Context(), cfg); code != ExitOK {
				t.Fatalf("exit %d:\n%s", code, out.String())
			}
			got := out.String()
			mustContain(t, got, cat.T("invoicing.title"), cat.T("invoicing.oauth.personal"), cat.T("invoicing.oauth.create"))
			if strings.Contains(got, cat.T("invoicing.watch.starting")) || strings.Contains(got, guide.QuiFatturaURL) {
				t.Fatalf("step 9 of a Google sign-in watched the inbox or listed Qui Fattura's clicks:\n%s", got)
			}
			if _, _, err := env.Store.OAuthSecrets(oauthUser); err != nil {
				t.Fatalf("finishing at step 9 lost the saved sign-in: %v", err)
			}
		})
	}
}

// "Create an app password" at step 9 of a Google sign-in goes to step 5
// for the same address, and the new app password, tested and saved, is
// then offered step 9 again: Qui Fattura's clicks this time.
func TestPlainInvoicingGoogleSignInCreatesAnAppPassword(t *testing.T) {
	cat := i18n.New(i18n.IT)
	var out syncBuffer
	sc := toGoogle("2")
	sc[guide.AppPassword] = append(sc[guide.AppPassword], "1") // then, from step 9: copied
	sc[guide.Paste] = []string{demo.Password}                  // the demo's app password
	sc[guide.Save] = []string{"1", "1", "1", "", "2"}          // file; step 9; the file again; no print; finish
	sc[guide.Invoicing] = []string{"1"}                        // create an app password
	cfg, env := demoConfig(t, i18n.IT, newWalker(t, cat, &out, sc), &out)
	if code := Run(t.Context(), cfg); code != ExitOK {
		t.Fatalf("exit %d:\n%s", code, out.String())
	}
	got := out.String()
	first := strings.Index(got, cat.T("invoicing.oauth.personal"))
	step5 := strings.LastIndex(got, heading(cat, guide.AppPassword))
	if first < 0 || step5 < first {
		t.Fatalf("step 9's app password did not lead to step 5 after the sign-in's note:\n%s", got)
	}
	if secret, err := env.Store.Secret(oauthUser); err != nil || secret == "" {
		t.Fatalf("the new app password was not saved: %v", err)
	}
}
