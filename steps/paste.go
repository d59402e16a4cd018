package steps

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"gmailsetup/internal/gmail"
	"gmailsetup/internal/guide"
	"gmailsetup/internal/safetext"
)

// pasteCharLimit is the guide's: the field would cut anything longer
// without a word, so a longer paste is refused whole, and said so, before
// it reaches the field.
const pasteCharLimit = guide.PasteCharLimit

// floodKeys is how many typed keys a person may plausibly type on this
// step (dozens of tries at 16 letters); more is a paste typed as keys.
const floodKeys = 4 * pasteCharLimit

// PasteStep is the guide's step 9, first half: paste the app password. The
// field is masked; the person can reveal it. What was pasted is checked and
// explained, then normalised to 16 lowercase letters. Its methods take a
// pointer so that Enter can empty and hide the field before it is drawn.
type PasteStep struct {
	s        *Shared
	input    textinput.Model
	revealed bool
	tooLong  int  // how many characters a refused paste had; 0 when none
	checked  bool // show what is wrong (after a paste or enter), not while typing
	// refused is set when enter refused the text, until it is edited: the
	// next text typed or pasted replaces it.
	refused bool
	// typed counts the keys that typed text since the step was entered.
	// Past floodKeys it is a flood (a huge paste the terminal types as
	// keys, its line ends as enters), and a refusal no longer empties the
	// field: it fills to the limit and the rest is refused at once, as
	// before, so the flood cannot freeze the screen (issue 10, item 9).
	typed int
	// askedClipboard is set by ctrl+v until the terminal answers; a reply
	// nobody asked for is dropped.
	askedClipboard bool
	keys           pasteKeys
}

type pasteKeys struct {
	Continue, Reveal key.Binding
}

func init() { register(guide.Paste, NewPaste) }

// NewPaste builds the paste step.
func NewPaste(s *Shared) Step {
	p := &PasteStep{
		s:     s,
		input: newField(s, "› ", s.T("lastmile.paste.placeholder"), pasteCharLimit),
		keys: pasteKeys{
			Continue: continueKey(s),
			// A text field takes letters, so reveal needs a key that types
			// nothing: ctrl+r, or tab.
			Reveal: key.NewBinding(key.WithKeys("ctrl+r", "tab"), key.WithHelp(s.keyName("ctrl+r"), s.T("key.reveal"))),
		},
	}
	p.input.EchoCharacter = '•'
	p.reset()
	return p
}

// ID is Paste.
func (p *PasteStep) ID() guide.ID { return guide.Paste }

// Title names the step.

// Enter empties the field and hides it again, at once: a paste never lands
// after an old one, and a password revealed earlier is not drawn again.
func (p *PasteStep) Enter() tea.Cmd {
	p.reset()
	return p.input.Focus()
}

func (p *PasteStep) reset() {
	p.input.Reset()
	p.setRevealed(false)
	p.tooLong, p.checked, p.askedClipboard, p.refused, p.typed = 0, false, false, false, 0
	p.fit()
}

// fit sizes and dresses the field for the screen as it is now.
func (p *PasteStep) fit() { fitField(&p.input, p.s.Styles, guide.Width(p.s.Width)) }

func (p *PasteStep) setRevealed(on bool) {
	p.revealed = on
	p.input.EchoMode = p.echo()
}

// echo is how the field shows its text: revealed, as it is; hidden, one
// dot per character, so that typing is seen to work, and the line under
// the field says at once when the text cannot be an app password.
func (p *PasteStep) echo() textinput.EchoMode {
	if p.revealed {
		return textinput.EchoNormal
	}
	return textinput.EchoPassword
}

// Update takes pastes and typing, reveal, and enter.
func (p *PasteStep) Update(msg tea.Msg) (Step, tea.Cmd) {
	fitWidth(&p.input, guide.Width(p.s.Width))
	switch msg := msg.(type) {
	case tea.PasteMsg:
		p.askedClipboard = false
		p.pasted(msg.Content)
	case tea.ClipboardMsg:
		if p.askedClipboard && msg.Content != "" {
			p.askedClipboard = false
			p.pasted(msg.Content)
		}
	case tea.KeyPressMsg:
		switch {
		case msg.String() == "ctrl+v":
			// The terminal sent ctrl+v as a key instead of pasting: ask it
			// for the clipboard (OSC 52). Terminals that refuse say nothing,
			// and the intro names the other ways to paste. The field's own
			// ctrl+v is off (see newField), so nothing goes in twice.
			p.askedClipboard = true
			return p, tea.ReadClipboard
		case key.Matches(msg, p.keys.Reveal):
			p.setRevealed(!p.revealed)
		case key.Matches(msg, p.keys.Continue):
			return p.submit()
		default:
			return p, p.edit(msg)
		}
	}
	p.input.EchoMode = p.echo() // the mask follows the text
	return p, nil
}

// secretText keeps what can be part of an app password, or shows it is
// not one: Google's spaces, a paste's newline and invisible format marks
// go. So the mask has one dot per letter, the count the line below says
// anyway, and never hints at anything more.
func secretText(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r) {
			return -1
		}
		return r
	}, s)
}

// pasted replaces the field with a paste: pasting twice must not make 32
// letters. What is wrong with it is said at once. The text is cleaned of
// escape sequences, so that revealing it cannot disturb the terminal.
func (p *PasteStep) pasted(content string) {
	clean := safetext.Clean(content)
	p.checked, p.refused = true, false
	p.tooLong = 0
	if n := utf8.RuneCountInString(clean); n > pasteCharLimit {
		p.tooLong = n
		p.input.Reset()
		return
	}
	p.input.SetValue(secretText(clean))
	p.input.CursorEnd()
}

// edit hands an editing key to the field. Typed text is filtered like a
// paste; typing past the limit is refused and said, not cut silently.
func (p *PasteStep) edit(k tea.KeyPressMsg) tea.Cmd {
	var cmd tea.Cmd
	if k.Text != "" && k.Mod&(tea.ModCtrl|tea.ModAlt) == 0 {
		typed := secretText(safetext.Clean(k.Text))
		if typed == "" {
			return nil // a space: not part of the password
		}
		p.typed++
		if p.refused && p.typed <= floodKeys {
			// What enter refused is not kept under the next try: a paste
			// the terminal types as keys ("demo…") would otherwise land
			// after it ("abc1demo…"). Editing keys still edit it.
			p.input.Reset()
		}
		p.refused = false
		if n := utf8.RuneCountInString(p.input.Value()) + utf8.RuneCountInString(typed); n > pasteCharLimit {
			// Refused, and the text is unchanged: nothing else to do, which
			// keeps a paste the terminal did not bracket (thousands of keys)
			// from freezing the screen (issue 10, item 9).
			p.tooLong, p.checked = n, true
			return nil
		}
		p.input, cmd = p.input.Update(tea.PasteMsg{Content: typed})
		p.tooLong, p.checked = 0, false
		p.input.EchoMode = p.echo()
		return cmd
	}
	before := p.input.Value()
	p.input, cmd = p.input.Update(k)
	if p.input.Value() != before {
		p.tooLong, p.checked, p.refused = 0, false, false
		p.input.EchoMode = p.echo()
	}
	return cmd
}

// submit accepts a valid password and moves on, or says what is wrong. An
// empty field keeps a password pasted earlier, so coming back costs nothing.
func (p *PasteStep) submit() (Step, tea.Cmd) {
	if p.input.Value() == "" && p.tooLong == 0 && p.s.Answers.Password() != "" {
		return p, p.s.Next()
	}
	p.checked = true
	if p.tooLong > 0 {
		return p, nil
	}
	pw, problem := gmail.NormalizeAppPassword(p.input.Value())
	if problem != gmail.AppPasswordOK {
		p.refused = true
		return p, nil
	}
	p.s.Answers.SetPassword(pw)
	p.setRevealed(false)
	return p, p.s.Next()
}

// status is the line under the field: the letter count while all is well,
// or, once the person has pasted or pressed enter, what the guide says is
// wrong. It never contains the password.
func (p *PasteStep) status() string {
	st := p.s.Styles
	v := p.input.Value()
	if v == "" && p.s.Answers.Password() != "" && !p.checked {
		return st.Subtle.Render(p.s.T("paste.keep"))
	}
	if p.tooLong > 0 {
		return st.Error.Render(p.s.T("paste.err.tooLong", p.tooLong))
	}
	pw, problem := guide.AppPasswordProblem(v)
	_, raw := gmail.NormalizeAppPassword(v)
	switch {
	case problem.IsZero():
		return st.OK.Render(p.s.T("paste.ok", p.s.Say(guide.Letters(len(pw)))))
	case p.checked || raw == gmail.AppPasswordNotLetters:
		// Text no app password can be (a digit, a symbol) is said at once,
		// while typing too: the dots alone would not tell.
		return st.Error.Render(p.s.Say(problem))
	}
	// Still typing: the count.
	if raw == gmail.AppPasswordTooFew || raw == gmail.AppPasswordTooMany {
		return st.Subtle.Render(p.s.Say(guide.Letters(len(pw))))
	}
	return ""
}

// View shows the masked field, whether it is hidden, and the status.
func (p *PasteStep) View() string {
	s := p.s
	hint := s.T("paste.hidden")
	if p.revealed {
		hint = s.T("paste.shown")
	}
	in := p.input
	fitField(&in, s.Styles, guide.Width(s.Width)) // the window may have changed since Update
	if s.Answers.Password() != "" {
		// One is kept, as the line below says: an empty-looking field
		// with Google's pattern in grey would say the opposite.
		in.Placeholder = ""
	}
	field := in.View() + "\n" + s.Styles.Subtle.Render(hint)
	return s.paragraphs(s.T("paste.intro"), field, p.status())
}

// Keys are enter and reveal.
func (p *PasteStep) Keys() []key.Binding {
	return []key.Binding{p.keys.Continue, p.keys.Reveal}
}

// CapturesText is true: the field takes every letter, so q types a q.
func (p *PasteStep) CapturesText() bool { return true }

// CapturesEsc is false: esc goes back to the app-password step.
func (p *PasteStep) CapturesEsc() bool { return false }
