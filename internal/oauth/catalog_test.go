package oauth

import (
	"net/url"
	"strings"
	"testing"

	"gmailsetup/internal/i18n"
)

// Every text the package can hand out exists in both languages and takes
// the arguments it is given.
func TestEveryKeyExists(t *testing.T) {
	var keys []i18n.Key
	for _, r := range refusals {
		keys = append(keys, r.what, r.todo)
	}
	for _, c := range []string{ClientNotJSON, ClientWeb, ClientServiceAccount, ClientUnknown, ClientIncomplete, ClientBadID, ClientBadSecret, ClientNotDesktop, ClientNotGoogle, ClientTooBig} {
		e := clientError(c)
		keys = append(keys, e.What, e.Todo)
	}
	for _, c := range []string{FileNone, FileMissing, FileSymlink, FileNotRegular, FileUnreadable} {
		e := fileError(c, nil)
		keys = append(keys, e.What, e.Todo)
	}
	for _, c := range []string{PasteNotURL, PasteWrongHost, PasteWrongState, PasteNoCode, PasteDone} {
		e := pasteError(c)
		keys = append(keys, e.What, e.Todo)
	}
	for _, s := range ConsoleSteps {
		keys = append(keys, s.Title, s.Text)
	}
	keys = append(keys, "oauth.page.done.title", "oauth.page.done.body", "oauth.page.failed.title", "oauth.page.failed.body",
		"oauth.page.stray.title", "oauth.page.stray.body", "oauth.console.intro", "oauth.console.testing7days")
	for _, k := range keys {
		for _, l := range i18n.Langs {
			if s := i18n.New(l).T(k); strings.HasPrefix(s, "!") || strings.Contains(s, "%") {
				t.Errorf("%s in %s: %q", k, l, s)
			}
		}
	}
	if s := i18n.New(i18n.IT).T("oauth.console.unverified", "Posta fatture"); !strings.Contains(s, "Vai a Posta fatture (non sicura)") {
		t.Errorf("unverified: %q", s)
	}
}

func TestRefusalOfTypedCode(t *testing.T) {
	for in, want := range map[string]string{
		"Error 400: admin_policy_enforced": "admin_policy_enforced",
		"org_internal":                     "org_internal",
		" ACCESS_DENIED ":                  "access_denied",
		"something_new":                    CodeOther,
		"\x1b[31mred":                      CodeOther,
	} {
		if got := Refusal(in).Code; got != want {
			t.Errorf("Refusal(%q) = %s, want %s", in, got, want)
		}
	}
	e := Refusal("brand_new_code")
	if s := i18n.New(i18n.EN).T(e.What, e.Args...); !strings.Contains(s, "brand_new_code") {
		t.Errorf("an unknown code is not named: %q", s)
	}
}

func TestConsoleWalk(t *testing.T) {
	const email = "mario.rossi+fatture@gmail.com"
	personal, workspace := Walk(email, false), Walk(email, true)
	ids := func(w []WalkStep) string {
		var s []string
		for _, x := range w {
			s = append(s, x.ID)
		}
		return strings.Join(s, ",")
	}
	if got := ids(personal); got != "project,branding,audience,test-users,publish,client,download,gmail-api" {
		t.Errorf("personal walk: %s", got)
	}
	if got := ids(workspace); strings.Contains(got, "publish") || strings.Contains(got, "test-users") {
		t.Errorf("an Internal app needs neither test users nor publishing: %s", got)
	}
	for _, s := range personal {
		u, err := url.Parse(s.URL)
		if err != nil || u.Scheme != "https" || u.Host != "console.cloud.google.com" || u.Query().Get("authuser") != email {
			t.Errorf("%s: %s", s.ID, s.URL)
		}
	}
}
