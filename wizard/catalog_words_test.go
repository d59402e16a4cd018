package wizard

import (
	"strings"
	"testing"
	"unicode"

	tea "charm.land/bubbletea/v2"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
)

// loanWords are the words every language writes the same way, on purpose:
// names of things (Gmail, Google, SMTP, TLS) and the words Google's own
// pages show.
var loanWords = []string{"on", "off", "gmail", "google", "smtp", "imap", "tls", "ssl", "starttls", "msmtp", "gmailsetup", "qr", "demo"}

// catalogWords is every word the catalog writes in lang, lower-cased.
func catalogWords(lang i18n.Lang) map[string]bool {
	cat := i18n.New(lang)
	words := map[string]bool{}
	for _, w := range loanWords {
		words[w] = true
	}
	for _, k := range i18n.Keys() {
		for _, w := range letterRuns(cat.T(k)) {
			words[w] = true
		}
	}
	return words
}

// letterRuns splits s into runs of letters, lower-cased: "l'account" is
// "l" and "account".
func letterRuns(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) })
}

// foreign lists the words of screen that no text of the catalog in that
// language uses. Addresses, links, paths, numbers and codes are not words:
// a field holding "@", "://", a digit or a dot inside is skipped whole, as
// is a single letter (a key such as q or y); "pgup/pgdn" is two words.
func foreign(screen string, words map[string]bool) []string {
	var out []string
	for _, field := range strings.Fields(screen) {
		inner := strings.Trim(field, ".,:;!?()“”\"'«»…")
		if strings.Contains(inner, "://") || strings.ContainsAny(inner, "@~%_0123456789.=") {
			continue
		}
		for _, w := range letterRuns(inner) {
			if len([]rune(w)) > 1 && !words[w] {
				out = append(out, w)
			}
		}
	}
	return out
}

// ownWords is a screen without what it quotes on purpose: the server's
// reply or an error's own text, under "Gmail replied:" or "Details:",
// and the test mail's random code.
func ownWords(screen string, lang i18n.Lang) string {
	cat := i18n.New(lang)
	quoted := []string{strings.Fields(cat.T("diag.reply", ""))[0], strings.Fields(cat.T("diag.detail", ""))[0]}
	var keep []string
	inQuote := false
	for _, line := range strings.Split(screen, "\n") {
		trimmed := strings.TrimSpace(line)
		for _, q := range quoted {
			if strings.HasPrefix(trimmed, q) {
				inQuote = true
			}
		}
		if trimmed == "" {
			inQuote = false
		}
		if !inQuote {
			keep = append(keep, line)
		}
	}
	return codeRE.ReplaceAllString(strings.Join(keep, "\n"), "$1")
}

// Every screen of the wizard speaks only its language: each word on it is
// one the catalog writes in that language (TestWalk… holds what the
// screens say; this holds that no text bypasses the catalog, such as a key
// name or a library's default). Both languages, every step, the panels,
// the failure screens, the copy notices, the saved setup's summary.
func TestEveryScreenSpeaksTheCatalog(t *testing.T) {
	for _, lang := range i18n.Langs {
		t.Run(string(lang), func(t *testing.T) {
			words := catalogWords(lang)
			seen := 0
			check := func(d *driver, name string) {
				t.Helper()
				seen++
				if bad := foreign(ownWords(d.screen(), lang), words); len(bad) > 0 {
					t.Errorf("%s: words not in the %s catalog: %q\n%s", name, lang, bad, d.screen())
				}
			}

			// A new setup, the long way, with the panels and a failure.
			r := newRig(t, fakegmail.Options{IMAP: true})
			d := newDriver(t, r.wizard(lang, ModeAuto), 80, 24)
			check(d, "account, empty")
			d.typeText("mario.rossi@gmial.com")
			d.key("enter")
			check(d, "account, typo suggested")
			d.key("tab")
			check(d, "sign-in")
			d.key("2")
			check(d, "sign-in, other account")
			d.key("3")
			check(d, "sign-in, not signed in")
			walkTo(t, d, guide.TwoSVStatus)
			check(d, "2-step verification")
			walkTo(t, d, guide.TwoSVEnable, script{guide.TwoSVStatus: {pick(2)}})
			check(d, "turn on 2-step verification")
			walkTo(t, d, guide.AppPassword, script{guide.TwoSVEnable: {press("a")}}) // it is on already
			check(d, "app password")
			d.key("?")
			check(d, "app password, why panel")
			d.key("esc")
			d.key("r")
			check(d, "app password, QR code")
			d.key("r")
			d.key("enter")
			check(d, "paste, empty")
			d.paste("abc")
			check(d, "paste, too few letters")
			d.paste("Passw0rd!")
			check(d, "paste, not letters")
			d.send(tea.KeyPressMsg{Code: 'r', Mod: tea.ModCtrl})
			check(d, "paste, revealed")
			d.paste("aaaa bbbb cccc dddd")
			d.key("enter")
			check(d, "test failed, 535")
			d.key("1")
			d.paste(walkPasted)
			d.key("enter")
			check(d, "test passed")
			walkTo(t, d, guide.Save)
			check(d, "save, review")
			d.key("enter")
			check(d, "save, consent")
			d.key("1")
			check(d, "ready")
			d.key("c")
			check(d, "ready, password copied")
			d.key("4")
			check(d, "ready, line copied")

			// A re-run: the saved setup, checked, then a rotation.
			d = newDriver(t, r.wizard(lang, ModeAuto), 80, 24)
			check(d, "summary")
			d.key("2")
			check(d, "summary, checked")
			d.key("1")
			check(d, "rotate, app password")
			d.key("enter")
			d.paste(walkPasted)
			d.key("enter")
			check(d, "rotate, same password")

			// Gmail out of reach: the offer to save untested.
			r.fake.Close()
			d = newDriver(t, r.wizard(lang, ModeNew), 80, 24)
			toPaste(t, d)
			d.paste(walkPasted)
			d.key("enter")
			check(d, "test failed, no connection")
			if seen < 25 {
				t.Fatalf("only %d screens were checked", seen)
			}
		})
	}
}

// The check itself catches an English word on an Italian screen.
func TestForeignWordsAreFound(t *testing.T) {
	words := catalogWords(i18n.IT)
	if bad := foreign("  invio continua • enter continue • mario.rossi@gmail.com • Gmail On • PgSu/pgdn", words); len(bad) != 3 || bad[0] != "enter" || bad[1] != "continue" || bad[2] != "pgdn" {
		t.Fatalf("foreign = %q, want [enter continue pgdn]", bad)
	}
}
