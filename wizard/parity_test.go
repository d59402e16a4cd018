package wizard

import (
	"bytes"
	"context"
	"io"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
	"gmailsetup/internal/plain"
	"gmailsetup/mailer"
)

// An act is one thing a person does in the guide, whichever face it has.
// Each face turns it into its own keys or lines.
type act struct {
	kind string // addr, pick, checklist, copied, noAppPasswords, paste, passed, saveTested, finish, quit
	arg  string
}

func addr(a string) act  { return act{"addr", a} }
func pick(n int) act     { return act{"pick", strconv.Itoa(n)} }
func paste(p string) act { return act{"paste", p} }

// press is a key of the Bubble Tea face alone, for tests of that face.
func press(k string) act { return act{"press", k} }

var (
	checklist      = act{kind: "checklist"}
	copied         = act{kind: "copied"}
	enter          = act{kind: "enter"}
	noAppPasswords = act{kind: "noAppPasswords"} // and go back to turn on 2SV
	passed         = act{kind: "passed"}         // go on after a test that passed
	saveTested     = act{kind: "saveTested"}
	finish         = act{kind: "finish"}
	quit           = act{kind: "quit"} // ctrl+c
)

// onWizard does a on the Bubble Tea face; look sees every screen on the way.
// presser is a way to press keys on the wizard: the synchronous driver, a
// live run (oauth_test.go) or a real program (program_test.go).
type presser interface {
	key(k string)
	typeText(s string)
	paste(s string)
	send(msg tea.Msg)
}

func (a act) onWizard(d presser, look func()) {
	switch a.kind {
	case "addr":
		d.typeText(a.arg)
		d.key("enter")
	case "pick", "press":
		d.key(a.arg)
	case "checklist":
		for range guide.Prompts[guide.TwoSVEnable].Options {
			d.send(tea.KeyPressMsg{Code: tea.KeySpace, Text: " "})
		}
		d.key("enter")
	case "noAppPasswords":
		d.key("?")
		look()
		d.key("2")
	case "paste":
		d.paste(a.arg)
		d.key("enter")
	case "copied", "passed", "saveTested", "finish", "enter":
		d.key("enter")
	case "invoicing":
		d.key("f") // Ready: on to step 9
	case "useOAuth", "console", "signedIn":
		oauthOnWizard(a, d, look)
	case "quit":
		d.key("ctrl+c")
	}
}

// onPlain is a as answer lines for the plain face; quit is not a line but
// ctrl+c (see plainInput).
func (a act) onPlain() []string {
	switch a.kind {
	case "addr", "pick":
		return []string{a.arg}
	case "paste":
		// The newline a copy ends with is the line's own end.
		return []string{strings.TrimRight(a.arg, "\n")}
	case "checklist", "passed", "enter":
		return []string{""}
	case "finish":
		return []string{"", ""} // no, do not print the app password; enter alone: no step 9
	case "invoicing":
		return []string{"", "1"} // no printing; yes, on to step 9
	case "useOAuth", "console", "signedIn":
		return oauthOnPlain(a)
	case "copied":
		return []string{"1"}
	case "noAppPasswords":
		return []string{"2", "3"} // "I don't see App passwords", then "turn on 2SV"
	}
	// saveTested: the enter after the test was the go-ahead, the plain
	// face saves at once.
	return nil // the plain face goes on by itself
}

// plainInput answers the plain face step by step: it reads from the
// transcript which step asks, and serves that step's next act as lines.
// Where the walk says quit it cancels the run as ctrl+c does, then waits
// for it to stop; where it has nothing left to say, the input ends at
// once and the test fails.
type plainInput struct {
	t        testing.TB
	cat      i18n.Catalog
	out      *transcript
	ans      *answerer
	headings int
	buf      bytes.Buffer
	cancel   context.CancelFunc
	ctx      context.Context
}

func (p *plainInput) Read(b []byte) (int, error) {
	for p.buf.Len() == 0 {
		out := p.out.String()
		id, headings := lastStep(p.cat, out)
		a, ok := p.ans.next(id, headings != p.headings)
		p.headings = headings
		if !ok {
			p.t.Error(noAnswer(id, out))
			return 0, io.EOF
		}
		if a == quit {
			p.cancel()
			<-p.ctx.Done()
			return 0, io.EOF
		}
		for _, l := range a.onPlain() {
			p.buf.WriteString(l + "\n")
		}
	}
	return p.buf.Read(b)
}

// run is what a face did: the steps it showed, the guide's texts it
// showed, how it exited and what it saved.
type run struct {
	visited []guide.ID
	keys    []i18n.Key
	code    int
	saved   string
}

// parityPath is one walk through the guide.
type parityPath struct {
	name   string
	google bool                       // with a fake Google for the sign-in branch (oauth_parity_test.go)
	refuse string                     // the error that fake Google answers the sign-in with
	before func(t *testing.T, r *rig) // what is saved before the run
	rotate bool
	script script // what the path does that the answers table does not
}

var timestampRE = regexp.MustCompile(`(?m)^\s*(app_password_created|last_verified|refresh_token)\s*=.*$`)

// savedFile is the setup file without its timestamps, "" when none.
func savedFile(r *rig) string {
	data, err := os.ReadFile(r.store.Path())
	if err != nil {
		return ""
	}
	return timestampRE.ReplaceAllString(string(data), "")
}

// guideKeys are the texts that carry the guide's decisions: what is wrong
// with an answer, what a failure means and what to try, where things
// stand. Which of them a face showed must not depend on the face.
func guideKeys() []i18n.Key {
	var out []i18n.Key
	for _, k := range i18n.Keys() {
		s := string(k)
		switch {
		case strings.HasPrefix(s, "account.err."), strings.HasPrefix(s, "paste.err."),
			strings.HasPrefix(s, "diag.") && (strings.HasSuffix(s, ".what") || strings.HasSuffix(s, ".todo")),
			strings.HasPrefix(s, "apppass.why.") && s != "apppass.why.off" && s != "apppass.why.likely" && s != "apppass.why.help",
			strings.HasPrefix(s, "oauth.console.") || strings.HasPrefix(s, "oauth.refuse."),
			slices.Contains([]string{"test.failed", "save.ready", "save.untested", "save.tested", "summary.broken",
				"summary.brokenSafe", "summary.checkOK", "account.workspace", "account.notGoogle", "account.notFound",
				"account.unknown", "save.revokeOld", "save.noKeyring", "test.ok", "twosv.status.look", "apppass.step2",
				"apppass.step3", "apppass.warn", "twosv.enable.mail", "paste.intro", "invoicing.rotate.stillOld",
				"invoicing.rotate.revoke", "invoicing.nothing", "invoicing.clickSave"}, s):
			out = append(out, k)
		}
	}
	return out
}

// shown lists the keys of guideKeys whose text (up to its first
// argument) is in out.
func shown(cat i18n.Catalog, out string) []i18n.Key {
	flat := strings.Join(strings.Fields(out), " ")
	var keys []i18n.Key
	for _, k := range guideKeys() {
		text := cat.T(k)
		if i := strings.Index(text, "%"); i >= 0 {
			text = text[:i]
		}
		text = strings.Join(strings.Fields(text), " ")
		if len(text) >= 10 && strings.Contains(flat, text) {
			keys = append(keys, k)
		}
	}
	return keys
}

func (p parityPath) onWizard(t *testing.T, lang i18n.Lang) run {
	r := p.rig(t)
	if p.before != nil {
		p.before(t, r)
	}
	mode := ModeAuto
	if p.rotate {
		mode = ModeRotate
	}
	d := newDriver(t, r.wizard(lang, mode), 80, 200) // tall: every line of every step is on screen
	var got run
	var out strings.Builder
	look := func() {
		if len(got.visited) == 0 || got.visited[len(got.visited)-1] != d.m.Current() {
			got.visited = append(got.visited, d.m.Current())
		}
		// Panel borders go, so a sentence wrapped inside one reads whole.
		out.WriteString(strings.Map(func(r rune) rune {
			if r >= 0x2500 && r <= 0x257f {
				return ' '
			}
			return r
		}, ansi.Strip(d.m.View().Content)) + "\n")
	}
	look()
	if p.google {
		d.afterUpdate = func() {
			if got.visited[len(got.visited)-1] != d.m.Current() {
				got.visited = append(got.visited, d.m.Current())
			}
		}
	}
	a := newAnswerer(p.script)
	prev := guide.ID(-1)
	for !d.m.quitting {
		at := d.m.Current()
		next, ok := a.next(at, at != prev)
		prev = at
		if !ok {
			t.Fatalf("the walk has no answer left for step %v:\n%s", at, d.screen())
		}
		next.onWizard(d, look)
		look()
	}
	got.keys = shown(i18n.New(lang), out.String())
	got.code = d.m.ExitCode()
	got.saved = savedFile(r)
	return got
}

func (p parityPath) onPlain(t *testing.T, lang i18n.Lang) run {
	r := p.rig(t)
	if p.before != nil {
		p.before(t, r)
	}
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	cat := i18n.New(lang)
	var out transcript
	in := &plainInput{t: t, cat: cat, out: &out, ans: newAnswerer(p.script), ctx: ctx, cancel: cancel}
	code := plain.Run(ctx, plain.Config{
		In: in, Out: &out, Cat: cat, Rotate: p.rotate,
		Tasks: guide.Tasks{AppName: "gmailsetup", Deps: guide.Deps{
			Opener: r.opener, Sender: &mailer.Client{Server: mailer.Server(r.fake.Endpoints())}, Store: r.store,
			Resolver: noDNS{}, Clock: guide.ClockFunc(fixedNow), Google: r.google, Downloads: r.downloads,
		}},
	})
	got := run{code: code, saved: savedFile(r), keys: shown(cat, out.String())}

	for line := range strings.SplitSeq(out.String(), "\n") {
		id, ok := plainStep(cat, line)
		if ok && (len(got.visited) == 0 || got.visited[len(got.visited)-1] != id) {
			got.visited = append(got.visited, id)
		}
	}
	return got
}

// The two faces are one guide: walked with the same answers against the
// loopback Gmail, they visit the same steps, show the same guide texts,
// exit alike and save the same file.
func TestBothFacesWalkTheSameGuide(t *testing.T) {
	paths := []parityPath{
		{name: "first setup"},
		{name: "2SV off", script: script{guide.TwoSVStatus: {pick(2)}}},
		{name: "wrong password, then the right one", script: script{
			guide.Paste: {paste("aaaa bbbb cccc dddd")}, guide.TestSend: {pick(1)}}},
		{name: "no App passwords", script: script{guide.AppPassword: {noAppPasswords}, guide.TwoSVStatus: {pick(1), pick(2)}}},
		{name: "rotate", rotate: true, before: func(t *testing.T, r *rig) { saveSetup(t, r, "oldoldoldoldoldo") }},
		{name: "replacing a broken file", before: func(t *testing.T, r *rig) { brokenFile(t, r) },
			script: script{guide.Summary: {pick(1)}}},
	}
	paths = append(paths, oauthPaths()...)
	// Quitting at each step of a first setup, and at each screen of the save.
	for _, id := range firstSetup() {
		if id != guide.Save { // the save has screens of its own, below
			paths = append(paths, parityPath{name: "quit at " + id.String(), script: script{id: {quit}}})
		}
	}
	paths = append(paths,
		parityPath{name: "quit at the save's consent", script: script{guide.Save: {saveTested, quit}}},
		parityPath{name: "quit once saved", script: script{guide.Save: {saveTested, pick(1), quit}}})
	for _, p := range paths {
		for _, lang := range i18n.Langs {
			t.Run(p.name+"/"+string(lang), func(t *testing.T) {
				w, pl := p.onWizard(t, lang), p.onPlain(t, lang)
				if !slices.Equal(w.visited, pl.visited) {
					t.Errorf("steps visited: wizard %v, plain %v", w.visited, pl.visited)
				}
				if !slices.Equal(w.keys, pl.keys) {
					t.Errorf("guide texts shown:\n wizard %v\n plain  %v", w.keys, pl.keys)
				}
				if w.code != pl.code {
					t.Errorf("exit code: wizard %d, plain %d", w.code, pl.code)
				}
				if w.saved != pl.saved {
					t.Errorf("saved file:\n--- wizard\n%s\n--- plain\n%s", w.saved, pl.saved)
				}
			})
		}
	}
}

// firstSetup is the steps a first setup visits with 2-Step Verification
// on, as the guide orders them.
func firstSetup() []guide.ID {
	a := guide.Fresh()
	a.SetTwoSV(guide.TwoSVOn)
	ids := []guide.ID{guide.Account}
	for at := guide.Account; ; {
		m, _ := guide.Next(at, guide.Done, &a)
		if m.End {
			return ids
		}
		at = m.To
		ids = append(ids, at)
	}
}

// brokenFile writes a setup file that does not load.
func brokenFile(t *testing.T, r *rig) {
	t.Helper()
	if err := os.MkdirAll(strings.TrimSuffix(r.store.Path(), "/config.toml"), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(r.store.Path(), []byte("[[account]\nemail = \n"), 0o600); err != nil {
		t.Fatal(err)
	}
}
