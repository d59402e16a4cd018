package fakegoogle

import (
	"crypto/subtle"
	"encoding/json"
	"net/http"
)

// answer writes a token-endpoint JSON reply.
func answer(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func refuse(w http.ResponseWriter, status int, code, description string) {
	answer(w, status, map[string]string{"error": code, "error_description": description})
}

// token is oauth2.googleapis.com/token: the code exchange and the refresh,
// with Google's error codes and statuses.
func (s *Server) token(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		refuse(w, http.StatusBadRequest, "invalid_request", "Bad form")
		return
	}
	f := r.PostForm
	id, secret := f.Get("client_id"), f.Get("client_secret")
	if u, p, ok := r.BasicAuth(); ok {
		id, secret = u, p
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	want, known := s.clients[id]
	if !known || subtle.ConstantTimeCompare([]byte(want), []byte(secret)) != 1 {
		refuse(w, http.StatusUnauthorized, "invalid_client", "Unauthorized")
		return
	}
	switch f.Get("grant_type") {
	case "authorization_code":
		s.exchange(w, id, f.Get("code"), f.Get("redirect_uri"), f.Get("code_verifier"))
	case "refresh_token":
		s.refreshGrant(w, id, f.Get("refresh_token"))
	default:
		refuse(w, http.StatusBadRequest, "unsupported_grant_type", "Invalid grant_type: "+f.Get("grant_type"))
	}
}

// exchange runs with s.mu held.
func (s *Server) exchange(w http.ResponseWriter, client, code, redirect, verifier string) {
	c, ok := s.codes[code]
	if !ok || c.client != client || !s.clock().Before(c.expires) {
		refuse(w, http.StatusBadRequest, "invalid_grant", "Bad Request")
		return
	}
	if c.used {
		// A code presented twice may have been stolen: like RFC 6749
		// §4.1.2 suggests, what it gave is taken back.
		for _, rt := range c.issued {
			s.revokeRefresh(rt)
		}
		refuse(w, http.StatusBadRequest, "invalid_grant", "Bad Request")
		return
	}
	if redirect != c.redirect {
		refuse(w, http.StatusBadRequest, "redirect_uri_mismatch", "Bad Request")
		return
	}
	if verifier == "" {
		refuse(w, http.StatusBadRequest, "invalid_grant", "Missing code verifier.")
		return
	}
	if subtle.ConstantTimeCompare([]byte(s256(verifier)), []byte(c.challenge)) != 1 {
		refuse(w, http.StatusBadRequest, "invalid_grant", "Invalid code verifier.")
		return
	}
	c.used = true
	rt := "1//fake-" + random(40)
	s.refresh[rt] = &refreshToken{client: client, user: c.user, scope: c.scope}
	c.issued = append(c.issued, rt)
	at := s.issueAccess(c.user, rt)
	answer(w, http.StatusOK, map[string]any{
		"access_token":  at,
		"expires_in":    int(s.ttl.Seconds()),
		"refresh_token": rt,
		"scope":         c.scope,
		"token_type":    "Bearer",
	})
}

// refreshGrant runs with s.mu held.
func (s *Server) refreshGrant(w http.ResponseWriter, client, token string) {
	rt, ok := s.refresh[token]
	if !ok || rt.revoked || rt.client != client || s.refuseRefresh[rt.user] {
		refuse(w, http.StatusBadRequest, "invalid_grant", "Token has been expired or revoked.")
		return
	}
	at := s.issueAccess(rt.user, token)
	answer(w, http.StatusOK, map[string]any{
		"access_token": at,
		"expires_in":   int(s.ttl.Seconds()),
		"scope":        rt.scope,
		"token_type":   "Bearer",
	})
}

func (s *Server) issueAccess(user, refresh string) string {
	at := "ya29.fake-" + random(48)
	s.access[at] = &accessToken{user: user, refresh: refresh, expires: s.clock().Add(s.ttl)}
	return at
}

// revokeRefresh takes back a refresh token and its access tokens.
func (s *Server) revokeRefresh(token string) {
	if rt, ok := s.refresh[token]; ok {
		rt.revoked = true
	}
	for _, a := range s.access {
		if a.refresh == token {
			a.revoked = true
		}
	}
}

// revoke is oauth2.googleapis.com/revoke: token in the form (or, as Google
// also allows, the query).
func (s *Server) revoke(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost && r.Method != http.MethodGet {
		http.Error(w, "method", http.StatusMethodNotAllowed)
		return
	}
	_ = r.ParseForm()
	token := r.Form.Get("token")
	s.mu.Lock()
	defer s.mu.Unlock()
	if rt, ok := s.refresh[token]; ok && !rt.revoked {
		s.revokeRefresh(token)
		answer(w, http.StatusOK, map[string]any{})
		return
	}
	if a, ok := s.access[token]; ok && !a.revoked {
		a.revoked = true
		answer(w, http.StatusOK, map[string]any{})
		return
	}
	refuse(w, http.StatusBadRequest, "invalid_token", "Token expired or revoked")
}
