package wizard

import (
	"context"
	"encoding/base64"
	"fmt"
	"net"
	"net/http"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"gmailsetup/internal/fake/demo"
	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
	"gmailsetup/internal/storage"
	"gmailsetup/mailer"
	"gmailsetup/steps"
)

// live drives the wizard as Bubble Tea does, commands on their own
// goroutines, so a key can arrive while a sign-in is waiting for Google
// (the synchronous driver would wait for the sign-in first). Every frame
// drawn is kept, for the sentinel checks.
type live struct {
	t       *testing.T
	m       *Model
	msgs    chan tea.Msg
	frames  []string
	running atomic.Int64  // commands not yet returned
	wake    chan struct{} // a command returned
}

func newLive(t *testing.T, m *Model, w, h int) *live {
	l := &live{t: t, m: m, msgs: make(chan tea.Msg, 256), wake: make(chan struct{}, 1)}
	l.send(tea.WindowSizeMsg{Width: w, Height: h})
	l.run(m.Init())
	return l
}

func (l *live) run(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	l.running.Add(1)
	go func() {
		defer func() {
			// after its message is queued, so none is missed once idle
			l.running.Add(-1)
			select {
			case l.wake <- struct{}{}:
			default:
			}
		}()
		msg := cmd()
		if b, ok := msg.(tea.BatchMsg); ok {
			for _, c := range b {
				l.run(c)
			}
			return
		}
		inner := msg
		if r, ok := msg.(resultMsg); ok {
			inner = r.msg
		}
		name := fmt.Sprintf("%T", inner)
		if msg == nil || strings.HasPrefix(name, "spinner.") || strings.HasPrefix(name, "cursor.") || strings.Contains(name, "Blink") {
			return
		}
		l.msgs <- msg
	}()
}

func (l *live) send(msg tea.Msg) {
	_, cmd := l.m.Update(msg)
	l.frames = append(l.frames, l.m.View().Content)
	l.run(cmd)
}

func (l *live) key(k string) { l.send(keyMsg(k)) }

func (l *live) typeText(s string) {
	for _, r := range s {
		l.send(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

func (l *live) paste(s string) { l.send(tea.PasteMsg{Content: s}) }

// walkTo answers every step from the table until step id is on screen,
// waiting after each answer for the wizard to be idle. It fails at once
// when it has no answer for a step.
func (l *live) walkTo(id guide.ID, s ...script) {
	l.t.Helper()
	var sc script
	if len(s) > 0 {
		sc = s[0]
	}
	a := newAnswerer(sc)
	prev := guide.ID(-1)
	// Each step is answered once it is idle (its look-ups done); the
	// target may wait on Google, so the walk stops as soon as it is there.
	there := func() bool { return l.m.Current() == id }
	for l.settleUnless(there); !there(); l.settleUnless(there) {
		at := l.m.Current()
		next, ok := a.next(at, at != prev)
		prev = at
		if !ok || l.m.quitting {
			l.t.Fatalf("walking to %v: no answer left for step %v:\n%s", id, at, l.screen())
		}
		next.onWizard(l, func() {})
	}
}

func (l *live) screen() string { return ansi.Strip(l.m.View().Content) }

// until delivers results until the screen shows every one of want.
func (l *live) until(want ...string) {
	l.t.Helper()
	deadline := time.After(20 * time.Second)
	for {
		flat := strings.Join(strings.Fields(l.screen()), " ")
		ok := true
		for _, w := range want {
			ok = ok && strings.Contains(flat, strings.Join(strings.Fields(w), " "))
		}
		if ok {
			return
		}
		select {
		case msg := <-l.msgs:
			l.send(msg)
		case <-deadline:
			l.t.Fatalf("the screen never showed %q:\n%s", want, l.screen())
		}
	}
}

// settle delivers results until every command has returned and its
// message is delivered: the wizard is idle, waiting for the person. It
// fails after 20 s, when a command is still waiting on something.
func (l *live) settle() {
	l.t.Helper()
	l.settleUnless(func() bool { return false })
}

// settleUnless is settle that stops early once done is true: a step that
// waits on the outside world (Google) is never idle.
func (l *live) settleUnless(done func() bool) {
	l.t.Helper()
	deadline := time.After(20 * time.Second)
	for !done() && (l.running.Load() > 0 || len(l.msgs) > 0) {
		select {
		case msg := <-l.msgs:
			l.send(msg)
		case <-l.wake:
		case <-deadline:
			l.t.Fatalf("the wizard is still busy after 20 s:\n%s", l.screen())
		}
	}
}

// oauthRig is the demo's world: fakegmail accepting the tokens of
// fakegoogle, whose "Allow" page the demo can press, a client file in
// its Downloads, and a setup file with no keyring.
type oauthRig struct {
	env     *demo.Env
	browser guide.Opener
	debug   debugLog
}

func newOAuthRig(t *testing.T, lang i18n.Lang) *oauthRig {
	t.Helper()
	t.Setenv("HOME", t.TempDir())
	env, err := demo.Start(lang)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { env.Close() })
	return &oauthRig{env: env}
}

// debugLog is what --debug would write: the mailer's transcript.
type debugLog struct {
	mu  sync.Mutex
	buf strings.Builder
}

func (d *debugLog) Write(p []byte) (int, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.buf.Write(p)
}

func (d *debugLog) String() string {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.buf.String()
}

func (r *oauthRig) deps() guide.Deps {
	opener := r.browser
	if opener == nil {
		opener = demo.Browser{Allow: r.env.AuthURL()} // the demo with no browser
	}
	return guide.Deps{
		Opener: opener, Sender: &mailer.Client{Server: r.env.Server, Debug: &r.debug}, Store: r.env.Store,
		Clock: fixedClock{fixedNow()}, Resolver: demo.Resolver{},
		Google: r.env.Google, Downloads: r.env.Downloads,
	}
}

func (r *oauthRig) wizard(lang i18n.Lang, mode Mode) *Model {
	return New(Config{Lang: lang, Mode: mode, Deps: r.deps(),
		Opts: steps.Options{AppName: "gmailsetup", Demo: true, DemoPassword: demo.Password}})
}

// secrets are what must never be drawn: the saved refresh token and
// client secret, and the access token of the sign-in.
func (r *oauthRig) secrets(t *testing.T, m *Model, email string) []string {
	t.Helper()
	_, sec, err := r.env.Store.OAuthSecrets(email)
	if err != nil {
		t.Fatal(err)
	}
	out := []string{sec.RefreshToken, sec.ClientSecret, m.Answers().Grant().Access.Reveal(), m.Answers().Grant().Refresh.Reveal()}
	for _, s := range out {
		if len(s) < 8 {
			t.Fatalf("a secret to look for is too short to mean anything: %q", s)
		}
	}
	return out
}

func noSecretIn(t *testing.T, where string, texts []string, secrets []string) {
	t.Helper()
	for _, text := range texts {
		for _, s := range secrets {
			if strings.Contains(text, s) {
				t.Fatalf("%s shows a secret:\n%s", where, ansi.Strip(text))
			}
		}
	}
}

// toOAuth walks a new setup to the Google sign-in branch through the
// App passwords panel.
func toOAuth(l *live) {
	l.walkTo(guide.AppPassword)
	l.key("?")
	l.key("g")
}

// TestOAuthBranchInTheDemo walks the whole Google sign-in branch as a new
// user of --demo does, in both languages: the console walk, the client
// file found in Downloads, the sign-in the demo consents to after enter,
// the test mail with the token, and the save with consent to the file.
func TestOAuthBranchInTheDemo(t *testing.T) {
	for _, c := range []struct {
		lang                                     i18n.Lang
		walk, question, found, demo, sent, saved string
	}{
		{i18n.EN, "Part 1 of 8", "Is your app published", "Use the file found", "press enter and the demo", "It works", "Ready"},
		{i18n.IT, "Parte 1 di 8", "La tua app è pubblicata", "Usa il file trovato", "premi invio e la demo", "Funziona", "pronto"},
	} {
		t.Run(string(c.lang), func(t *testing.T) {
			r := newOAuthRig(t, c.lang)
			m := r.wizard(c.lang, ModeNew)
			l := newLive(t, m, 80, 24)
			toOAuth(l)
			l.until(c.walk)
			if m.Current() != guide.OAuthConsole {
				t.Fatalf("on %v, not the console walk", m.Current())
			}
			for range 8 {
				l.key("enter")
			}
			l.until(c.question)
			l.key("2") // still Testing
			l.until(c.found)
			l.key("1")
			l.until(c.demo)
			l.key("enter") // the demo presses Allow
			l.until(c.sent)
			l.walkTo(guide.Save)
			l.key("enter")
			l.settle()
			l.key("1") // no keyring: the file, with consent
			l.until(c.saved)
			cfg, err := r.env.Store.Load()
			if err != nil {
				t.Fatal(err)
			}
			a, ok := cfg.Account(walkAddress)
			if !ok || !a.IsOAuth() || a.AppPublished || a.ClientID == "" || a.SignedIn.IsZero() {
				t.Fatalf("saved %+v", a)
			}
			if _, ok := a.SignInExpires(); !ok {
				t.Fatal("a Testing app's sign-in has no end date")
			}
			secrets := r.secrets(t, m, walkAddress)
			noSecretIn(t, "a frame", l.frames, secrets)
			if !strings.Contains(r.debug.String(), "AUTH") {
				t.Fatalf("the --debug transcript has no sign-in to check:\n%s", r.debug.String())
			}
			access := m.Answers().Grant().Access.Reveal()
			sasl := base64.StdEncoding.EncodeToString([]byte("user=" + walkAddress + "\x01auth=Bearer " + access + "\x01\x01"))
			noSecretIn(t, "the --debug transcript", []string{r.debug.String()}, append(secrets, sasl))
			// Nor may fmt print one from the answers, as a panic or a log would.
			noSecretIn(t, "the answers printed", []string{fmt.Sprintf("%v %+v %#v", *m.Answers(), *m.Answers(), *m.Answers())}, secrets)
			data, _ := os.ReadFile(r.env.ConfigPath)
			if !strings.Contains(string(data), `auth = "oauth"`) {
				t.Fatalf("the file does not say oauth:\n%s", data)
			}
		})
	}
}

// approvingBrowser is the person's browser clicking "Allow" on the demo
// page: it presses it shortly after the page opens.
type approvingBrowser struct{ env *demo.Env }

func (b approvingBrowser) Open(_ context.Context, url string) error {
	if !strings.HasPrefix(url, b.env.AuthURL()) {
		return nil
	}
	go func() { _ = b.env.Google.Approve(context.Background(), url) }()
	return nil
}

// consentRedirect presses "Allow" on the demo's consent form and returns
// where Google sends the browser, without going there.
func consentRedirect(t *testing.T, env *demo.Env, authURL string) string {
	t.Helper()
	c := env.FakeGoogle().HTTPClient()
	c.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	resp, err := c.Get(authURL)
	if err != nil {
		t.Fatal(err)
	}
	var page strings.Builder
	buf := make([]byte, 4096)
	for {
		n, err := resp.Body.Read(buf)
		page.Write(buf[:n])
		if err != nil {
			break
		}
	}
	resp.Body.Close()
	const marker = `name="request" value="`
	i := strings.Index(page.String(), marker)
	if i < 0 {
		t.Fatalf("no consent form:\n%s", page.String())
	}
	id := page.String()[i+len(marker):]
	id = id[:strings.IndexByte(id, '"')]
	u := strings.TrimSuffix(env.AuthURL(), "/o/oauth2/auth") + "/o/oauth2/consent"
	resp, err = c.PostForm(u, map[string][]string{"request": {id}, "answer": {"allow"}})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	loc := resp.Header.Get("Location")
	if !strings.HasPrefix(loc, "http://127.0.0.1:") {
		t.Fatalf("consent sent the browser to %q", loc)
	}
	return loc
}

// toSignIn walks to the sign-in screen with the demo's client.
func toSignIn(t *testing.T, l *live) {
	t.Helper()
	l.walkTo(guide.OAuthSignIn, script{guide.AppPassword: {useOAuth}})
	l.until("Waiting for Google")
}

// Without a browser here, the address the other machine's browser ends on
// is pasted back: the sign-in takes it, an old one is refused first.
func TestOAuthPastedAddressFallback(t *testing.T) {
	r := newOAuthRig(t, i18n.EN)
	m := r.wizard(i18n.EN, ModeNew)
	l := newLive(t, m, 100, 30)
	toSignIn(t, l)
	if !strings.Contains(l.screen(), "ssh -L") {
		t.Fatalf("no ssh -L hint without a browser:\n%s", l.screen())
	}
	sign := m.step().(*steps.OAuthSignInStep)
	authURL := sign.CurrentURL()
	final := consentRedirect(t, r.env, authURL)

	// A stale address (another sign-in's state) is refused, and it waits on.
	l.key("p")
	l.send(tea.PasteMsg{Content: strings.Replace(final, "state=", "state=x", 1)})
	l.key("enter")
	l.until("belongs to another sign-in")
	l.send(tea.PasteMsg{Content: "\n" + final + "\n"})
	l.key("enter")
	l.until("It works")
	if !m.Answers().SignedIn() {
		t.Fatal("not signed in after the pasted address")
	}
}

// A refusal Google sends back is explained in plain words with its fix,
// and one shown on Google's own page is typed in after g.
func TestOAuthRefusalsAreExplained(t *testing.T) {
	r := newOAuthRig(t, i18n.EN)
	r.browser = approvingBrowser{r.env}
	r.env.FakeGoogle().Refuse(walkAddress, "admin_policy_enforced")
	m := r.wizard(i18n.EN, ModeNew)
	l := newLive(t, m, 100, 30)
	toOAuth(l)
	for range 8 {
		l.key("enter")
	}
	l.until("Is your app published")
	l.key("1")
	l.until("Use the file found")
	l.key("1")
	l.until("Not signed in", "administrator", "App access control")

	// Try again, and this time Google shows its own page: g and the code.
	r.env.FakeGoogle().Refuse(walkAddress, "")
	r.browser = nil
	l.key("1")
	l.until("Waiting for Google")
	l.key("g")
	l.typeText("Error 400: policy_enforced")
	l.key("enter")
	l.until("Advanced Protection", "neither app passwords nor your own app")
	if m.Answers().SignedIn() {
		t.Fatal("signed in after a refusal")
	}
}

// esc while waiting for Google stops the sign-in: its port closes and a
// later answer from the browser changes nothing.
func TestOAuthEscStopsTheSignIn(t *testing.T) {
	r := newOAuthRig(t, i18n.IT)
	m := r.wizard(i18n.IT, ModeNew)
	l := newLive(t, m, 80, 24)
	toOAuth(l)
	for range 8 {
		l.key("enter")
	}
	l.until("La tua app è pubblicata")
	l.key("1")
	l.until("Usa il file trovato")
	l.key("1")
	l.until("In attesa di Google")
	url := m.step().(*steps.OAuthSignInStep).CurrentURL()
	port := portOf(t, url)
	l.key("esc")
	l.until("Accesso con Google non riuscito", "annullato")
	if m.Current() != guide.OAuthSignIn {
		t.Fatalf("esc left the sign-in for %v", m.Current())
	}
	// Once the sign-in's command has returned, its port is closed.
	l.settle()
	if conn, err := net.Dial("tcp4", "127.0.0.1:"+strconv.Itoa(port)); err == nil {
		conn.Close()
		t.Fatal("the sign-in's port is still open after esc")
	}
	if err := r.env.Google.Approve(context.Background(), url); err == nil {
		l.settle()
	}
	l.settle()
	if m.Answers().SignedIn() || m.Current() != guide.OAuthSignIn {
		t.Fatal("a sign-in stopped with esc went on")
	}
	// A second esc is "back", to the client, as on every other screen.
	l.key("esc")
	l.until("Usa il file trovato")
}

func portOf(t *testing.T, authURL string) int {
	t.Helper()
	i := strings.Index(authURL, "127.0.0.1%3A")
	if i < 0 {
		t.Fatalf("no redirect port in %s", authURL)
	}
	rest := authURL[i+len("127.0.0.1%3A"):]
	j := 0
	for j < len(rest) && rest[j] >= '0' && rest[j] <= '9' {
		j++
	}
	p, _ := strconv.Atoi(rest[:j])
	return p
}

// rotate on a saved Google sign-in signs in again with the saved client
// and saves the new refresh token: the old one is replaced, never shown.
func TestOAuthRotateSignsInAgain(t *testing.T) {
	r := newOAuthRig(t, i18n.EN)
	r.browser = approvingBrowser{r.env}
	first := r.wizard(i18n.EN, ModeNew)
	l := newLive(t, first, 100, 30)
	l.walkTo(guide.Save, script{guide.AppPassword: {useOAuth}})
	l.key("enter")
	l.settle()
	l.key("1") // no keyring: the file, with consent
	l.until("Ready")
	_, before, err := r.env.Store.OAuthSecrets(walkAddress)
	if err != nil {
		t.Fatal(err)
	}

	m := r.wizard(i18n.EN, ModeRotate)
	l = newLive(t, m, 100, 30)
	l.until("It works") // the summary leads to the sign-in, which the browser allows
	l.walkTo(guide.Save)
	l.key("enter")
	l.settle()
	l.key("1") // no keyring: the file again, with consent, as for an app password
	l.until("Ready")
	_, after, err := r.env.Store.OAuthSecrets(walkAddress)
	if err != nil {
		t.Fatal(err)
	}
	if after.RefreshToken == before.RefreshToken || after.ClientSecret != before.ClientSecret {
		t.Fatal("rotate did not save a new refresh token for the same client")
	}
	noSecretIn(t, "a rotation frame", l.frames, []string{before.RefreshToken, after.RefreshToken, after.ClientSecret})
	var acct storage.Account
	cfg, _ := r.env.Store.Load()
	acct, _ = cfg.Account(walkAddress)
	if !acct.AppPublished {
		t.Fatal("rotate forgot that the app is published")
	}
}

// Gmail refusing the app password of a Workspace address (535) offers the
// Google sign-in among the fixes, in both languages, and it leads there.
func TestWorkspace535OffersGoogleSignIn(t *testing.T) {
	const work = "anna@studio.example"
	for _, c := range []struct {
		lang i18n.Lang
		opt  string
	}{{i18n.EN, "Use Google sign-in (OAuth) instead"}, {i18n.IT, "Usa invece l'accesso con Google (OAuth)"}} {
		t.Run(string(c.lang), func(t *testing.T) {
			r := newRig(t, fakegmail.Options{Address: work})
			m := New(Config{Lang: c.lang, Mode: ModeNew, Opts: steps.Options{AppName: "gmailsetup"},
				Deps: guide.Deps{Opener: r.opener, Sender: &mailer.Client{Server: mailer.Server(r.fake.Endpoints())},
					Store: r.store, Clock: fixedClock{fixedNow()}, Resolver: demo.Resolver{}}})
			d := newDriver(t, m, 80, 40)
			walkTo(t, d, guide.TestSend, script{
				guide.Account: {addr(work), enter}, // enter after "Google handles this domain's mail"
				guide.Paste:   {paste("aaaa bbbb cccc dddd")},
			})
			d.expect(c.opt)
			num := ""
			for _, line := range strings.Split(d.screen(), "\n") {
				if i := strings.Index(line, ". "+c.opt); i > 0 {
					num = line[i-1 : i]
				}
			}
			d.key(num)
			if m.Current() != guide.OAuthConsole {
				t.Fatalf("the option led to %v:\n%s", m.Current(), d.screen())
			}
			if !m.Answers().OAuth() || m.Answers().Password() != "" {
				t.Fatal("the setup did not switch to a Google sign-in")
			}
		})
	}
}
