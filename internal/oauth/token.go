package oauth

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"golang.org/x/oauth2"
)

func (s Service) withHTTP(ctx context.Context) context.Context {
	return context.WithValue(ctx, oauth2.HTTPClient, s.http())
}

// Token is a fresh access token.
type Token struct {
	Access Secret
	Expiry time.Time
}

// Refresh trades a refresh token for a fresh access token. invalid_grant
// here means the refresh token is dead: revoked, the password changed, or
// seven days passed for an app still in Testing.
func (s Service) Refresh(ctx context.Context, c Client, refresh Secret) (Token, error) {
	if refresh.Empty() {
		return Token{}, Refusal("invalid_grant")
	}
	src := s.config(c, "").TokenSource(s.withHTTP(ctx), &oauth2.Token{RefreshToken: refresh.Reveal()})
	tok, err := src.Token()
	if err != nil {
		return Token{}, tokenError(ctx, err, false, refresh.Reveal(), c.Secret.Reveal())
	}
	if tok.AccessToken == "" {
		return Token{}, Refusal(CodeOther)
	}
	return Token{Access: NewSecret(tok.AccessToken), Expiry: tok.Expiry}, nil
}

// early is how long before its expiry an access token is replaced, so one
// handed to the mailer does not die during the SMTP conversation.
const early = 2 * time.Minute

// TokenFunc returns the mailer's token hook: each call gives an access
// token valid for a few minutes at least, refreshing only when the last
// one is near its end. Safe for concurrent use.
func (s Service) TokenFunc(c Client, refresh Secret) func(ctx context.Context) (string, error) {
	var mu sync.Mutex
	var cur Token
	return func(ctx context.Context) (string, error) {
		mu.Lock()
		defer mu.Unlock()
		if !cur.Access.Empty() && time.Until(cur.Expiry) > early {
			return cur.Access.Reveal(), nil
		}
		t, err := s.Refresh(ctx, c, refresh)
		if err != nil {
			return "", err
		}
		cur = t
		return t.Access.Reveal(), nil
	}
}

// Revoke tells Google to forget a refresh (or access) token, and with a
// refresh token every access token issued from it. A token Google no
// longer knows counts as revoked: forgetting must go on.
func (s Service) Revoke(ctx context.Context, token Secret) error {
	form := url.Values{"token": {token.Reveal()}}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.endpoints().Revoke, strings.NewReader(form.Encode()))
	if err != nil {
		return withCause(Refusal(CodeNetwork), errors.New("bad revoke endpoint"))
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := s.http().Do(req)
	if err != nil {
		return transportError(ctx, err, token.Reveal())
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 4<<10))
	if resp.StatusCode == http.StatusOK {
		return nil
	}
	code := jsonErrorCode(body)
	if code == "invalid_token" {
		return nil
	}
	return withCause(Refusal(code), fmt.Errorf("revoke endpoint: HTTP %d", resp.StatusCode))
}

// jsonErrorCode reads {"error": "..."} loosely; the code is cleaned.
func jsonErrorCode(body []byte) string {
	var v struct {
		Error any `json:"error"`
	}
	if json.Unmarshal(body, &v) == nil {
		if s, ok := v.Error.(string); ok {
			return cleanCode(s)
		}
	}
	return CodeOther
}

// tokenError explains a failure of the token endpoint. Google's answer is
// kept as its code and HTTP status only: the body and the description are
// dropped, and anything else is scrubbed of the secrets of the request.
func tokenError(ctx context.Context, err error, exchange bool, secrets ...string) *Error {
	var re *oauth2.RetrieveError
	if errors.As(err, &re) {
		status := 0
		if re.Response != nil {
			status = re.Response.StatusCode
		}
		cause := fmt.Errorf("token endpoint: HTTP %d", status)
		if re.ErrorCode == "" {
			return withCause(Refusal(CodeOther), cause)
		}
		code := cleanCode(re.ErrorCode)
		if code == "invalid_grant" && exchange {
			// At the exchange, invalid_grant is about the code (used,
			// expired, or the PKCE verifier does not match), not the
			// account.
			e := Refusal(CodeCodeRejected)
			e.Code = code
			return withCause(e, cause)
		}
		return withCause(Refusal(code), cause)
	}
	return transportError(ctx, err, secrets...)
}

func transportError(ctx context.Context, err error, secrets ...string) *Error {
	if ctx.Err() != nil {
		return fromContext(ctx)
	}
	return withCause(Refusal(CodeNetwork), scrub(err, secrets...))
}

// scrub copies err's text without the given secrets; the original is not
// kept, so errors.Unwrap cannot reach it either.
func scrub(err error, secrets ...string) error {
	msg := err.Error()
	for _, s := range secrets {
		if s != "" {
			msg = strings.ReplaceAll(msg, s, redacted)
			msg = strings.ReplaceAll(msg, url.QueryEscape(s), redacted)
		}
	}
	return errors.New(msg)
}
