package oauth

import (
	"errors"
	"net/url"
	"strings"
	"testing"

	"gmailsetup/internal/i18n"
)

func FuzzParseClientJSON(f *testing.F) {
	f.Add([]byte(desktopJSON))
	f.Add([]byte(`{"web":{}}`))
	f.Add([]byte(`{"installed":{"client_id":"1-a.apps.googleusercontent.com","client_secret":"GOCSPX-12345678","redirect_uris":["http://[::1]:80"]}}`))
	f.Add([]byte(`{"type":"service_account"}`))
	f.Add([]byte("\xef\xbb\xbf{}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := ParseClientJSON(data)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || !i18n.Has(e.What) || !i18n.Has(e.Todo) {
				t.Fatalf("error without texts: %v", err)
			}
			return
		}
		if !clientIDPattern.MatchString(c.ID) || !validSecret(c.Secret.Reveal()) || c.Project != cleanProject(c.Project) {
			t.Fatalf("accepted a bad client: %q", c.ID)
		}
	})
}

func FuzzParseCallback(f *testing.F) {
	const state = "st4te-abcdefghijklmnopqrstuvwxyz0123"
	f.Add("http://127.0.0.1:43123/?code=4/0abc&state="+state, 43123)
	f.Add("127.0.0.1:43123/?state="+state+"&error=access_denied", 43123)
	f.Add("http://127.0.0.1:43123@evil.example:43123/?code=x&state="+state, 43123)
	f.Add("http://[::1]:43123/?code=x&state="+state, 43123)
	f.Add("HTTP://127.0.0.1:43123/?code=x&state="+state+"&state=other", 43123)
	f.Add("http://127.0.0.1:43123/%2e%2e/?code=x&state="+state, 43123)
	f.Fuzz(func(t *testing.T, text string, port int) {
		cb, perr := parseCallback(text, port, state)
		if perr != nil {
			if !i18n.Has(perr.What) {
				t.Fatalf("error without text: %v", perr)
			}
			return
		}
		// Whatever was accepted came from 127.0.0.1 on port with our state.
		s := strings.TrimSpace(text)
		if !strings.Contains(s, "://") {
			s = "http://" + s
		}
		u, err := url.Parse(s)
		if err != nil || u.Hostname() != "127.0.0.1" || u.Port() == "" || u.User != nil {
			t.Fatalf("accepted %q", text)
		}
		q, _ := url.ParseQuery(u.RawQuery)
		if q.Get("state") != state {
			t.Fatalf("accepted state %q", q.Get("state"))
		}
		if (cb.code == "") == (cb.errCode == "") {
			t.Fatalf("callback with both or neither: %+v", cb)
		}
	})
}
