package steps

import (
	"context"
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"

	"gmailsetup/internal/gmail/links"
	"gmailsetup/internal/guide"
	"gmailsetup/mailer"
)

// Leaver is a step that holds something open while it is on screen: the
// wizard calls Leave when it moves away from it (back, on, quit).
type Leaver interface {
	Leave()
}

// invoicingStep is the guide's step 9: the app password in the invoicing
// software (Qui Fattura's clicks, or another program's fields), while the
// inbox is watched for the test mail that software sends.
type invoicingStep struct {
	s     *Shared
	keys  invoicingKeys
	other bool // another program's fields instead of Qui Fattura's clicks
	state invState
	seq   int // the current watch; results of older ones are ignored
	// cancel ends the current watch and its connection (esc, leaving).
	cancel    context.CancelFunc
	idle      bool // the server pushes news (IDLE) rather than being polled
	arrival   mailer.Arrival
	err       error
	readErr   error
	copied    string // what the last copy key copied, for the notice once the copy is vouched for
	notCopied string // the notice if the system clipboard did not take it
	spin      spinner.Model
	choice    Choice // a Google sign-in: create an app password, or finish
	demoed    bool   // the demo's Qui Fattura has sent its mail for this watch
	// demoAsked is d pressed while the watch was still signing in: the
	// demo sends as soon as it watches, so a key typed ahead is not lost.
	demoAsked bool
}

type invState int

const (
	invIdle     invState = iota // not watching (before Enter, after Leave)
	invStarting                 // signing in to the inbox
	invWatching                 // watching
	invArrived                  // the invoicing software's test mail came
	invNothing                  // nothing came in time: the hints
	invFailed                   // the watch failed
	invOAuth                    // a Google sign-in: nothing to paste
)

type invoicingKeys struct {
	Switch, Password, Line, Open, Again, Demo, Finish key.Binding
}

// invEvent is what the watch running in the background reports, in order:
// watching (once signed in), then its end.
type invEvent struct {
	seq      int
	watching bool
	idle     bool
	done     bool
	arrival  mailer.Arrival
	readErr  error
	err      error
	next     <-chan invEvent
}

// invDemoMsg is the demo's Qui Fattura deciding to send (a few seconds
// after watching began); invDemoSentMsg is how its send went.
type (
	invDemoMsg     struct{ seq int }
	invDemoSentMsg struct {
		seq int
		err error
	}
)

// demoDelay is how long the demo's Qui Fattura waits before sending.
const demoDelay = 4 * time.Second

func init() { register(guide.Invoicing, NewInvoicing) }

// NewInvoicing builds step 9.
func NewInvoicing(s *Shared) Step {
	return &invoicingStep{
		s:    s,
		spin: newSpinner(s),
		keys: invoicingKeys{
			Switch:   key.NewBinding(key.WithKeys("tab"), key.WithHelp(s.keyName("tab"), s.T("invoicing.key.other"))),
			Password: key.NewBinding(key.WithKeys("c"), key.WithHelp("c", s.T("invoicing.key.copyPassword"))),
			Line:     key.NewBinding(key.WithKeys("1", "2", "3", "4"), key.WithHelp("1–4", s.T("invoicing.key.copyLine"))),
			Open:     openKey(s),
			Again:    key.NewBinding(key.WithKeys("w"), key.WithHelp("w", s.T("invoicing.key.watchAgain"))),
			Demo:     key.NewBinding(key.WithKeys("d"), key.WithHelp("d", s.T("invoicing.key.demo"))),
			Finish:   key.NewBinding(key.WithKeys("enter"), key.WithHelp(s.keyName("enter"), s.T("invoicing.key.finish"))),
		},
	}
}

func (v *invoicingStep) ID() guide.ID       { return guide.Invoicing }
func (v *invoicingStep) Title() string      { return v.s.T("invoicing.title") }
func (v *invoicingStep) CapturesText() bool { return false }
func (v *invoicingStep) CapturesEsc() bool  { return false }

// CurrentURL is the link on screen, for the wizard's copy and QR keys:
// Qui Fattura beside its clicks; after a rotation's arrival, Google's page
// where the old password is revoked.
func (v *invoicingStep) CurrentURL() string {
	switch {
	case v.state == invArrived && !guide.RevokeOld(&v.s.Answers).IsZero():
		return links.AppPasswords(v.s.Answers.Email())
	case v.state == invOAuth || v.state == invArrived || v.other:
		return ""
	}
	return guide.QuiFatturaURL
}

// Enter starts watching the inbox, unless the test mail already came; a
// Google sign-in has nothing to paste, and says so.
func (v *invoicingStep) Enter() tea.Cmd {
	s := v.s
	if s.Answers.OAuth() {
		v.state = invOAuth
		msg, canHave := guide.OAuthNoPaste(&s.Answers)
		_ = msg
		if canHave {
			v.choice = NewChoice(s, s.T("invoicing.oauth.create"), s.T("invoicing.oauth.finish"))
		}
		return nil
	}
	if v.state == invArrived {
		// Its copy notice is stale: Ready's copy keys may have put
		// something else in the clipboard since.
		v.copied = ""
		return nil
	}
	return v.watch()
}

// Leave closes the watch's connection at once.
func (v *invoicingStep) Leave() {
	if v.cancel != nil {
		v.cancel()
		v.cancel = nil
	}
	v.seq++
	if v.state == invStarting || v.state == invWatching {
		v.state = invIdle
	}
}

// watch starts a new watch from a command: the saved setup's password,
// the person's address, and the wizard's own test mail to leave aside are
// captured now.
func (v *invoicingStep) watch() tea.Cmd {
	s := v.s
	v.Leave()
	v.state, v.err, v.readErr, v.demoed, v.demoAsked, v.copied = invStarting, nil, nil, false, false, ""
	ctx, cancel := context.WithCancel(s.ctx())
	v.cancel = cancel
	tasks, email, own, since, seq := s.Tasks(), s.Answers.Email(), guide.OwnMail(&s.Answers), s.Deps.Now(), v.seq
	quiet := s.Opts.Timeouts.Invoicing
	start := func() tea.Msg {
		events := make(chan invEvent, 2) // watching, then done: never blocks
		go func() {
			a, readErr, err := tasks.WatchInvoicing(ctx, email, own, since, quiet, func(idle bool) {
				events <- invEvent{seq: seq, watching: true, idle: idle}
			})
			cancel()
			events <- invEvent{seq: seq, done: true, arrival: a, readErr: readErr, err: err}
		}()
		return nextEvent(events)()
	}
	return tea.Batch(start, v.spin.Tick)
}

// nextEvent waits for the watch's next report.
func nextEvent(events <-chan invEvent) tea.Cmd {
	return func() tea.Msg {
		ev := <-events
		ev.next = events
		return ev
	}
}

func (v *invoicingStep) Update(msg tea.Msg) (Step, tea.Cmd) {
	switch msg := msg.(type) {
	case invEvent:
		if msg.seq != v.seq {
			return v, nil
		}
		return v, v.event(msg)
	case invDemoMsg:
		if msg.seq == v.seq && v.state == invWatching {
			return v, v.demoSend()
		}
	case invDemoSentMsg:
		if msg.seq == v.seq && msg.err != nil && v.state == invWatching {
			v.err = msg.err
		}
	case spinner.TickMsg:
		return v, tick(&v.spin, v.state == invStarting || v.state == invWatching, msg)
	case LinkOpenedMsg:
		return v, nil
	case tea.KeyPressMsg:
		return v.key(msg)
	}
	return v, nil
}

// event follows the watch: watching, then the arrival, the give-up (the
// hints) or a failure. Its connection is closed by then.
func (v *invoicingStep) event(ev invEvent) tea.Cmd {
	if !ev.done {
		v.state, v.idle = invWatching, ev.idle
		next := nextEvent(ev.next)
		switch {
		case v.demoAsked:
			return tea.Batch(next, v.demoSend())
		case v.s.Opts.DemoProgram != nil:
			seq := v.seq
			return tea.Batch(next, tea.Tick(demoDelay, func(time.Time) tea.Msg { return invDemoMsg{seq: seq} }))
		}
		return next
	}
	v.cancel = nil
	switch {
	case ev.readErr == nil && ev.err == nil:
		v.state, v.arrival = invArrived, ev.arrival
		v.s.Answers.SetInvoicingConfirmed()
	case guide.NothingArrived(ev.err):
		v.state = invNothing
	default:
		v.state, v.err, v.readErr = invFailed, ev.err, ev.readErr
	}
	return nil
}

// demoSend plays Qui Fattura sending its test mail, once per watch.
func (v *invoicingStep) demoSend() tea.Cmd {
	if v.demoed || v.s.Opts.DemoProgram == nil {
		return nil
	}
	v.demoed = true
	send, ctx, email, seq := v.s.Opts.DemoProgram, v.s.ctx(), v.s.Answers.Email(), v.seq
	return func() tea.Msg { return invDemoSentMsg{seq: seq, err: send(ctx, email)} }
}

func (v *invoicingStep) key(msg tea.KeyPressMsg) (Step, tea.Cmd) {
	s, k := v.s, v.keys
	if v.state == invOAuth {
		if len(v.choice.Options) == 0 {
			if key.Matches(msg, k.Finish) {
				return v, s.Quit()
			}
			return v, nil
		}
		var picked int
		v.choice, picked = v.choice.Update(msg)
		switch picked {
		case 0:
			s.Answers.AppPasswordInstead()
			return v, s.Go(guide.NewAppPassword)
		case 1:
			return v, s.Quit()
		}
		return v, nil
	}
	switch {
	case key.Matches(msg, k.Switch) && v.state != invArrived:
		v.other, v.copied = !v.other, ""
	case key.Matches(msg, k.Password):
		v.copied, v.notCopied = s.T("invoicing.copied.password"), s.T("windows.clip.notPassword")
		return v, copyPassword(s)
	case key.Matches(msg, k.Line) && v.other:
		f := guide.InvoicingFields(&s.Answers)[int(msg.Text[0]-'1')]
		v.copied, v.notCopied = s.T("lastmile.copied.line", s.T(f.Label), f.Value), s.T("windows.clip.notLine", s.T(f.Label), f.Value)
		return v, copySetting(s, f.Value)
	case key.Matches(msg, k.Open) && v.CurrentURL() == guide.QuiFatturaURL:
		return v, OpenURL(s, guide.QuiFatturaURL)
	case key.Matches(msg, k.Again) && (v.state == invNothing || v.state == invFailed):
		return v, v.watch()
	case key.Matches(msg, k.Demo) && v.state == invWatching:
		return v, v.demoSend()
	case key.Matches(msg, k.Demo) && v.state == invStarting && s.Opts.DemoProgram != nil:
		v.demoAsked = true
	case key.Matches(msg, k.Finish):
		v.Leave()
		return v, s.Quit()
	}
	return v, nil
}

// Keys depend on the state and the view.
func (v *invoicingStep) Keys() []key.Binding {
	k := v.keys
	if v.state == invOAuth {
		if len(v.choice.Options) == 0 {
			return []key.Binding{k.Finish}
		}
		return v.choice.Keys()
	}
	sw := k.Switch
	if v.other {
		sw.SetHelp(v.s.keyName("tab"), v.s.T("invoicing.key.quiFattura"))
	}
	out := []key.Binding{k.Finish, k.Password}
	switch {
	case v.state == invArrived:
	case v.other:
		out = append(out, sw, k.Line)
	default:
		out = append(out, sw, k.Open)
	}
	switch v.state {
	case invNothing, invFailed:
		out = append(out, k.Again)
	case invWatching:
		if v.s.Opts.DemoProgram != nil {
			out = append(out, k.Demo)
		}
	}
	return out
}

// View is the checklist or the fields, then what the watch saw.
func (v *invoicingStep) View() string {
	s := v.s
	if v.state == invOAuth {
		msg, _ := guide.OAuthNoPaste(&s.Answers)
		out := s.paragraphs(s.Say(msg))
		if len(v.choice.Options) > 0 {
			out += "\n\n" + v.choice.View(s)
		}
		return out
	}
	if v.state == invArrived {
		return s.paragraphs(v.arrivedView(), v.copiedView())
	}
	top := v.checklist()
	if v.other {
		top = v.fields()
	}
	return s.paragraphs(v.demoNote(), top, v.copiedView(), v.status())
}

// demoNote says, while the demo's Qui Fattura has yet to send, that it
// will, or now with d. It comes first: the step opens at its top on a
// small window (TopFirst), where a note under the watch's line was cut.
func (v *invoicingStep) demoNote() string {
	if v.s.Opts.DemoProgram == nil || v.demoed || v.state != invWatching {
		return ""
	}
	return v.s.Styles.Subtle.Render(v.s.T("invoicing.demo"))
}

// checklist is Qui Fattura's clicks, with its link.
func (v *invoicingStep) checklist() string {
	s := v.s
	width := guide.Width(s.Width)
	lines := []string{s.wrapped(s.T("invoicing.qf.intro"), width, false), s.Link(guide.QuiFatturaURL)}
	for i, item := range guide.QuiFatturaItems() {
		lines = append(lines, hangWrap(fmt.Sprintf("%2d. ", i+1), s.Say(item), width))
	}
	return strings.Join(lines, "\n")
}

// fields is another program's settings, each with the key that copies it.
func (v *invoicingStep) fields() string {
	s := v.s
	var rows []settingRow
	for i, f := range guide.InvoicingFields(&s.Answers) {
		value := f.Value
		if f.Aliases != "" {
			value = s.T("invoicing.other.aliases", f.Value, f.Aliases)
		}
		rows = append(rows, settingRow{fmt.Sprint(i + 1), s.T(f.Label), value})
	}
	rows = append(rows, settingRow{"c", s.T("lastmile.set.password"), s.T("lastmile.set.passwordValue")})
	return s.settingsList(s.T("invoicing.other.intro"), rows, "", "")
}

// copiedView says "copied" only once the system clipboard holds the text
// (read back); otherwise how to get it.
func (v *invoicingStep) copiedView() string {
	if v.copied == "" || !v.s.Clip.Done {
		return ""
	}
	if !v.s.Clip.OK {
		return v.s.Styles.Warn.Render(v.notCopied)
	}
	return v.s.Styles.OK.Render("✓ " + v.copied)
}

// status is what the watch is doing or found.
func (v *invoicingStep) status() string {
	s, st := v.s, v.s.Styles
	switch v.state {
	case invStarting:
		return hangWrap(v.spin.View()+" ", s.T("invoicing.watch.starting"), guide.Width(s.Width))
	case invWatching:
		out := hangWrap(v.spin.View()+" ", s.T("invoicing.watch.watching"), guide.Width(s.Width))
		if v.err != nil {
			out += "\n" + st.Error.Render(guide.Clip(v.err.Error(), guide.MaxError))
		}
		return out
	case invNothing:
		hints := guide.InvoicingHints(&s.Answers)
		lines := []string{st.Warn.Render(s.T("invoicing.nothing"))}
		for _, h := range hints {
			lines = append(lines, hangWrap("  • ", s.Say(h), guide.Width(s.Width)))
		}
		return strings.Join(lines, "\n")
	case invFailed:
		if v.readErr != nil {
			return st.Error.Render(s.Say(guide.ReadBackFailed(v.readErr, s.Answers.Email())))
		}
		if v.err == guide.ErrNoWatcher {
			return st.Warn.Render(s.T("invoicing.noWatch"))
		}
		return st.Error.Render(s.T("invoicing.failed")) + " " + s.T("invoicing.failedNote") + "\n\n" + s.diagnosis(v.err)
	}
	return ""
}

// arrivedView says the test mail came, what to click, and after a
// rotation, only now, to revoke the old password.
func (v *invoicingStep) arrivedView() string {
	s, st := v.s, v.s.Styles
	msgs := guide.Arrived(v.arrival)
	blocks := []string{st.OK.Render("✓ " + s.Say(msgs[0])), st.Emphasis.Render(s.Say(msgs[1]))}
	if r := guide.RevokeOld(&s.Answers); !r.IsZero() {
		blocks = append(blocks, st.Warn.Render(s.Say(r))+"\n"+s.Link(links.AppPasswords(s.Answers.Email())))
	}
	return s.paragraphs(blocks...)
}
