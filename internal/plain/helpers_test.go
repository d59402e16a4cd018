package plain

import (
	"context"
	"errors"
	"net"
	"path/filepath"
	"strings"
	"testing"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
	"gmailsetup/internal/storage"
)

// sentinel is the app password the fake accepts in these tests; it must
// never show up in a transcript.
const sentinel = "sntlqzxwvutrpkmj"

// spaced is sentinel as Google shows it.
const spaced = "sntl qzxw vutr pkmj"

// harness is one run against fakegmail and a real store in a temp folder.
type harness struct {
	t        *testing.T
	fake     *fakegmail.Server
	store    *storage.Store
	opener   *recordingOpener
	resolver guide.Resolver
	lang     i18n.Lang
	rotate   bool // run as gmailsetup rotate --accessible
}

func newHarness(t *testing.T, opts fakegmail.Options) *harness {
	t.Helper()
	if opts.Password == "" {
		opts.Password = sentinel
	}
	fake, err := fakegmail.Start(opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { fake.Close() })
	return &harness{
		t:      t,
		fake:   fake,
		store:  storage.Open(filepath.Join(t.TempDir(), "config.toml"), storage.WithoutKeyring()),
		opener: &recordingOpener{},
		lang:   i18n.EN,
	}
}

// recordingOpener remembers the pages it was asked to open and fails, like
// a machine without a browser, when fail is set.
type recordingOpener struct {
	opened []string
	fail   bool
}

func (o *recordingOpener) Open(_ context.Context, url string) error {
	o.opened = append(o.opened, url)
	if o.fail {
		return errors.New("no browser")
	}
	return nil
}

// mxResolver answers every domain with one mail exchanger, or err.
type mxResolver struct {
	host string
	err  error
}

func (r mxResolver) LookupMX(context.Context, string) ([]*net.MX, error) {
	if r.err != nil {
		return nil, r.err
	}
	return []*net.MX{{Host: r.host, Pref: 1}}, nil
}

// checkClean fails on anything in a transcript that a screen reader or a
// dumb terminal would choke on, a catalog key that is missing, a format
// verb gone wrong, or the secret.
func checkClean(t *testing.T, transcript string) {
	t.Helper()
	for _, bad := range []string{"\x1b", "\r", "\x9b", "\a", "\b"} {
		if strings.Contains(transcript, bad) {
			t.Errorf("transcript holds %q", bad)
		}
	}
	if strings.Contains(transcript, "%!") {
		t.Errorf("transcript holds a broken format verb:\n%s", transcript)
	}
	for line := range strings.SplitSeq(transcript, "\n") {
		if strings.HasPrefix(line, "!") || strings.Contains(line, " !acc.") {
			t.Errorf("missing catalog key: %q", line)
		}
	}
	for _, secret := range []string{sentinel, spaced, "sntl"} {
		if strings.Contains(transcript, secret) {
			t.Errorf("the app password (%q) is in the transcript", secret)
		}
	}
}

// mustContain fails unless every want is a line of transcript, or part of
// one.
func mustContain(t *testing.T, transcript string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(transcript, w) {
			t.Errorf("transcript lacks %q", w)
		}
	}
	if t.Failed() {
		t.Logf("transcript:\n%s", transcript)
	}
}
