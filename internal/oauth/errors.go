package oauth

import (
	"context"
	"errors"
	"strings"

	"gmailsetup/internal/i18n"
)

// Error is a failure the person can read: What says what happened and Todo
// what to do, both catalog keys. Code is Google's error code (access_denied,
// invalid_grant…) or one of ours; it is plain ASCII from a fixed set or
// checked, never a secret. Args fill %s in What (e.g. an unknown code).
type Error struct {
	Code string
	What i18n.Key
	Todo i18n.Key
	Args []any
	// cause is for errors.Is/As (context.Canceled, a *net.OpError…). It has
	// been scrubbed of secrets before it got here.
	cause error
}

// Error is a short English line for logs and --debug; people read What/Todo.
func (e *Error) Error() string {
	s := "oauth: " + e.Code
	if e.cause != nil {
		s += ": " + e.cause.Error()
	}
	return s
}

// Unwrap gives the cause to errors.Is and errors.As.
func (e *Error) Unwrap() error { return e.cause }

// Codes of our own, beside Google's.
const (
	CodeTimeout        = "timeout"
	CodeCancelled      = "cancelled"
	CodeNetwork        = "network"
	CodeListen         = "listen"
	CodeNoRefreshToken = "no_refresh_token"
	CodeCodeRejected   = "code_rejected"
	CodeOther          = "other"
	// CodeScopeMissing: the person unticked Gmail on Google's consent page.
	CodeScopeMissing = "scope_missing"
)

// refusals are Google's answers, with what they mean for a person who
// created their own Desktop client for their own Gmail.
var refusals = map[string]struct{ what, todo i18n.Key }{
	"access_denied":         {"oauth.refuse.access_denied.what", "oauth.refuse.access_denied.todo"},
	"admin_policy_enforced": {"oauth.refuse.admin_policy_enforced.what", "oauth.refuse.admin_policy_enforced.todo"},
	"policy_enforced":       {"oauth.refuse.policy_enforced.what", "oauth.refuse.policy_enforced.todo"},
	"org_internal":          {"oauth.refuse.org_internal.what", "oauth.refuse.org_internal.todo"},
	"invalid_client":        {"oauth.refuse.invalid_client.what", "oauth.refuse.invalid_client.todo"},
	"unauthorized_client":   {"oauth.refuse.invalid_client.what", "oauth.refuse.invalid_client.todo"},
	"deleted_client":        {"oauth.refuse.invalid_client.what", "oauth.refuse.invalid_client.todo"},
	"redirect_uri_mismatch": {"oauth.refuse.redirect_uri_mismatch.what", "oauth.refuse.redirect_uri_mismatch.todo"},
	"invalid_grant":         {"oauth.refuse.invalid_grant.what", "oauth.refuse.invalid_grant.todo"},
	"invalid_scope":         {"oauth.refuse.invalid_scope.what", "oauth.refuse.invalid_scope.todo"},
	CodeCodeRejected:        {"oauth.refuse.code_rejected.what", "oauth.refuse.code_rejected.todo"},
	CodeTimeout:             {"oauth.err.timeout.what", "oauth.err.timeout.todo"},
	CodeCancelled:           {"oauth.err.cancelled.what", "oauth.err.cancelled.todo"},
	CodeNetwork:             {"oauth.err.network.what", "oauth.err.network.todo"},
	CodeListen:              {"oauth.err.listen.what", "oauth.err.listen.todo"},
	CodeNoRefreshToken:      {"oauth.err.no_refresh_token.what", "oauth.err.no_refresh_token.todo"},
	CodeScopeMissing:        {"oauth.err.scope_missing.what", "oauth.err.scope_missing.todo"},
}

// Refusal explains one of Google's error codes, as seen in a redirect
// (error=…), a token answer, or the "Error 400: …" line of Google's own
// error page, which the UI can ask the person to type in: Google shows
// admin_policy_enforced, org_internal and redirect_uri_mismatch on its page
// and never sends the browser back. An unknown code gets a generic text that
// names it; it is reduced to a safe token first.
func Refusal(code string) *Error {
	code = cleanCode(code)
	if r, ok := refusals[code]; ok {
		return &Error{Code: code, What: r.what, Todo: r.todo}
	}
	return &Error{Code: CodeOther, What: "oauth.refuse.other.what", Todo: "oauth.refuse.other.todo", Args: []any{code}}
}

// cleanCode keeps an error code to [a-z0-9_] and 64 bytes: it comes from a
// URL or a server and ends up on screen and in logs. "Error 400:
// admin_policy_enforced" as typed from Google's page is accepted.
func cleanCode(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.LastIndexByte(s, ':'); i >= 0 {
		s = strings.TrimSpace(s[i+1:])
	}
	var b strings.Builder
	for _, r := range s {
		if b.Len() >= 64 {
			break
		}
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_' {
			b.WriteRune(r)
		}
	}
	if b.Len() == 0 {
		return "unknown"
	}
	return b.String()
}

func withCause(e *Error, cause error) *Error {
	e.cause = cause
	return e
}

// fromContext turns a finished context into timeout or cancelled.
func fromContext(ctx context.Context) *Error {
	if errors.Is(context.Cause(ctx), errTimeout) || errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return withCause(Refusal(CodeTimeout), context.DeadlineExceeded)
	}
	return withCause(Refusal(CodeCancelled), context.Canceled)
}

var errTimeout = errors.New("sign-in timed out")
