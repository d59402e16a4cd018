package oauth

import (
	"crypto/subtle"
	"net/url"
	"strconv"
	"strings"

	"gmailsetup/internal/i18n"
)

// Problems with a pasted address, as Error codes (keys
// oauth.paste.<code>.what/.todo).
const (
	PasteNotURL     = "not_url"
	PasteWrongHost  = "wrong_host"
	PasteWrongState = "wrong_state"
	PasteNoCode     = "no_code"
	PasteDone       = "done"
)

func pasteError(code string) *Error {
	return &Error{Code: code, What: i18n.Key("oauth.paste." + code + ".what"), Todo: i18n.Key("oauth.paste." + code + ".todo")}
}

// maxPaste bounds a pasted address; Google's are well under 2 KB.
const maxPaste = 8 << 10

// callback is what Google sent back: a code, or an error code.
type callback struct {
	code    string
	errCode string
}

// parseCallback checks an address pasted from a browser's address bar
// (another machine's, typically, with no tunnel: the page did not load but
// the address is there): http://127.0.0.1:PORT/?code=…&state=…, with the
// scheme optional since people retype it. Host and port must be this
// sign-in's and state must match, so an old or foreign address is refused
// before any code reaches Google.
func parseCallback(text string, port int, state string) (callback, *Error) {
	text = strings.TrimSpace(text)
	if text == "" || len(text) > maxPaste {
		return callback{}, pasteError(PasteNotURL)
	}
	if !strings.Contains(text, "://") {
		text = "http://" + text
	}
	u, err := url.Parse(text)
	if err != nil || u.Opaque != "" {
		return callback{}, pasteError(PasteNotURL)
	}
	if !strings.EqualFold(u.Scheme, "http") || u.User != nil || u.Hostname() != "127.0.0.1" ||
		u.Port() != strconv.Itoa(port) || (u.Path != "" && u.Path != "/") {
		return callback{}, pasteError(PasteWrongHost)
	}
	q, err := url.ParseQuery(u.RawQuery)
	if err != nil {
		return callback{}, pasteError(PasteNotURL)
	}
	return checkQuery(q, state)
}

// checkQuery validates Google's redirect parameters, from the listener or
// a paste.
func checkQuery(q url.Values, state string) (callback, *Error) {
	got := q.Get("state")
	if got == "" && q.Get("code") == "" && q.Get("error") == "" {
		return callback{}, pasteError(PasteNoCode)
	}
	if subtle.ConstantTimeCompare([]byte(got), []byte(state)) != 1 {
		return callback{}, pasteError(PasteWrongState)
	}
	if e := q.Get("error"); e != "" {
		return callback{errCode: cleanCode(e)}, nil
	}
	code := q.Get("code")
	if code == "" || len(code) > 2048 {
		return callback{}, pasteError(PasteNoCode)
	}
	return callback{code: code}, nil
}
