package wizard

import (
	"context"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/internal/fake/fakegoogle"
	"gmailsetup/internal/guide"
	"gmailsetup/internal/oauth"
)

// The Desktop client both faces are given, the same in both rigs so that
// they save the same file.
const (
	parityClientID     = "123456789012-paritytestclient1.apps.googleusercontent.com"
	parityClientSecret = "GOCSPX-paritytestsecret00000"
)

// The acts of the Google sign-in branch.
var (
	useOAuth = act{kind: "useOAuth"} // "no App passwords": sign in with Google instead
	console  = act{kind: "console"}  // done with every page of the console walk
	signedIn = act{kind: "signedIn"} // allowed access in the browser
)

func oauthOnWizard(a act, d presser, look func()) {
	switch a.kind {
	case "useOAuth":
		d.key("?")
		look()
		d.key("g")
	case "console":
		for range oauth.Walk(walkAddress, false) {
			look()
			d.key("enter")
		}
	case "signedIn":
		// The browser allowed access; the sign-in went on by itself.
	}
}

func oauthOnPlain(a act) []string {
	switch a.kind {
	case "useOAuth":
		return []string{"2", "4"} // "I don't see App passwords", then Google sign-in
	case "console":
		return make([]string, len(oauth.Walk(walkAddress, false)))
	}
	return []string{""} // signedIn: enter, once access is allowed
}

// rig is the path's world: the loopback Gmail, and for the branch a fake
// Google whose tokens it accepts, a browser that follows Google's pages
// (consenting at once), and the client's JSON in Downloads.
func (p parityPath) rig(t *testing.T) *rig {
	t.Helper()
	if !p.google {
		return newRig(t, fakegmail.Options{})
	}
	g, err := fakegoogle.Start()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { g.Close() })
	g.AddClient(parityClientID, parityClientSecret)
	r := newRig(t, fakegmail.Options{Tokens: g})
	r.google = guide.GoogleService{Service: oauth.Service{
		Endpoints:  oauth.Endpoints{Auth: g.AuthURL(), Token: g.TokenURL(), Revoke: g.RevokeURL()},
		HTTPClient: g.HTTPClient(),
	}}
	r.downloads = filepath.Join(r.dir, "Downloads")
	data, _ := json.Marshal(map[string]any{"installed": map[string]any{
		"client_id": parityClientID, "client_secret": parityClientSecret, "project_id": "parity",
		"redirect_uris": []string{"http://localhost"},
	}})
	if err := os.MkdirAll(r.downloads, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(r.downloads, "client_secret_parity.json"), data, 0o600); err != nil {
		t.Fatal(err)
	}
	browser := g.HTTPClient()
	r.opener.browse = func(url string) {
		if !strings.HasPrefix(url, g.AuthURL()) {
			return
		}
		// Google's page, then its redirect to the sign-in on 127.0.0.1.
		req, _ := http.NewRequestWithContext(context.Background(), http.MethodGet, url, nil)
		if resp, err := browser.Do(req); err == nil {
			resp.Body.Close()
		}
	}
	if p.refuse != "" {
		g.Refuse(walkAddress, p.refuse)
	}
	return r
}

// oauthPaths walk the Google sign-in branch in both faces.
func oauthPaths() []parityPath {
	noAppPasswords := script{guide.AppPassword: {useOAuth}}
	return []parityPath{
		{name: "Google sign-in, published", google: true, script: noAppPasswords},
		{name: "Google sign-in, Testing", google: true,
			script: script{guide.AppPassword: {useOAuth}, guide.OAuthConsole: {console, pick(2)}}},
		{name: "Google sign-in refused by the admin", google: true, refuse: "admin_policy_enforced",
			script: script{guide.AppPassword: {useOAuth}, guide.OAuthSignIn: {signedIn, pick(3)}}},
	}
}
