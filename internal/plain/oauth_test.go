package plain

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"gmailsetup/internal/fake/demo"
	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
	"gmailsetup/internal/oauth"
	"gmailsetup/mailer"
)

const oauthUser = "mario.rossi@gmail.com"

// demoConfig is plain mode wired as --demo --accessible is.
func demoConfig(t *testing.T, lang i18n.Lang, in io.Reader, out io.Writer) (Config, *demo.Env) {
	t.Helper()
	t.Setenv("HOME", t.TempDir())
	env, err := demo.Start(lang)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { env.Close() })
	return Config{
		In: in, Out: out, Cat: i18n.New(lang),
		Tasks: guide.Tasks{AppName: "gmailsetup", Deps: guide.Deps{
			Opener: demo.Browser{Allow: env.AuthURL()}, Sender: &mailer.Client{Server: env.Server}, Store: env.Store,
			Resolver: demo.Resolver{}, Google: env.Google, Downloads: env.Downloads,
		}},
		Demo: true, DemoPassword: demo.Password,
	}, env
}

// toGoogle is a new setup through "no App passwords" to the Google
// sign-in, with the client found in Downloads; published is the answer
// to "is your app published".
func toGoogle(published string) script {
	return script{
		guide.AppPassword:  {"2", "4"}, // I don't see App passwords; Google sign-in instead
		guide.OAuthConsole: append(make([]string, len(oauth.Walk(oauthUser, false))), published),
	}
}

// The demo's branch in plain mode, in both languages: enter makes the
// demo press "Allow"; the test mail goes with the token; the file holds
// the sign-in; no secret is ever printed.
func TestPlainOAuthDemo(t *testing.T) {
	for _, lang := range i18n.Langs {
		t.Run(string(lang), func(t *testing.T) {
			var out syncBuffer
			cfg, env := demoConfig(t, lang, newWalker(t, i18n.New(lang), &out, toGoogle("2")), &out)
			if code := Run(t.Context(), cfg); code != ExitOK {
				t.Fatalf("exit %d:\n%s", code, out.String())
			}
			cat := i18n.New(lang)
			for _, k := range []i18n.Key{"oauthui.signin.done", "save.ready", "oauthui.save.secretFile"} {
				if !strings.Contains(out.String(), cat.T(k)) {
					t.Errorf("no %s in:\n%s", k, out.String())
				}
			}
			_, sec, err := env.Store.OAuthSecrets(oauthUser)
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range []string{sec.RefreshToken, sec.ClientSecret} {
				if strings.Contains(out.String(), s) {
					t.Fatalf("a secret was printed:\n%s", out.String())
				}
			}
		})
	}
}

// lineFeeder gives lines one at a time, each only when asked for, so a
// test can compute the next answer from what was printed.
type lineFeeder struct {
	lines chan string
	buf   []byte
}

func (f *lineFeeder) Read(p []byte) (int, error) {
	if len(f.buf) == 0 {
		l, ok := <-f.lines
		if !ok {
			return 0, io.EOF
		}
		f.buf = []byte(l + "\n")
	}
	n := copy(p, f.buf)
	f.buf = f.buf[n:]
	return n, nil
}

// watchedOutput is an output read while Run writes it.
type watchedOutput struct {
	ch  chan struct{}
	mu  chan struct{}
	buf bytes.Buffer
}

func newWatchedOutput() *watchedOutput {
	b := &watchedOutput{ch: make(chan struct{}, 1), mu: make(chan struct{}, 1)}
	b.mu <- struct{}{}
	return b
}

func (b *watchedOutput) Write(p []byte) (int, error) {
	<-b.mu
	n, err := b.buf.Write(p)
	b.mu <- struct{}{}
	select {
	case b.ch <- struct{}{}:
	default:
	}
	return n, err
}

func (b *watchedOutput) String() string {
	<-b.mu
	defer func() { b.mu <- struct{}{} }()
	return b.buf.String()
}

// next waits for Run to print something more; it fails the test if Run
// ends first (done) or nothing comes for 15 s.
func (b *watchedOutput) next(t *testing.T, done <-chan int) {
	t.Helper()
	select {
	case <-b.ch:
	case code := <-done:
		t.Fatalf("Run ended (exit %d) before the test was done:\n%s", code, b.String())
	case <-time.After(15 * time.Second):
		t.Fatalf("Run printed nothing more for 15 s:\n%s", b.String())
	}
}

func (b *watchedOutput) waitFor(t *testing.T, s string) string {
	t.Helper()
	deadline := time.After(15 * time.Second)
	for {
		if out := b.String(); strings.Contains(out, s) {
			return out
		}
		select {
		case <-b.ch:
		case <-deadline:
			t.Fatalf("never printed %q:\n%s", s, b.String())
		}
	}
}

// Without a browser here, the address the other machine's browser ends on
// is pasted as a line: a wrong one is explained, the right one signs in.
func TestPlainOAuthPastedAddress(t *testing.T) {
	feed := &lineFeeder{lines: make(chan string, 64)}
	out := newWatchedOutput()
	in := newWalker(t, i18n.New(i18n.EN), out, toGoogle("1"))
	in.script[guide.OAuthSignIn], in.rest = []string{handOver}, feed
	cfg, env := demoConfig(t, i18n.EN, in, out)
	done := make(chan int, 1)
	go func() { done <- Run(t.Context(), cfg) }()
	text := out.waitFor(t, "When you have allowed access")
	i := strings.Index(text, env.AuthURL()+"?")
	authURL := text[i : i+strings.IndexByte(text[i:], '\n')]
	final := allow(t, env, authURL)

	feed.lines <- "http://127.0.0.1:1/?code=x&state=y" // another port: not this sign-in's
	out.waitFor(t, "not the one Google sends back")
	feed.lines <- final
	out.waitFor(t, "Signed in with Google.")
	feed.lines <- ""  // the test passed: on to save
	feed.lines <- "1" // the file, with consent
	close(feed.lines)
	if code := <-done; code != ExitOK {
		t.Fatalf("exit %d:\n%s", code, out.String())
	}
	if strings.Contains(out.String(), "code=4/0fake") {
		t.Fatal("the pasted code was printed back")
	}
}

// allow presses "Allow" on the demo's page and returns the address the
// browser is sent to, without going there: a browser on another machine.
func allow(t *testing.T, env *demo.Env, authURL string) string {
	t.Helper()
	c := env.FakeGoogle().HTTPClient()
	c.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	resp, err := c.Get(authURL)
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	const marker = `name="request" value="`
	i := bytes.Index(page, []byte(marker))
	if i < 0 {
		t.Fatalf("no consent form:\n%s", page)
	}
	id := string(page[i+len(marker):])
	id = id[:strings.IndexByte(id, '"')]
	resp, err = c.PostForm(strings.TrimSuffix(env.AuthURL(), "/o/oauth2/auth")+"/o/oauth2/consent",
		map[string][]string{"request": {id}, "answer": {"allow"}})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.Header.Get("Location")
}

// A refusal typed from Google's own error page is explained with its fix.
func TestPlainOAuthTypedRefusal(t *testing.T) {
	var out syncBuffer
	sc := toGoogle("1")
	sc[guide.OAuthSignIn] = []string{"Error 400: org_internal", "3"} // Google's own page; then quit
	cfg, _ := demoConfig(t, i18n.IT, newWalker(t, i18n.New(i18n.IT), &out, sc), &out)
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	if code := Run(ctx, cfg); code != ExitNotDone {
		t.Fatalf("exit %d:\n%s", code, out.String())
	}
	cat := i18n.New(i18n.IT)
	for _, k := range []i18n.Key{"oauth.refuse.org_internal.what", "oauth.refuse.org_internal.todo"} {
		if !strings.Contains(out.String(), cat.T(k)) {
			t.Errorf("no %s in:\n%s", k, out.String())
		}
	}
}
