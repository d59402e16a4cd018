package steps

import (
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/spinner"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"gmailsetup/internal/gmail"
	"gmailsetup/internal/guide"
)

// mxResultMsg is what the look-up found for one address. seq and email tag
// it, so a result for an address since edited is dropped.
type mxResultMsg struct {
	seq      int
	email    string
	kind     guide.AccountKind
	notFound bool // the domain does not exist: most likely a typo
}

type accountKeys struct {
	Continue key.Binding
	Accept   key.Binding // take the suggested gmail.com spelling
}

// account is step 1: the Gmail address, checked as typed and, for a domain
// other than gmail.com, by where its mail goes. Its methods take a pointer
// because Enter, which returns only a command, must focus the field.
type account struct {
	s       *Shared
	input   textinput.Model
	spin    spinner.Model
	keys    accountKeys
	timeout time.Duration // the look-up's limit; zero is the guide's

	// check is the verdict shown under the field since the last enter, for
	// the value checkedOn; editing the field hides it.
	check     gmail.AddressCheck
	checkedOn string
	// suggestedFor is the value a typo suggestion was shown for: enter on
	// the same value again means "keep what I typed".
	suggestedFor string

	seq     int         // numbers look-ups; a result with another number is stale
	looking string      // the address being looked up, "" when none
	result  mxResultMsg // the last finished look-up

	choosing bool // the "not a Google address" menu has the keys
	choice   Menu // the guide's NotGoogleMenu

	// current is true from Enter until this step sends the person on, so
	// that a paste or a clipboard reply that reaches the step afterwards
	// (the app password, say) cannot land in this field.
	current bool
	// askedClipboard is set by ctrl+v until the terminal answers; a reply
	// nobody asked for, or one after the terminal pasted by itself, is
	// dropped, so nothing goes in twice.
	askedClipboard bool

	// prefill is the address found already written down (or the demo's),
	// asked for once; prefilled is true while the field holds it untouched:
	// enter takes it, and the first letter typed or a paste replaces it.
	prefill    guide.Prefill
	knownAsked bool
	prefilled  bool
}

// knownMsg is the address found already written down on this computer.
type knownMsg struct{ prefill guide.Prefill }

func init() { register(guide.Account, NewAccount) }

// NewAccount builds the step that asks for the Gmail address.
func NewAccount(s *Shared) Step {
	// The limit is twice what an address may be: a longer paste is cut
	// here, yet still far past gmail.MaxAddressLen, so enter says it is too
	// long instead of accepting what was left.
	in := newField(s, "> ", s.T("account.placeholder"), 2*gmail.MaxAddressLen)
	in.SetValue(s.Answers.Email())
	a := &account{
		s:     s,
		input: in,
		spin:  newSpinner(s),
		keys: accountKeys{
			Continue: continueKey(s),
			Accept:   key.NewBinding(key.WithKeys("tab"), key.WithHelp(s.keyName("tab"), s.T("account.key.accept"))),
		},
		choice: newGuideMenu(s, guide.NotGoogleMenu),
	}
	if s.Opts.Demo && s.Answers.Email() == "" {
		// The demo reads nothing: its example address is known at once, so
		// the first enter already goes on.
		a.knownAsked = true
		a.offer(s.Tasks().KnownAddress(s.ctx(), true))
	}
	a.fit()
	return a
}

// lookupKnown asks the guide for an address already written down, with
// everything captured now; the field takes it only if still empty.
func lookupKnown(s *Shared) tea.Cmd {
	tasks, ctx := s.Tasks(), s.ctx()
	return func() tea.Msg { return knownMsg{tasks.KnownAddress(ctx, false)} }
}

// offer fills the field with p, if the person has not typed anything.
func (a *account) offer(p guide.Prefill) {
	if p.IsZero() || a.input.Value() != "" {
		return
	}
	a.prefill, a.prefilled = p, true
	a.input.SetValue(p.Address)
	a.input.CursorEnd()
	if p.Kind == guide.KindWorkspace {
		// The look-up already said Google handles this domain.
		a.result = mxResultMsg{seq: a.seq, email: p.Address, kind: guide.KindWorkspace}
	}
}

// fit sizes and dresses the field for the screen as it is now.
func (a *account) fit() { fitField(&a.input, a.s.Styles, a.inputWidth()) }

// fitKey is fit for a key: the width only (see fitWidth).
func (a *account) fitKey() { fitWidth(&a.input, a.inputWidth()) }

func (a *account) ID() guide.ID { return guide.Account }

func (a *account) Enter() tea.Cmd {
	a.current = true
	a.choosing = false
	a.askedClipboard = false
	a.fit()
	focus := a.input.Focus()
	if !a.knownAsked && a.input.Value() == "" && a.s.Deps.Known != nil {
		a.knownAsked = true
		return tea.Batch(focus, lookupKnown(a.s))
	}
	return focus
}

// done records the address and leaves the step.
func (a *account) done(addr string, kind guide.AccountKind) (Step, tea.Cmd) {
	a.s.Answers.SetEmail(addr, kind)
	a.current, a.choosing = false, false
	a.input.Blur()
	return a, a.s.Next()
}

func (a *account) CapturesText() bool { return a.current && a.input.Focused() }
func (a *account) CapturesEsc() bool  { return false }

func (a *account) Keys() []key.Binding {
	if a.choosing {
		return a.choice.Keys()
	}
	accept := a.keys.Accept
	accept.SetEnabled(a.suggestionShown())
	return []key.Binding{a.keys.Continue, accept}
}

// value is the field as the address it stands for.
func (a *account) value() string { return gmail.NormalizeAddress(a.input.Value()) }

func (a *account) suggestionShown() bool {
	return a.check.Suggestion != "" && a.checkedOn == a.value() && a.suggestedFor == a.checkedOn
}

func (a *account) Update(msg tea.Msg) (Step, tea.Cmd) {
	a.fitKey()
	switch msg := msg.(type) {
	case knownMsg:
		a.offer(msg.prefill)
		return a, nil
	case mxResultMsg:
		a.gotResult(msg)
		return a, nil
	case spinner.TickMsg:
		return a, tick(&a.spin, a.looking != "", msg)
	case tea.PasteMsg:
		a.askedClipboard = false
		return a.paste(msg.Content)
	case tea.ClipboardMsg:
		if !a.askedClipboard {
			return a, nil
		}
		a.askedClipboard = false
		return a.paste(msg.Content)
	case tea.KeyPressMsg:
		if a.choosing {
			return a.updateChoice(msg)
		}
		switch {
		case msg.String() == "ctrl+v":
			// The terminal sent ctrl+v as a key instead of pasting: ask it
			// for the clipboard (OSC 52). Terminals that refuse say nothing.
			a.askedClipboard = true
			return a, tea.ReadClipboard
		case key.Matches(msg, a.keys.Continue):
			return a.submit()
		case key.Matches(msg, a.keys.Accept) && a.suggestionShown():
			a.input.SetValue(a.check.Suggestion)
			a.input.CursorEnd()
			return a.submit()
		}
		return a.edit(msg)
	}
	return a, nil
}

// paste puts pasted text at the cursor, cleaned of escapes and the final
// newline, while the step is current; a paste gives the field back the
// keys if the menu had them.
func (a *account) paste(content string) (Step, tea.Cmd) {
	if !a.current {
		return a, nil
	}
	a.choosing = false
	focus := a.input.Focus()
	st, cmd := a.edit(tea.PasteMsg{Content: cleanPasted(content)})
	return st, tea.Batch(focus, cmd)
}

// edit passes a key or a paste to the field; a changed address cancels a
// look-up still running for the old one.
func (a *account) edit(msg tea.Msg) (Step, tea.Cmd) {
	if a.prefilled && replacesPrefill(msg) {
		a.input.SetValue("")
	}
	if k, ok := msg.(tea.KeyPressMsg); ok && full(a.input, k) {
		return a, nil // already far past the longest address: enter says so
	}
	defer func() {
		if a.prefilled && a.input.Value() != a.prefill.Address {
			a.prefilled = false
		}
	}()
	if a.looking == "" {
		var cmd tea.Cmd
		a.input, cmd = a.input.Update(msg)
		return a, cmd
	}
	before := a.value()
	var cmd tea.Cmd
	a.input, cmd = a.input.Update(msg)
	if a.value() != before {
		a.looking = ""
		a.seq++
	}
	return a, cmd
}

// replacesPrefill reports whether msg types over an address filled in for
// the person: a paste or a letter does, as over selected text; arrows and
// backspace edit it instead.
func replacesPrefill(msg tea.Msg) bool {
	switch msg := msg.(type) {
	case tea.PasteMsg:
		return true
	case tea.KeyPressMsg:
		return msg.Text != "" && msg.Mod&(tea.ModCtrl|tea.ModAlt) == 0
	}
	return false
}

// submit is enter on the field: check the address and go on, or say why not.
func (a *account) submit() (Step, tea.Cmd) {
	addr := a.value()
	if addr != a.input.Value() {
		a.input.SetValue(addr)
		a.input.CursorEnd()
	}
	a.check, a.checkedOn = gmail.CheckAddress(addr), addr
	if a.check.Problem != gmail.AddressOK {
		return a, nil
	}
	if a.check.Suggestion != "" && a.suggestedFor != addr {
		a.suggestedFor = addr
		return a, nil
	}
	a.check = gmail.AddressCheck{} // a declined suggestion is not shown again
	if gmail.IsPersonalDomain(gmail.Domain(addr)) {
		return a.done(addr, guide.KindPersonal)
	}
	switch {
	case a.looking == addr:
		return a, nil // still checking; the spinner says so
	case a.result.email == addr && a.result.kind == guide.KindNotGoogle:
		a.choosing = true
		a.input.Blur()
		return a, nil
	case a.result.email == addr:
		return a.done(addr, a.result.kind)
	}
	a.seq++
	a.looking = addr
	return a, tea.Batch(a.spin.Tick, lookupMX(a.s, a.seq, addr, a.timeout))
}

func (a *account) gotResult(msg mxResultMsg) {
	if msg.seq != a.seq || msg.email != a.looking {
		return // for an address since changed, or a look-up since restarted
	}
	a.looking = ""
	a.result = msg
	if msg.kind == guide.KindNotGoogle {
		a.choosing = true
		a.choice.Cursor = 0
		a.input.Blur()
	}
}

func (a *account) updateChoice(msg tea.KeyPressMsg) (Step, tea.Cmd) {
	var opt guide.Option
	var ok bool
	if a.choice, opt, ok = a.choice.Pick(msg); !ok {
		return a, nil
	}
	if opt.Stay { // change the address
		a.choosing = false
		return a, a.input.Focus()
	}
	return a.done(a.result.email, guide.KindNotGoogle) // use it anyway: the guide's Done
}

// lookupMX asks the guide where the address's mail goes. Every input is
// captured here; the command only reports, Update decides.
func lookupMX(s *Shared, seq int, email string, timeout time.Duration) tea.Cmd {
	tasks, ctx := s.Tasks(), s.ctx()
	if timeout > 0 {
		tasks.Timeouts.MX = timeout
	}
	return func() tea.Msg {
		h := tasks.LookupKind(ctx, email)
		return mxResultMsg{seq: seq, email: email, kind: h.Kind, notFound: h.NotFound}
	}
}

func (a *account) inputWidth() int {
	return max(min(guide.Width(a.s.Width)-4, 60), 10)
}

func (a *account) View() string {
	s := a.s
	addr := a.value()
	in := a.input
	fitField(&in, s.Styles, a.inputWidth()) // the window may have changed since Update
	field := in.View()
	if a.prefilled && a.input.Value() == a.prefill.Address {
		field += "\n" + s.Styles.Subtle.Render(s.Say(a.prefill.Hint()))
	}
	blocks := []string{s.T("account.intro"), field}
	next := s.T("account.next")

	switch {
	case a.looking != "" && a.looking == addr:
		blocks = append(blocks, a.spin.View()+s.Styles.Subtle.Render(s.T("account.checking", gmail.Domain(addr))))
		next = s.T("account.checkingNext")
	case a.checkedOn == addr && a.check.Problem != gmail.AddressOK:
		blocks = append(blocks, s.Styles.Error.Render(a.problemText()))
		next = s.T("account.fixNext")
	case a.suggestionShown():
		blocks = append(blocks, s.Styles.Warn.Render(s.T("account.suggest", a.check.Suggestion)))
		next = s.T("account.suggestNext")
	case a.result.email == addr && addr != "":
		blocks, next = a.resultBlocks(blocks)
	}
	blocks = append(blocks, s.Styles.Subtle.Render(s.T("account.multi")))
	return s.paragraphs(append(blocks, s.Styles.Emphasis.Render(next))...)
}

// resultBlocks adds what the look-up said about the domain.
func (a *account) resultBlocks(blocks []string) ([]string, string) {
	s := a.s
	domain := gmail.Domain(a.result.email)
	switch a.result.kind {
	case guide.KindWorkspace:
		return append(blocks, s.Styles.OK.Render(s.T("account.workspace", domain))+"\n"+s.T("account.workspaceAdmin")), s.T("account.continueNext")
	case guide.KindNotGoogle:
		blocks = append(blocks, s.Styles.Warn.Render(s.T("account.notGoogle", domain))+"\n"+s.T("account.notGoogleWhy"))
		if a.choosing {
			return append(blocks, a.choice.View(s)), s.T("account.chooseNext")
		}
		return blocks, s.T("account.next")
	}
	if a.result.notFound {
		return append(blocks, s.Styles.Warn.Render(s.T("account.notFound", domain))), s.T("account.continueNext")
	}
	return append(blocks, s.Styles.Warn.Render(s.T("account.unknown", domain))), s.T("account.continueNext")
}

// problemText says in the person's words what is wrong with the address.
func (a *account) problemText() string { return a.s.Say(guide.AddressProblem(a.check)) }
