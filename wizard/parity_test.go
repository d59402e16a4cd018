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

var (
	checklist      = act{kind: "checklist"}
	copied         = act{kind: "copied"}
	noAppPasswords = act{kind: "noAppPasswords"} // and go back to turn on 2SV
	passed         = act{kind: "passed"}         // go on after a test that passed
	saveTested     = act{kind: "saveTested"}
	finish         = act{kind: "finish"}
	quit           = act{kind: "quit"} // ctrl+c
)

// onWizard does a on the Bubble Tea face; look sees every screen on the way.
func (a act) onWizard(d *driver, look func()) {
	switch a.kind {
	case "addr":
		d.typeText(a.arg)
		d.key("enter")
	case "pick":
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
	case "copied", "passed", "saveTested", "finish":
		d.key("enter")
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
	case "checklist", "passed", "saveTested":
		return []string{""}
	case "useOAuth", "console", "signedIn":
		return oauthOnPlain(a)
	case "copied":
		return []string{"1"}
	case "noAppPasswords":
		return []string{"2", "3"} // "I don't see App passwords", then "turn on 2SV"
	}
	return nil // the plain face goes on by itself
}

// plainInput serves answer lines and, where the script says quit, cancels
// the run as ctrl+c does, then waits for it to stop.
type plainInput struct {
	buf    bytes.Buffer
	rest   [][]string
	cancel context.CancelFunc
	ctx    context.Context
}

func (p *plainInput) Read(b []byte) (int, error) {
	for p.buf.Len() == 0 {
		if len(p.rest) == 0 {
			return 0, io.EOF
		}
		chunk := p.rest[0]
		p.rest = p.rest[1:]
		if chunk == nil {
			p.cancel()
			<-p.ctx.Done()
			return 0, io.EOF
		}
		for _, l := range chunk {
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
	acts   []act
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
				"apppass.step3", "apppass.warn", "twosv.enable.mail", "paste.intro"}, s):
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
	for _, a := range p.acts {
		a.onWizard(d, look)
		look()
	}
	got.keys = shown(i18n.New(lang), out.String())
	got.code = d.m.ExitCode()
	got.saved = savedFile(r)
	return got
}

var plainHeaderRE = regexp.MustCompile(`^(?:Step|Passo) (\d) (?:of|di) \d: `)

func (p parityPath) onPlain(t *testing.T, lang i18n.Lang) run {
	r := p.rig(t)
	if p.before != nil {
		p.before(t, r)
	}
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	in := &plainInput{ctx: ctx, cancel: cancel}
	for _, a := range p.acts {
		if a == quit {
			in.rest = append(in.rest, nil)
			break
		}
		if lines := a.onPlain(); lines != nil {
			in.rest = append(in.rest, lines)
		}
	}
	var out bytes.Buffer
	cat := i18n.New(lang)
	code := plain.Run(ctx, plain.Config{
		In: in, Out: &out, Cat: cat, Opener: r.opener,
		Sender: &mailer.Client{Server: mailer.Server(r.fake.Endpoints())}, Store: r.store,
		Resolver: noDNS{}, Now: fixedNow, AppName: "gmailsetup", Rotate: p.rotate,
		Google: r.google, Downloads: r.downloads,
	})
	got := run{code: code, saved: savedFile(r), keys: shown(cat, out.String())}

	for line := range strings.SplitSeq(out.String(), "\n") {
		var id guide.ID = -1
		if m := plainHeaderRE.FindStringSubmatch(line); m != nil {
			n, _ := strconv.Atoi(m[1])
			id = guide.ID(n - 1)
		} else if line == cat.T(guide.Summary.Title()) {
			id = guide.Summary
		} else if b, ok := branchStep(cat, line); ok {
			id = b
		}
		if id >= 0 && (len(got.visited) == 0 || got.visited[len(got.visited)-1] != id) {
			got.visited = append(got.visited, id)
		}
	}
	return got
}

// The two faces are one guide: walked with the same answers against the
// loopback Gmail, they visit the same steps, show the same guide texts,
// exit alike and save the same file.
func TestBothFacesWalkTheSameGuide(t *testing.T) {
	first := []act{addr(walkAddress), pick(1), pick(1), copied, paste(walkPasted), passed, saveTested, pick(1), finish}
	paths := []parityPath{
		{name: "first setup", acts: first},
		{name: "2SV off", acts: []act{addr(walkAddress), pick(1), pick(2), checklist, copied, paste(walkPasted), passed, saveTested, pick(1), finish}},
		{name: "wrong password, then the right one", acts: []act{addr(walkAddress), pick(1), pick(1), copied,
			paste("aaaa bbbb cccc dddd"), pick(1), paste(walkPasted), passed, saveTested, pick(1), finish}},
		{name: "no App passwords", acts: []act{addr(walkAddress), pick(1), pick(1), noAppPasswords, pick(2), checklist,
			copied, paste(walkPasted), passed, saveTested, pick(1), finish}},
		{name: "rotate", rotate: true, before: func(t *testing.T, r *rig) { saveSetup(t, r, "oldoldoldoldoldo") },
			acts: []act{copied, paste(walkPasted), passed, saveTested, pick(1), finish}},
		{name: "replacing a broken file", before: func(t *testing.T, r *rig) { brokenFile(t, r) },
			acts: append([]act{pick(1)}, first...)},
	}
	paths = append(paths, oauthPaths()...)
	for i := range first {
		paths = append(paths, parityPath{name: "quit at act " + strconv.Itoa(i), acts: append(slices.Clone(first[:i]), quit)})
	}
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
