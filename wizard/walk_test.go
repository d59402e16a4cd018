package wizard

import (
	"context"
	"errors"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
	"gmailsetup/internal/storage"
	"gmailsetup/mailer"
	"gmailsetup/steps"
)

// The account and app password the loopback Gmail accepts in these tests.
// The password is a sentinel: it must never show up on a screen unless the
// person asked to reveal it.
const (
	walkAddress  = "mario.rossi@gmail.com"
	walkPassword = "qwertyuiopasdfgh"
	walkPasted   = "QWER TYUI OPAS DFGH \n" // as copied from Google's yellow box
)

// recordingOpener stands in for the browser and remembers every URL.
type recordingOpener struct {
	mu   sync.Mutex
	urls []string
	// browse, when set, is the person's browser going to each page, as
	// the Google sign-in needs (oauth_parity_test.go).
	browse func(url string)
}

func (r *recordingOpener) Open(_ context.Context, u string) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.urls = append(r.urls, u)
	if r.browse != nil {
		go r.browse(u)
	}
	return nil
}

func (r *recordingOpener) opened() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.urls...)
}

type fixedClock struct{ t time.Time }

func fixedNow() time.Time { return time.Date(2026, 11, 27, 10, 30, 0, 0, time.UTC) }

func (c fixedClock) Now() time.Time { return c.t }

type noDNS struct{}

func (noDNS) LookupMX(context.Context, string) ([]*net.MX, error) {
	return nil, errors.New("no DNS in tests")
}

// rig is a wizard wired to a loopback Gmail and a setup file in a
// temporary folder.
type rig struct {
	fake   *fakegmail.Server
	store  *storage.Store
	opener *recordingOpener
	dir    string
	// google and downloads are the fake Google sign-in and the folder of
	// its client file, for the OAuth paths (oauth_parity_test.go).
	google    guide.Google
	downloads string
}

func newRig(t testing.TB, opts fakegmail.Options) *rig {
	t.Helper()
	if opts.Address == "" {
		opts.Address = walkAddress
	}
	if opts.Password == "" {
		opts.Password = walkPassword
	}
	fake, err := fakegmail.Start(opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { fake.Close() })
	dir := t.TempDir()
	t.Setenv("HOME", dir) // paths show as ~/…, the same on every machine
	return &rig{
		fake:   fake,
		store:  storage.Open(filepath.Join(dir, "gmailsetup", "config.toml"), storage.WithoutKeyring()),
		opener: &recordingOpener{},
		dir:    dir,
	}
}

func (r *rig) wizard(lang i18n.Lang, mode Mode) *Model {
	return New(Config{
		Lang: lang,
		Mode: mode,
		Opts: steps.Options{AppName: "gmailsetup"},
		Deps: guide.Deps{
			Opener:   r.opener,
			Sender:   &mailer.Client{Server: mailer.Server(r.fake.Endpoints())},
			Store:    r.store,
			Clock:    fixedClock{fixedNow()},
			Resolver: noDNS{},
			Google:   r.google, Downloads: r.downloads,
		},
	})
}

var (
	codeRE     = regexp.MustCompile(`(code|codice) [A-Z0-9]{4,8}`)
	durationRE = regexp.MustCompile(`\d+([.,]\d+)? s\b`)
)

// normalize takes out of a screen what changes from run to run: the
// temporary folder, the test mail's random code and timings.
func (r *rig) normalize(screen string) string {
	lines := strings.Split(screen, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	screen = strings.Join(lines, "\n")
	screen = codeRE.ReplaceAllString(screen, "$1 XXXXXX")
	return durationRE.ReplaceAllString(screen, "N s")
}

// walk goes through every step of a new setup, the way a person with 2-Step
// Verification already on would, and returns each screen it saw.
func walk(t *testing.T, r *rig, d *driver) map[string]string {
	t.Helper()
	screens := map[string]string{}
	snap := func(name string) {
		scr := d.screen()
		if strings.Contains(scr, walkPassword) || strings.Contains(strings.ToLower(scr), "qwer tyui") {
			t.Fatalf("%s: the app password is on screen without being revealed:\n%s", name, scr)
		}
		screens[name] = r.normalize(scr)
	}
	// Each screen is named by its step's ID, a part after a dash.
	snap("Account")
	walkTo(t, d, guide.SignIn)
	d.expect(walkAddress) // sign-in asks whether the page shows this address
	snap("SignIn")
	walkTo(t, d, guide.TwoSVStatus)
	snap("TwoSVStatus")
	walkTo(t, d, guide.AppPassword)
	snap("AppPassword")
	walkTo(t, d, guide.Paste)
	snap("Paste-empty")
	d.paste(walkPasted)
	snap("Paste-filled")
	d.key("enter")
	if d.m.Current() != guide.TestSend {
		t.Fatalf("enter on the filled paste step led to %v", d.m.Current())
	}
	snap("TestSend")
	walkTo(t, d, guide.Save)
	snap("Save-review")
	d.key("enter")
	snap("Save-consent")
	d.key("1") // yes, keep the app password in the file: there is no keyring here
	snap("Save-ready")
	return screens
}

func TestWalkSavesAVerifiedSetup(t *testing.T) {
	for _, lang := range i18n.Langs {
		t.Run(string(lang), func(t *testing.T) {
			r := newRig(t, fakegmail.Options{IMAP: true})
			m := r.wizard(lang, ModeAuto)
			d := newDriver(t, m, 80, 24)
			screens := walk(t, r, d)

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

			// The test mail really went to the person's own address.
			msgs := r.fake.Messages()
			if len(msgs) != 1 || msgs[0].From != walkAddress || len(msgs[0].To) != 1 || msgs[0].To[0] != walkAddress {
				t.Fatalf("the loopback Gmail received %+v, want one mail from and to %s", msgs, walkAddress)
			}
			// What was saved reads back and holds the normalised password.
			cfg, err := r.store.Load()
			if err != nil {
				t.Fatal(err)
			}
			acct, ok := cfg.Account(walkAddress)
			if !ok || acct.Port != 465 || acct.Host != "smtp.gmail.com" || acct.LastVerified.IsZero() {
				t.Fatalf("saved account = %+v", acct)
			}
			if secret, err := r.store.Secret(walkAddress); err != nil || secret != walkPassword {
				t.Fatalf("saved secret: %v (matches: %v)", err, secret == walkPassword)
			}
			info, err := os.Stat(r.store.Path())
			if err != nil || info.Mode().Perm() != 0o600 {
				t.Fatalf("setup file mode: %v %v", info.Mode(), err)
			}
			// Every page the browser was asked to open names the account.
			urls := r.opener.opened()
			if len(urls) < 3 {
				t.Fatalf("only %d pages were opened: %v", len(urls), urls)
			}
			for _, u := range urls {
				p, err := url.Parse(u)
				if err != nil || p.Query().Get("authuser") != walkAddress {
					t.Errorf("opened %s without authuser=%s", u, walkAddress)
				}
			}
			d.key("enter")
			if !m.quitting || m.Interrupted() {
				t.Fatalf("enter on the last screen should quit normally (quitting=%v interrupted=%v)", m.quitting, m.Interrupted())
			}
		})
	}
}
