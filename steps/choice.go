package steps

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
)

// Choice is a short vertical menu: up/down (or j/k) move, enter or the
// option's number picks. Steps embed it for answers such as On / Off /
// can't find it.
type Choice struct {
	Options []string
	Cursor  int
	keys    choiceKeys
}

type choiceKeys struct {
	Up, Down, Pick key.Binding
}

// NewChoice builds a menu with its keymap in the person's language.
func NewChoice(s *Shared, options ...string) Choice {
	return Choice{
		Options: options,
		keys: choiceKeys{
			Up:   key.NewBinding(key.WithKeys("up", "k")),
			Down: key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↑/↓", s.T("key.move"))),
			Pick: key.NewBinding(key.WithKeys("enter"), key.WithHelp(s.keyName("enter"), s.T("key.select"))),
		},
	}
}

// newPromptChoice is the menu of step id's question, as the guide lists it.
func newPromptChoice(s *Shared, id guide.ID) Choice {
	return newMenu(s, guide.Prompts[id].Options)
}

// Menu is one of the guide's menus on screen: its options, in its order;
// what a pick does is the option's (guide.Option.Act), not the step's.
type Menu struct {
	Choice
	opts []guide.Option
}

// newGuideMenu shows the guide's menu opts.
func newGuideMenu(s *Shared, opts []guide.Option) Menu {
	return Menu{Choice: newMenu(s, guide.Keys(opts)), opts: opts}
}

// Pick moves the cursor or picks: ok says an option was picked.
func (m Menu) Pick(msg tea.Msg) (Menu, guide.Option, bool) {
	var i int
	m.Choice, i = m.Choice.Update(msg)
	if i < 0 {
		return m, guide.Option{}, false
	}
	return m, m.opts[i], true
}

// newMenu is a menu of the guide's options.
func newMenu(s *Shared, keys []i18n.Key) Choice {
	texts := make([]string, len(keys))
	for i, k := range keys {
		texts[i] = s.T(k)
	}
	return NewChoice(s, texts...)
}

// Update moves the cursor or picks. It returns the picked index, or -1.
func (c Choice) Update(msg tea.Msg) (Choice, int) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return c, -1
	}
	switch {
	case key.Matches(k, c.keys.Up):
		c.Cursor = (c.Cursor + len(c.Options) - 1) % len(c.Options)
	case key.Matches(k, c.keys.Down):
		c.Cursor = (c.Cursor + 1) % len(c.Options)
	case key.Matches(k, c.keys.Pick):
		return c, c.Cursor
	default:
		if len(k.Text) == 1 && k.Text[0] >= '1' && int(k.Text[0]-'1') < len(c.Options) {
			c.Cursor = int(k.Text[0] - '1')
			return c, c.Cursor
		}
	}
	return c, -1
}

// Keys are the menu's bindings for the help line.
func (c Choice) Keys() []key.Binding { return []key.Binding{c.keys.Down, c.keys.Pick} }

// View renders the options, numbered, the current one marked. Long options
// wrap under their own text, not under the number.
func (c Choice) View(s *Shared) string {
	width := guide.Width(s.Width)
	var b strings.Builder
	for i, opt := range c.Options {
		marker, style := "  ", s.Styles.Body
		if i == c.Cursor {
			marker, style = "› ", s.Styles.Selected
		}
		prefix := fmt.Sprintf("%s%d. ", marker, i+1)
		text := s.wrapped(opt, max(width-lipgloss.Width(prefix), 10), false)
		text = strings.ReplaceAll(text, "\n", "\n"+strings.Repeat(" ", lipgloss.Width(prefix)))
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(style.Render(prefix + text))
	}
	return b.String()
}
