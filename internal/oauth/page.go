package oauth

import (
	"html/template"
	"net/http"

	"gmailsetup/internal/i18n"
)

// page is what the browser shows after Google sends it back here: a short
// note in the person's language. It carries nothing from the request.
var page = template.Must(template.New("page").Parse(`<!doctype html>
<html lang="{{.Lang}}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>body{font-family:system-ui,sans-serif;max-width:34em;margin:4em auto;padding:0 1em;line-height:1.5}</style>
</head><body><h1>{{.Title}}</h1><p>{{.Body}}</p></body></html>
`))

func writePage(w http.ResponseWriter, status int, cat i18n.Catalog, title, body i18n.Key) {
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
	w.WriteHeader(status)
	_ = page.Execute(w, struct{ Lang, Title, Body string }{string(cat.Lang()), cat.T(title), cat.T(body)})
}
