package guide

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gmailsetup/internal/i18n"
	"gmailsetup/internal/oauth"
	"gmailsetup/internal/storage"
	"gmailsetup/mailer"
)

func TestTheGoogleSignInBranchInTheGraph(t *testing.T) {
	a := Fresh()
	if m, _ := Next(AppPassword, UseOAuth, &a); m.To != OAuthConsole {
		t.Errorf("no App passwords → Google sign-in leads to %v", m.To)
	}
	if m, _ := Next(OAuthConsole, Done, &a); m.To != OAuthClient {
		t.Errorf("the walk leads to %v", m.To)
	}
	if m, _ := Next(OAuthClient, Done, &a); m.To != OAuthSignIn {
		t.Errorf("the client leads to %v", m.To)
	}
	if m, _ := Next(OAuthSignIn, Done, &a); m.To != TestSend {
		t.Errorf("the sign-in leads to %v", m.To)
	}
	if m, _ := Next(OAuthSignIn, OtherClient, &a); m.To != OAuthClient {
		t.Errorf("another client leads to %v", m.To)
	}
	// With a Google sign-in, "paste again" and "rotate" sign in again.
	a.UseOAuth()
	if m, _ := Next(Save, PasteAgain, &a); m.To != OAuthSignIn {
		t.Errorf("a failed check of a Google sign-in leads to %v", m.To)
	}
	prev := storage.Account{Email: "mario.rossi@gmail.com", Auth: storage.AuthOAuth, AppPublished: true}
	r := Rotating(prev)
	if m, _ := Next(Summary, Rotate, &r); m.To != OAuthSignIn || !r.Published() {
		t.Errorf("rotating a Google sign-in leads to %v (published %v)", m.To, r.Published())
	}
	p := Rotating(storage.Account{Email: "mario.rossi@gmail.com"})
	if m, _ := Next(Summary, Rotate, &p); m.To != AppPassword {
		t.Errorf("rotating an app password leads to %v", m.To)
	}
}

// Gmail refusing the app password of a Workspace address (534, 535)
// offers the Google sign-in; a personal address or another failure does
// not, and a Google sign-in has its own menu.
func TestTestFailedMenuOffersGoogleSignIn(t *testing.T) {
	has := func(m []Option) bool {
		for _, o := range m {
			if o.Act == UseOAuth {
				return true
			}
		}
		return false
	}
	work, personal := Fresh(), Fresh()
	work.SetEmail("anna@studio.example", KindWorkspace)
	personal.SetEmail("mario.rossi@gmail.com", KindPersonal)
	bad := &mailer.Error{Kind: mailer.KindBadCredentials}
	need := &mailer.Error{Kind: mailer.KindNeedAppPassword}
	if !has(TestFailedMenuFor(&work, bad)) || !has(TestFailedMenuFor(&work, need)) {
		t.Error("a Workspace 535/534 does not offer the Google sign-in")
	}
	if m := TestFailedMenuFor(&work, bad); m[len(m)-1].Act != Quit {
		t.Error("quit is no longer last")
	}
	if has(TestFailedMenuFor(&personal, bad)) || has(TestFailedMenuFor(&work, &mailer.Error{Kind: mailer.KindDNS})) {
		t.Error("the Google sign-in is offered where Gmail did not refuse a Workspace app password")
	}
	work.UseOAuth()
	if m := TestFailedMenuFor(&work, bad); m[0].Act != SignInAgain {
		t.Errorf("a Google sign-in's failed test offers %v first", m[0].Key)
	}
}

// A "web" client is refused with the reason, in the person's words.
func TestWebClientIsRefusedWithTheReason(t *testing.T) {
	path := filepath.Join(t.TempDir(), "client_secret_web.json")
	os.WriteFile(path, []byte(`{"web":{"client_id":"1-a.apps.googleusercontent.com","client_secret":"GOCSPX-xxxxxxxxxx"}}`), 0o600)
	_, err := Tasks{}.ReadClient(" '" + path + "' ")
	what, todo, ok := GoogleProblem(err)
	if !ok || !strings.Contains(what.Text(i18n.New(i18n.EN)), "Web application") || !strings.Contains(todo.Text(i18n.New(i18n.IT)), "App desktop") {
		t.Fatalf("a web client: %v %q %q", err, what.Text(i18n.New(i18n.EN)), todo.Text(i18n.New(i18n.IT)))
	}
	if _, _, ok := GoogleProblem(errors.New("other")); ok {
		t.Error("an error that is not Google's is explained as Google's")
	}
}

func TestFindClientPicksTheNewest(t *testing.T) {
	dir := t.TempDir()
	if _, ok := (Tasks{Deps: Deps{Downloads: dir}}).FindClient(); ok {
		t.Fatal("found a client in an empty folder")
	}
	body := `{"installed":{"client_id":"1-a.apps.googleusercontent.com","client_secret":"GOCSPX-xxxxxxxxxx"}}`
	os.WriteFile(filepath.Join(dir, "client_secret_old.json"), []byte(body), 0o600)
	newest := filepath.Join(dir, "client_secret_new.json")
	os.WriteFile(newest, []byte(body), 0o600)
	old := filepath.Join(dir, "client_secret_old.json")
	past := mustTime(t, "2026-01-01T00:00:00Z")
	os.Chtimes(old, past, past)
	f, ok := (Tasks{Deps: Deps{Downloads: dir}}).FindClient()
	if !ok || f.Path != newest {
		t.Fatalf("found %+v", f)
	}
	if name := FileName(filepath.Join(dir, "client_secret_123456789012-"+strings.Repeat("a", 32)+".apps.googleusercontent.com.json")); len([]rune(name)) > 44 || !strings.HasPrefix(name, "client_secret_") || !strings.HasSuffix(name, ".json") {
		t.Errorf("a long name is shown as %q", name)
	}
}

// The answers of a Google sign-in never print their secrets, whatever
// the verb: a panic or a log line with them leaks nothing.
func TestAnswersDoNotPrintSecrets(t *testing.T) {
	a := Fresh()
	a.UseOAuth()
	a.SetClient(oauth.Client{ID: "1-a.apps.googleusercontent.com", Secret: oauth.NewSecret("GOCSPX-clientsecret1")})
	a.SetGrant(oauth.Grant{Refresh: oauth.NewSecret("1//refreshtoken"), Access: oauth.NewSecret("ya29.accesstoken")})
	for _, verb := range []string{"%v", "%+v", "%#v", "%s"} {
		out := sprintf(verb, a)
		for _, s := range []string{"GOCSPX-clientsecret1", "1//refreshtoken", "ya29.accesstoken"} {
			if strings.Contains(out, s) {
				t.Fatalf("%s of the answers shows %q: %s", verb, s, out)
			}
		}
	}
}

func sprintf(verb string, a Answers) string { return fmt.Sprintf(verb, a) }

func mustTime(t *testing.T, s string) time.Time {
	t.Helper()
	v, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}
