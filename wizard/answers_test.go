package wizard

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"testing"

	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
)

// answers is the one table every walk answers from, in both faces: for
// each step, the acts of one visit of a person with 2-Step Verification on
// setting up walkAddress. A walk's own script (see answerer) comes first;
// a step in neither is answered by its prompt: the first option of a
// choice, every item of a checklist. A step added to the guide is walked
// through with no change here.
var answers = map[guide.ID][]act{
	guide.Account:      {addr(walkAddress)},
	guide.AppPassword:  {copied},
	guide.Paste:        {paste(walkPasted)},
	guide.TestSend:     {passed},
	guide.Save:         {saveTested, pick(1), finish},
	guide.OAuthConsole: {console, pick(1)},
	guide.OAuthClient:  {pick(1)},
	guide.OAuthSignIn:  {signedIn},
}

// byPrompt is how a step missing from answers is answered.
func byPrompt(id guide.ID) []act {
	switch guide.Prompts[id].Kind {
	case guide.PromptChoice:
		return []act{pick(1)}
	case guide.PromptChecklist:
		return []act{checklist}
	}
	return nil
}

// script is what one walk does differently from the table: for a step, the
// acts it takes there, in order, across its visits. When a step's script
// is used up the table answers it.
type script map[guide.ID][]act

// answerer hands out a walk's acts step by step.
type answerer struct {
	script script
	at     guide.ID // the step of the visit under way
	n      int      // the table's acts used in this visit
}

func newAnswerer(s script) *answerer {
	c := script{}
	for id, acts := range s {
		c[id] = append([]act(nil), acts...)
	}
	return &answerer{script: c, at: -1}
}

// next is the act to take at step id; newVisit says the step was just
// entered. ok is false when the walk has nothing left to do there.
func (a *answerer) next(id guide.ID, newVisit bool) (act, bool) {
	if newVisit || id != a.at {
		a.at, a.n = id, 0
	}
	if q := a.script[id]; len(q) > 0 {
		a.script[id] = q[1:]
		return q[0], true
	}
	table, ok := answers[id]
	if !ok {
		table = byPrompt(id)
	}
	if a.n < len(table) {
		a.n++
		return table[a.n-1], true
	}
	return act{}, false
}

// walkTo answers every step from the table (and s, when given) until step
// id is on screen. It fails at once when it has no answer for a step, or
// an answer leaves the wizard exactly where it was.
func walkTo(t testing.TB, d *driver, id guide.ID, s ...script) {
	t.Helper()
	var sc script
	if len(s) > 0 {
		sc = s[0]
	}
	a := newAnswerer(sc)
	prev := guide.ID(-1)
	for d.m.Current() != id {
		if d.m.quitting {
			t.Fatalf("the wizard ended before step %v", id)
		}
		at, before := d.m.Current(), d.screen()
		next, ok := a.next(at, at != prev)
		prev = at
		if !ok {
			t.Fatalf("walking to %v: no answer left for step %v:\n%s", id, at, before)
		}
		next.onWizard(d, func() {})
		if d.m.Current() == at && d.screen() == before {
			t.Fatalf("walking to %v: %v did nothing on step %v:\n%s", id, next, at, before)
		}
	}
}

// plainStep reads the plain face's heading of a step: "Step N of M: Title"
// for the guide's steps, the title alone for the summary, "Google sign-in:
// Title" for the branch.
func plainStep(cat i18n.Catalog, line string) (guide.ID, bool) {
	for id := guide.Account; id <= guide.Last; id++ {
		title := cat.T(id.Title())
		switch {
		case id.Numbered() && line == id.Counter().Text(cat)+": "+title,
			(id == guide.Summary || id == guide.Invoicing) && line == title,
			line == cat.T("oauthui.branch")+": "+title:
			return id, true
		}
	}
	return 0, false
}

// transcript is the plain face's output, read while the run writes it.
type transcript struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (tr *transcript) Write(p []byte) (int, error) {
	tr.mu.Lock()
	defer tr.mu.Unlock()
	return tr.buf.Write(p)
}

func (tr *transcript) String() string {
	tr.mu.Lock()
	defer tr.mu.Unlock()
	return tr.buf.String()
}

// lastStep is the step whose heading the plain face printed last, and how
// many headings it has printed.
func lastStep(cat i18n.Catalog, out string) (id guide.ID, headings int) {
	id = guide.Summary // a run opens on the summary, which says nothing when nothing is saved
	for line := range strings.SplitSeq(out, "\n") {
		if s, ok := plainStep(cat, line); ok {
			id, headings = s, headings+1
		}
	}
	return id, headings
}

// noAnswer is the error a plain walk ends with when it has nothing left
// to say at a step: the run stops at once rather than wait for input.
func noAnswer(id guide.ID, out string) error {
	return fmt.Errorf("the walk has no answer left for step %v; transcript:\n%s", id, out)
}
