package steps

import (
	"unicode/utf8"

	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"gmailsetup/gmail"
	"gmailsetup/safetext"
)

// pasteCharLimit is far above 16 on purpose: it only guards against a
// runaway paste, and going past it is reported, never cut short silently.
const pasteCharLimit = 256

// PasteStep is the guide's step 9, first half: paste the app password. The
// field is masked; the person can reveal it. What was pasted is checked and
// explained, then normalised to 16 lowercase letters.
type PasteStep struct {
	s        *Shared
	input    secretField
	revealed bool
	tooLong  int  // how many characters reached the limit; 0 when within it
	checked  bool // show what is wrong (after a paste or enter), not while typing
	keys     pasteKeys
}

type pasteKeys struct {
	Continue, Reveal key.Binding
}

// pasteEnteredMsg is how Enter reaches Update: the field is emptied each
// time the step is entered, so a paste never lands after an old one.
type pasteEnteredMsg struct{}

// NewPaste builds the paste step.
func NewPaste(s *Shared) Step {
	return PasteStep{
		s: s,
		keys: pasteKeys{
			Continue: continueKey(s),
			// A text field takes letters, so reveal needs a key that types
			// nothing: ctrl+r, or tab.
			Reveal: key.NewBinding(key.WithKeys("ctrl+r", "tab"), key.WithHelp("ctrl+r", s.T("key.reveal"))),
		},
	}
}

// ID is Paste.
func (p PasteStep) ID() ID { return Paste }

// Title names the step.
func (p PasteStep) Title() string { return p.s.T("paste.title") }

// Enter empties the field and hides it again.
func (p PasteStep) Enter() tea.Cmd {
	return func() tea.Msg { return pasteEnteredMsg{} }
}

// Update takes pastes and typing, reveal, and enter.
func (p PasteStep) Update(msg tea.Msg) (Step, tea.Cmd) {
	switch msg := msg.(type) {
	case pasteEnteredMsg:
		p.input = secretField{}
		p.revealed, p.tooLong, p.checked = false, 0, false
	case tea.PasteMsg:
		return p.pasted(msg.Content), nil
	case tea.ClipboardMsg:
		if msg.Content != "" {
			return p.pasted(msg.Content), nil
		}
	case tea.KeyPressMsg:
		switch {
		case msg.String() == "ctrl+v":
			// The terminal sent ctrl+v as a key instead of pasting: ask it
			// for the clipboard (OSC 52). Terminals that refuse say nothing,
			// and the intro names the other ways to paste.
			return p, tea.ReadClipboard
		case key.Matches(msg, p.keys.Reveal):
			p.revealed = !p.revealed
		case key.Matches(msg, p.keys.Continue):
			return p.submit()
		default:
			if p.input.key(msg) {
				p.tooLong = p.input.overflow
				p.checked = p.tooLong > 0
			}
		}
	}
	return p, nil
}

// pasted replaces the field with a paste: pasting twice must not make 32
// letters. What is wrong with it is said at once.
func (p PasteStep) pasted(content string) PasteStep {
	p.input.set(content)
	p.tooLong = p.input.overflow
	p.checked = true
	return p
}

// submit accepts a valid password and moves on, or says what is wrong. An
// empty field keeps a password pasted earlier, so coming back costs nothing.
func (p PasteStep) submit() (Step, tea.Cmd) {
	if p.input.value() == "" && p.s.Answers.Password != "" {
		return p, Next
	}
	p.checked = true
	if p.tooLong > 0 {
		return p, nil
	}
	pw, problem := gmail.NormalizeAppPassword(p.input.value())
	if problem != gmail.AppPasswordOK {
		return p, nil
	}
	p.s.Answers.SetPassword(pw)
	return p, Next
}

// letters is "16 letters", singular where it must be.
func (p PasteStep) letters(n int) string {
	if n == 1 {
		return p.s.T("paste.letters.one")
	}
	return p.s.T("paste.letters.other", n)
}

// status is the line under the field: the letter count while all is well,
// or what is wrong once the person has pasted or pressed enter. It never
// contains the password.
func (p PasteStep) status() string {
	st := p.s.Styles
	v := p.input.value()
	if v == "" && p.s.Answers.Password != "" && !p.checked {
		return st.Subtle.Render(p.s.T("paste.keep"))
	}
	if p.tooLong > 0 {
		return st.Error.Render(p.s.T("paste.err.tooLong", p.tooLong))
	}
	pw, problem := gmail.NormalizeAppPassword(v)
	n := len(pw)
	switch problem {
	case gmail.AppPasswordOK:
		return st.OK.Render(p.s.T("paste.ok", p.letters(n)))
	case gmail.AppPasswordEmpty:
		if p.checked {
			return st.Error.Render(p.s.T("paste.err.empty"))
		}
		return ""
	case gmail.AppPasswordTooFew:
		if !p.checked {
			return st.Subtle.Render(p.letters(n))
		}
		if missing := gmail.AppPasswordLen - n; missing > 1 {
			return st.Error.Render(p.s.T("paste.err.missing.other", p.letters(n), missing))
		}
		return st.Error.Render(p.s.T("paste.err.missing.one", p.letters(n)))
	case gmail.AppPasswordTooMany:
		if !p.checked {
			return st.Subtle.Render(p.letters(n))
		}
		return st.Error.Render(p.s.T("paste.err.tooMany", p.letters(n)))
	case gmail.AppPasswordNotLetters:
		if p.checked {
			return st.Error.Render(p.s.T("paste.err.notLetters"))
		}
	}
	return ""
}

// View shows the masked field, whether it is hidden, and the status.
func (p PasteStep) View() string {
	s := p.s
	hint := s.T("paste.hidden")
	if p.revealed {
		hint = s.T("paste.shown")
	}
	field := p.input.view(p.s, p.revealed) + "\n" + s.Styles.Subtle.Render(hint)
	return s.paragraphs(s.T("paste.intro"), field, p.status())
}

// Keys are enter and reveal.
func (p PasteStep) Keys() []key.Binding {
	return []key.Binding{p.keys.Continue, p.keys.Reveal}
}

// CapturesText is true: the field takes every letter, so q types a q.
func (p PasteStep) CapturesText() bool { return true }

// CapturesEsc is false: esc goes back to the app-password step.
func (p PasteStep) CapturesEsc() bool { return false }

// secretField is the password field: paste, type, delete. It has no cursor
// to move, so what it masks is always the whole value, and it never drops
// text silently: what goes past pasteCharLimit is counted in overflow.
type secretField struct {
	runes    []rune
	overflow int // the length that was attempted, once past the limit
}

func (f secretField) value() string { return string(f.runes) }

// set replaces the value with pasted text, cleaned of escape sequences and
// control characters so that revealing it cannot disturb the terminal.
func (f *secretField) set(text string) {
	clean := []rune(safetext.Clean(text))
	f.overflow = 0
	if len(clean) > pasteCharLimit {
		f.overflow = len(clean)
		clean = clean[:pasteCharLimit]
	}
	f.runes = clean
}

// key edits the field; it reports whether the value changed.
func (f *secretField) key(k tea.KeyPressMsg) bool {
	switch k.String() {
	case "backspace", "ctrl+h":
		if len(f.runes) == 0 {
			return false
		}
		f.runes = f.runes[:len(f.runes)-1]
		f.overflow = 0
		return true
	case "ctrl+u", "ctrl+w", "ctrl+backspace", "alt+backspace":
		if len(f.runes) == 0 {
			return false
		}
		f.runes, f.overflow = nil, 0
		return true
	}
	typed := safetext.Clean(k.Text)
	if typed == "" {
		return false
	}
	if n := len(f.runes) + utf8.RuneCountInString(typed); n > pasteCharLimit {
		f.overflow = n
		return true
	}
	f.runes = append(f.runes, []rune(typed)...)
	return true
}

// view draws the field: one dot per character unless revealed, the tail
// kept in sight when it is wider than the screen.
func (f secretField) view(s *Shared, revealed bool) string {
	const prompt = "› "
	if len(f.runes) == 0 {
		return prompt + s.Styles.Subtle.Render("xxxx xxxx xxxx xxxx")
	}
	shown := strings.Repeat("•", len(f.runes))
	if revealed {
		shown = string(f.runes)
	}
	room := max(stepWidth(s)-4, 8)
	if r := []rune(shown); len(r) > room {
		shown = "…" + string(r[len(r)-room+1:])
	}
	return prompt + shown + "▏"
}
