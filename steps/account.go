package steps

import (
	"context"
	"errors"
	"net"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"gmailsetup/gmail"
	"gmailsetup/safetext"
)

// mxTimeout bounds the look-up of a domain's mail servers: without a network
// it would otherwise hang, and the answer is only advice.
const mxTimeout = 3 * time.Second

// mxResultMsg is what the look-up found for one address. seq and email tag
// it, so a result for an address since edited is dropped.
type mxResultMsg struct {
	seq      int
	email    string
	kind     AccountKind
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
	input   addressField
	spin    spinner.Model
	keys    accountKeys
	timeout time.Duration

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
	choice   Choice

	// current is true from Enter until this step sends the person on. The
	// wizard hands pastes to every step, and an app password pasted on a
	// later step must not land in this field.
	current bool
}

// NewAccount builds the step that asks for the Gmail address.
func NewAccount(s *Shared) Step {
	in := addressField{placeholder: s.T("account.placeholder"), limit: 2 * gmail.MaxAddressLen}
	in.SetValue(s.Answers.Email)
	return &account{
		s:     s,
		input: in,
		spin:  spinner.New(spinner.WithSpinner(spinner.Dot), spinner.WithStyle(s.Styles.Subtle)),
		keys: accountKeys{
			Continue: continueKey(s),
			Accept:   key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", s.T("account.key.accept"))),
		},
		timeout: mxTimeout,
		choice:  NewChoice(s, s.T("account.optChange"), s.T("account.optAnyway")),
	}
}

func (a *account) ID() ID        { return Account }
func (a *account) Title() string { return a.s.T("account.title") }

func (a *account) Enter() tea.Cmd {
	a.current = true
	a.choosing = false
	a.input.Focus()
	return nil
}

// done records the address and leaves the step.
func (a *account) done(addr string, kind AccountKind) (Step, tea.Cmd) {
	a.s.Answers.SetEmail(addr)
	a.s.Answers.Kind = kind
	a.current, a.choosing = false, false
	a.input.Blur()
	return a, Next
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
	switch msg := msg.(type) {
	case mxResultMsg:
		a.gotResult(msg)
		return a, nil
	case spinner.TickMsg:
		if a.looking == "" {
			return a, nil // let the spinner stop
		}
		var cmd tea.Cmd
		a.spin, cmd = a.spin.Update(msg)
		return a, cmd
	case tea.PasteMsg:
		if !a.current {
			return a, nil
		}
		a.choosing = false
		a.input.Focus()
		return a.edit(tea.PasteMsg{Content: cleanPasted(msg.Content)})
	case tea.KeyPressMsg:
		if a.choosing {
			return a.updateChoice(msg)
		}
		switch {
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

// edit passes a key or a paste to the field; a changed address cancels a
// look-up still running for the old one.
func (a *account) edit(msg tea.Msg) (Step, tea.Cmd) {
	before := a.value()
	a.input.Update(msg)
	if a.value() != before && a.looking != "" {
		a.looking = ""
		a.seq++
	}
	return a, nil
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
		return a.done(addr, KindPersonal)
	}
	switch {
	case a.looking == addr:
		return a, nil // still checking; the spinner says so
	case a.result.email == addr && a.result.kind == KindNotGoogle:
		a.choosing = true
		a.input.Blur()
		return a, nil
	case a.result.email == addr:
		return a.done(addr, a.result.kind)
	}
	a.seq++
	a.looking = addr
	return a, tea.Batch(a.spin.Tick, lookupMX(a.s.Deps.Resolver, a.seq, addr, a.timeout))
}

func (a *account) gotResult(msg mxResultMsg) {
	if msg.seq != a.seq || msg.email != a.looking {
		return // for an address since changed, or a look-up since restarted
	}
	a.looking = ""
	a.result = msg
	if msg.kind == KindNotGoogle {
		a.choosing = true
		a.choice.Cursor = 0
		a.input.Blur()
	}
}

func (a *account) updateChoice(msg tea.KeyPressMsg) (Step, tea.Cmd) {
	var picked int
	a.choice, picked = a.choice.Update(msg)
	switch picked {
	case 0: // change the address
		a.choosing = false
		a.input.Focus()
		return a, nil
	case 1: // use it anyway
		return a.done(a.result.email, KindNotGoogle)
	}
	return a, nil
}

// lookupMX asks where domain's mail goes, within timeout. Every input is
// captured here; the command only reports, Update decides.
func lookupMX(r Resolver, seq int, email string, timeout time.Duration) tea.Cmd {
	domain := gmail.Domain(email)
	return func() tea.Msg {
		res := mxResultMsg{seq: seq, email: email, kind: KindUnknown}
		if r == nil {
			return res
		}
		ctx, cancel := context.WithTimeout(context.Background(), timeout)
		defer cancel()
		type answer struct {
			mx  []*net.MX
			err error
		}
		done := make(chan answer, 1)
		// A resolver that ignores ctx must not hold the wizard up either.
		go func() {
			mx, err := r.LookupMX(ctx, domain)
			done <- answer{mx, err}
		}()
		select {
		case ans := <-done:
			var dnsErr *net.DNSError
			switch {
			case gmail.GoogleHosted(ans.mx):
				res.kind = KindWorkspace
			case ans.err != nil:
				res.notFound = errors.As(ans.err, &dnsErr) && dnsErr.IsNotFound
			default:
				res.kind = KindNotGoogle
			}
		case <-ctx.Done():
		}
		return res
	}
}

func (a *account) inputWidth() int {
	w := a.s.Width
	if w <= 0 {
		w = 80
	}
	return max(min(w-4, 60), 10)
}

func (a *account) View() string {
	s := a.s
	addr := a.value()
	blocks := []string{s.T("account.intro"), a.input.View(s, a.inputWidth())}
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
	case KindWorkspace:
		return append(blocks, s.Styles.OK.Render(s.T("account.workspace", domain))+"\n"+s.T("account.workspaceAdmin")), s.T("account.continueNext")
	case KindNotGoogle:
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
func (a *account) problemText() string {
	s := a.s
	switch a.check.Problem {
	case gmail.AddressEmpty:
		return s.T("account.err.empty")
	case gmail.AddressSpaces:
		return s.T("account.err.spaces")
	case gmail.AddressNoAt:
		return s.T("account.err.noAt")
	case gmail.AddressManyAt:
		return s.T("account.err.manyAt")
	case gmail.AddressNoLocal:
		return s.T("account.err.noLocal")
	case gmail.AddressNoDomain:
		return s.T("account.err.noDomain")
	case gmail.AddressBadChars:
		return s.T("account.err.badChars", quoteChars(a.check.Bad))
	case gmail.AddressBadDots:
		return s.T("account.err.badDots")
	case gmail.AddressDomainNoDot:
		return s.T("account.err.domainNoDot")
	case gmail.AddressGmailChars:
		return s.T("account.err.gmailChars", quoteChars(a.check.Bad))
	case gmail.AddressTooLong:
		return s.T("account.err.tooLong")
	}
	return ""
}

// quoteChars shows characters one by one, so a stray comma is visible.
func quoteChars(bad string) string {
	parts := make([]string, 0, len(bad))
	for _, r := range bad {
		parts = append(parts, "“"+string(r)+"”")
	}
	return strings.Join(parts, " ")
}

// addressField is a one-line text field. bubbles' textinput would do, but it
// pulls in a clipboard package this module does not carry, and terminals
// deliver a paste as tea.PasteMsg anyway.
type addressField struct {
	value       []rune
	pos         int // cursor, in runes
	focus       bool
	placeholder string
	limit       int // most runes kept
}

func (f *addressField) Value() string { return string(f.value) }
func (f *addressField) Focused() bool { return f.focus }
func (f *addressField) Focus()        { f.focus = true }
func (f *addressField) Blur()         { f.focus = false }
func (f *addressField) CursorEnd()    { f.pos = len(f.value) }

// SetValue replaces the text and puts the cursor after it.
func (f *addressField) SetValue(s string) {
	f.value = []rune(s)
	if f.limit > 0 && len(f.value) > f.limit {
		f.value = f.value[:f.limit]
	}
	f.pos = len(f.value)
}

// Update edits the text for a key or a paste; it ignores them unfocused.
func (f *addressField) Update(msg tea.Msg) {
	if !f.focus {
		return
	}
	switch msg := msg.(type) {
	case tea.PasteMsg:
		f.insert(msg.Content)
	case tea.KeyPressMsg:
		switch msg.String() {
		case "backspace", "ctrl+h":
			if f.pos > 0 {
				f.value = append(f.value[:f.pos-1], f.value[f.pos:]...)
				f.pos--
			}
		case "delete", "ctrl+d":
			if f.pos < len(f.value) {
				f.value = append(f.value[:f.pos], f.value[f.pos+1:]...)
			}
		case "left", "ctrl+b":
			f.pos = max(f.pos-1, 0)
		case "right", "ctrl+f":
			f.pos = min(f.pos+1, len(f.value))
		case "home", "ctrl+a":
			f.pos = 0
		case "end", "ctrl+e":
			f.pos = len(f.value)
		case "ctrl+u":
			f.value = append([]rune{}, f.value[f.pos:]...)
			f.pos = 0
		case "ctrl+k":
			f.value = f.value[:f.pos]
		case "ctrl+w", "alt+backspace":
			start := f.pos
			for start > 0 && f.value[start-1] == ' ' {
				start--
			}
			for start > 0 && f.value[start-1] != ' ' {
				start--
			}
			f.value = append(f.value[:start], f.value[f.pos:]...)
			f.pos = start
		default:
			if msg.Mod&(tea.ModCtrl|tea.ModAlt) == 0 {
				f.insert(msg.Text)
			}
		}
	}
}

// insert puts text at the cursor, on one line and within the limit.
func (f *addressField) insert(text string) {
	text = safetext.Clean(text)
	if text == "" {
		return
	}
	add := []rune(text)
	if f.limit > 0 {
		add = add[:max(min(len(add), f.limit-len(f.value)), 0)]
	}
	v := make([]rune, 0, len(f.value)+len(add))
	v = append(v, f.value[:f.pos]...)
	v = append(v, add...)
	f.value = append(v, f.value[f.pos:]...)
	f.pos += len(add)
}

// View draws "> text" within width columns, scrolled so the cursor shows;
// the cursor is a reversed cell while the field has focus.
func (f *addressField) View(s *Shared, width int) string {
	prompt := s.Styles.Selected.Render("> ")
	cursor := lipgloss.NewStyle().Reverse(true)
	if len(f.value) == 0 {
		ph := s.Styles.Subtle.Render(f.placeholder)
		if f.focus {
			return prompt + cursor.Render(" ") + ph
		}
		return prompt + ph
	}
	room := max(width-3, 5)
	start := 0
	if f.pos >= room {
		start = f.pos - room + 1
	}
	end := min(len(f.value), start+room)
	var b strings.Builder
	b.WriteString(prompt)
	for i := start; i < end; i++ {
		if f.focus && i == f.pos {
			b.WriteString(cursor.Render(string(f.value[i])))
		} else {
			b.WriteRune(f.value[i])
		}
	}
	if f.focus && f.pos == len(f.value) {
		b.WriteString(cursor.Render(" "))
	}
	return b.String()
}
