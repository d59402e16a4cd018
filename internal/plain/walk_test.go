package plain

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
	"gmailsetup/internal/oauth"
)

// answers is the one table these tests answer from: the lines of one
// visit of each step, for a first setup of mario.rossi@gmail.com with
// 2-Step Verification on, saved in the file (no keyring here). A step
// missing from it is answered by its prompt: "1" for a choice, enter
// otherwise. A test's script (see walker) comes first.
var answers = map[guide.ID][]string{
	guide.Account:     {"mario.rossi@gmail.com"},
	guide.AppPassword: {"1"}, // copied it
	guide.Paste:       {spaced},
	guide.TestSend:    {""},          // it works: on to saving
	guide.Save:        {"1", "", ""}, // the file, with consent; do not print the password; no step 9
	// Google sign-in: every page of the console walk, published, the
	// client found in Downloads, enter once access is allowed.
	guide.OAuthConsole: append(make([]string, len(oauth.Walk(oauthUser, false))), "1"),
	guide.OAuthClient:  {"1"},
	guide.OAuthSignIn:  {""},
}

// endInput in a script ends the input there, as ctrl+d does; handOver
// gives the rest of the input to the walker's rest, a test's own feed.
const (
	endInput = "\x04"
	handOver = "\x05"
)

// script is what one run answers differently: for a step, its lines in
// order, across its visits; once they are used up the table answers.
type script map[guide.ID][]string

// walker is the person at the keyboard: it reads from the transcript which
// step asks and answers it. With nothing left to say at a step it fails
// the test and ends the input at once (a run one answer short never waits
// for the test's time-out).
type walker struct {
	t        testing.TB
	cat      i18n.Catalog
	out      interface{ String() string }
	rest     io.Reader
	script   script
	at       guide.ID
	headings int
	n        int // lines of the table used in this visit
	buf      bytes.Buffer
}

func newWalker(t testing.TB, cat i18n.Catalog, out interface{ String() string }, s script) *walker {
	c := script{}
	for id, lines := range s {
		c[id] = append([]string(nil), lines...)
	}
	return &walker{t: t, cat: cat, out: out, script: c, at: -1}
}

func (w *walker) Read(p []byte) (int, error) {
	if w.buf.Len() == 0 && w.rest != nil && w.at == -2 {
		return w.rest.Read(p)
	}
	if w.buf.Len() == 0 {
		out := w.out.String()
		id, headings := lastStep(w.cat, out)
		if headings != w.headings || id != w.at {
			w.at, w.headings, w.n = id, headings, 0
		}
		line, ok := w.next(id)
		if !ok {
			w.t.Errorf("the walk has no answer left for step %v; transcript:\n%s", id, out)
			return 0, io.EOF
		}
		if line == endInput {
			return 0, io.EOF
		}
		if line == handOver {
			w.at = -2 // from now on
			return w.rest.Read(p)
		}
		w.buf.WriteString(line + "\n")
	}
	return w.buf.Read(p)
}

func (w *walker) next(id guide.ID) (string, bool) {
	if q := w.script[id]; len(q) > 0 {
		w.script[id] = q[1:]
		return q[0], true
	}
	table, ok := answers[id]
	if !ok {
		table = []string{""}
		if guide.Prompts[id].Kind == guide.PromptChoice {
			table = []string{"1"}
		}
	}
	if w.n < len(table) {
		w.n++
		return table[w.n-1], true
	}
	return "", false
}

// lastStep is the step whose heading the transcript shows last ("Step N of
// M: Title", the summary's title, "Google sign-in: Title"), and how many
// headings it holds. Before any, the run is on its summary, which says
// nothing when nothing is saved.
func lastStep(cat i18n.Catalog, out string) (id guide.ID, headings int) {
	id = guide.Summary
	for line := range strings.SplitSeq(out, "\n") {
		for s := guide.Account; s <= guide.Last; s++ {
			if line == heading(cat, s) {
				id, headings = s, headings+1
			}
		}
	}
	return id, headings
}

// heading is the line that opens step id in the transcript.
func heading(cat i18n.Catalog, id guide.ID) string {
	title := cat.T(id.Title())
	switch {
	case id.Numbered():
		return id.Counter().Text(cat) + ": " + title
	case id == guide.Summary, id == guide.Invoicing:
		return title
	}
	return cat.T("oauthui.branch") + ": " + title
}

// walk runs the guide answering step by step from the table and s; it
// returns the exit code and the transcript.
func (h *harness) walk(s script) (int, string) {
	h.t.Helper()
	return h.walkWith(nil, s)
}

// walkWith is walk with a change to the configuration.
func (h *harness) walkWith(change func(*Config), s script) (int, string) {
	h.t.Helper()
	var out syncBuffer
	in := newWalker(h.t, i18n.New(h.lang), &out, s)
	return h.runOn(in, &out, change), out.String()
}
