package oauth

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"strings"
)

func stringBody(s string) io.ReadCloser { return io.NopCloser(strings.NewReader(s)) }

// scopeStripper replaces the scope of a token answer, as Google does when
// the person unticks a permission.
type scopeStripper struct{ next http.RoundTripper }

func (s scopeStripper) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := s.next.RoundTrip(req)
	if err != nil || resp.StatusCode != http.StatusOK {
		return resp, err
	}
	var v map[string]any
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if json.Unmarshal(body, &v) == nil {
		v["scope"] = "openid"
		body, _ = json.Marshal(v)
	}
	resp.Body = io.NopCloser(bytes.NewReader(body))
	resp.ContentLength = int64(len(body))
	return resp, nil
}
