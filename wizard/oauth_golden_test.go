package wizard

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
)

// What changes from one Google sign-in to the next, on screen: the
// loopback port, the PKCE challenge, the state, the demo's client ID
// (also inside the client file's name) and its temporary folder.
var (
	portRE      = regexp.MustCompile(`(127\.0\.0\.1|localhost)(:|%3A)\d+`)
	challengeRE = regexp.MustCompile(`(code_challenge=)[A-Za-z0-9_-]+`)
	stateRE     = regexp.MustCompile(`(state=)[A-Za-z0-9_-]+`)
	clientIDRE  = regexp.MustCompile(`[0-9]+-[a-z0-9]+\.apps\.googleusercontent\.com`)
	sshPortRE   = regexp.MustCompile(`(ssh -L )\d+`)
	// The client file's time, wrapped or not: it is the file's mtime.
	fileTimeRE = regexp.MustCompile(`\d{4}-(\n *)?\d{2}-\d{2} \d{2}:\d{2}`)
	// The same, as Italian writes it.
	fileTimeITRE = regexp.MustCompile(`\d{2}/(\n *)?\d{2}/\d{4} \d{2}:\d{2}`)
)

// normalizeOAuth is normalize for the Google sign-in's screens.
func (r *oauthRig) normalizeOAuth(screen string) string {
	screen = (&rig{}).normalize(screen)
	screen = sshPortRE.ReplaceAllString(screen, "${1}PORT")
	screen = fileTimeRE.ReplaceAllString(screen, "YYYY-${1}MM-DD hh:mm")
	screen = fileTimeITRE.ReplaceAllString(screen, "DD/${1}MM/YYYY hh:mm")
	screen = portRE.ReplaceAllString(screen, "${1}${2}PORT")
	screen = challengeRE.ReplaceAllString(screen, "${1}CHALLENGE")
	screen = stateRE.ReplaceAllString(screen, "${1}STATE")
	return clientIDRE.ReplaceAllString(screen, "CLIENT-ID.apps.googleusercontent.com")
}

// TestOAuthBranchScreens keeps the Google sign-in branch's screens at
// 80x24, in both languages, as goldens (go test ./wizard/ -update writes
// them): the first console page, the publish question, the client file
// found, the sign-in waiting for Google and the Ready screen.
func TestOAuthBranchScreens(t *testing.T) {
	for _, c := range []struct {
		lang                                     i18n.Lang
		walk, question, found, demo, sent, saved string
	}{
		{i18n.EN, "Part 1 of 8", "Is your app published", "Use the file found", "press enter and the demo", "It works", "Ready"},
		{i18n.IT, "Parte 1 di 8", "La tua app è pubblicata", "Usa il file trovato", "premi invio e la demo", "Funziona", "pronto"},
	} {
		t.Run(string(c.lang), func(t *testing.T) {
			r := newOAuthRig(t, c.lang)
			// The demo's folder has a random name of varying length, which
			// would wrap its paragraphs differently from run to run: as
			// the home folder, it shows as ~/ instead.
			t.Setenv("HOME", filepath.Dir(r.env.Downloads))
			m := r.wizard(c.lang, ModeNew)
			l := newLive(t, m, 80, 24)
			screens := map[string]string{}
			snap := func(name string) { screens[name] = r.normalizeOAuth(l.screen()) }
			toOAuth(l)
			l.until(c.walk)
			snap("OAuthConsole")
			for range 8 {
				l.key("enter")
			}
			l.until(c.question)
			snap("OAuthConsole-published")
			l.key("2") // still Testing
			l.until(c.found)
			snap("OAuthClient")
			l.key("1")
			l.until(c.demo)
			snap("OAuthSignIn")
			l.key("enter") // the demo presses Allow
			l.until(c.sent)
			l.walkTo(guide.Save)
			l.key("enter")
			l.settle()
			l.key("1") // no keyring: the file, with consent
			l.until(c.saved)
			if m.Current() != guide.Save {
				t.Fatalf("ended on %v", m.Current())
			}
			snap("Save-ready")
			for name, scr := range screens {
				t.Run(name, func(t *testing.T) { requireScreen(t, scr) })
				for i, line := range strings.Split(scr, "\n") {
					if w := len([]rune(line)); w > 80 {
						t.Errorf("%s line %d is %d columns wide: %q", name, i+1, w, line)
					}
				}
				if lines := strings.Count(scr, "\n") + 1; lines > 24 {
					t.Errorf("%s is %d lines tall, more than 24:\n%s", name, lines, scr)
				}
			}
		})
	}
}
