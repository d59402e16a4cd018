package oauth

import (
	"context"
	"errors"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"

	"go.uber.org/goleak"

	"gmailsetup/internal/fake/fakegoogle"
	"gmailsetup/internal/i18n"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

const user = "mario.rossi@gmail.com"

type rig struct {
	fake   *fakegoogle.Server
	svc    Service
	client Client
	http   *http.Client
}

// newRig starts a fake Google with one Desktop client and a Service that
// trusts only the fake's CA.
func newRig(t *testing.T, opts ...fakegoogle.Option) *rig { return newRigB(t, opts...) }

func newRigB(t testing.TB, opts ...fakegoogle.Option) *rig {
	t.Helper()
	f, err := fakegoogle.Start(opts...)
	if err != nil {
		t.Fatal(err)
	}
	id, secret := f.NewClient()
	c, err := NewClient(id, secret)
	if err != nil {
		t.Fatal(err)
	}
	hc := f.HTTPClient()
	r := &rig{fake: f, client: c, http: hc, svc: Service{
		Endpoints:  Endpoints{Auth: f.AuthURL(), Token: f.TokenURL(), Revoke: f.RevokeURL()},
		HTTPClient: hc,
	}}
	t.Cleanup(func() {
		hc.CloseIdleConnections()
		if err := f.Close(); err != nil {
			t.Error(err)
		}
	})
	return r
}

// visit is what a browser does with the URL: follow Google's redirect back
// to the loopback listener and show the page there.
type visit struct {
	status int
	body   string
	err    error
}

// browser is an Opener that behaves like a real one: Open returns at once,
// the page loads in the background.
type browser struct {
	client *http.Client
	wg     sync.WaitGroup
	pages  chan visit
}

func newBrowser(t *testing.T, r *rig) *browser {
	b := &browser{client: r.fake.HTTPClient(), pages: make(chan visit, 1)}
	t.Cleanup(func() {
		b.wg.Wait()
		b.client.CloseIdleConnections()
	})
	return b
}

func (b *browser) Open(ctx context.Context, url string) error {
	b.wg.Add(1)
	go func() {
		defer b.wg.Done()
		b.pages <- get(b.client, url)
	}()
	return nil
}

func get(c *http.Client, url string) visit {
	resp, err := c.Get(url)
	if err != nil {
		return visit{err: err}
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	return visit{status: resp.StatusCode, body: string(body), err: err}
}

// asError checks err is an *Error whose texts exist in both languages.
func asError(t *testing.T, err error) *Error {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("error %v (%T) is not an *oauth.Error", err, err)
	}
	for _, k := range []i18n.Key{e.What, e.Todo} {
		if !i18n.Has(k) {
			t.Errorf("%s: catalog key %q is missing", e.Code, k)
		}
	}
	for _, l := range i18n.Langs {
		if s := i18n.New(l).T(e.What, e.Args...); strings.Contains(s, "%!") {
			t.Errorf("%s: %q renders badly in %s: %s", e.Code, e.What, l, s)
		}
	}
	return e
}
