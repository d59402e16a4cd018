package steps

import (
	"fmt"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"gmailsetup/internal/gmail/links"
	"gmailsetup/internal/guide"
)

// twoSVItems are the guide's pages for turning 2-Step Verification on, in
// order: the person ticks each one as they do it on Google's page.
var twoSVItems = guide.Prompts[guide.TwoSVEnable].Options

type twoSVEnableKeys struct {
	Up, Down, Toggle, Continue, Already, Open key.Binding
}

// twoSVEnable is step 4, the guide's "Lanciare la Verifica in due passaggi"
// and its three pages, as a checklist. Its methods take a pointer because
// Enter records that the page was opened.
type twoSVEnable struct {
	s      *Shared
	keys   twoSVEnableKeys
	done   []bool
	cursor int
	// missing is set by enter with items unticked, to say which are left.
	missing bool

	page page
}

func init() { register(guide.TwoSVEnable, NewTwoSVEnable) }

// NewTwoSVEnable builds the checklist for turning 2-Step Verification on.
func NewTwoSVEnable(s *Shared) Step {
	return &twoSVEnable{
		s: s,
		keys: twoSVEnableKeys{
			Up:       key.NewBinding(key.WithKeys("up", "k")),
			Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↑/↓", s.T("key.move"))),
			Toggle:   key.NewBinding(key.WithKeys("space", "x"), key.WithHelp(s.keyName("space"), s.T("key.toggle"))),
			Continue: continueKey(s),
			Already:  key.NewBinding(key.WithKeys("a"), key.WithHelp("a", s.T("twosv.enable.key.already"))),
			Open:     openKey(s),
		},
		done: make([]bool, len(twoSVItems)),
	}
}

func (a *twoSVEnable) ID() guide.ID       { return guide.TwoSVEnable }
func (a *twoSVEnable) CapturesText() bool { return false }
func (a *twoSVEnable) CapturesEsc() bool  { return false }

func (a *twoSVEnable) Keys() []key.Binding {
	k := a.keys
	return []key.Binding{k.Down, k.Toggle, k.Continue, k.Already, k.Open}
}

func (a *twoSVEnable) url() string { return links.TwoStepVerification(a.page.email) }

// CurrentURL is the 2-Step Verification page, for the wizard's copy and QR keys.
func (a *twoSVEnable) CurrentURL() string { return a.url() }

// Enter opens the page the first time, and again only for a new address.
func (a *twoSVEnable) Enter() tea.Cmd {
	cmd, _ := a.page.enter(a.s, links.TwoStepVerification)
	return cmd
}

func (a *twoSVEnable) Update(msg tea.Msg) (Step, tea.Cmd) {
	switch msg := msg.(type) {
	case LinkOpenedMsg:
		a.page.state = a.page.state.next(a.url(), msg)
	case tea.KeyPressMsg:
		k := a.keys
		switch {
		case key.Matches(msg, k.Up):
			a.cursor = (a.cursor + len(a.done) - 1) % len(a.done)
		case key.Matches(msg, k.Down):
			a.cursor = (a.cursor + 1) % len(a.done)
		case key.Matches(msg, k.Toggle):
			a.done[a.cursor] = !a.done[a.cursor]
			// Ticking moves on to the next page, as the person does.
			if a.done[a.cursor] && a.cursor < len(a.done)-1 {
				a.cursor++
			}
		case key.Matches(msg, k.Open):
			return a, a.page.open(a.s, a.url())
		case key.Matches(msg, k.Already):
			a.s.Answers.SetTwoSV(guide.TwoSVOn)
			return a, a.s.Next()
		case key.Matches(msg, k.Continue):
			if len(a.left()) > 0 {
				a.missing = true
				return a, nil
			}
			a.s.Answers.SetTwoSV(guide.TwoSVOn)
			return a, a.s.Next()
		}
	}
	return a, nil
}

// left lists the numbers of the unticked items, counting from 1.
func (a *twoSVEnable) left() []string {
	var out []string
	for i, d := range a.done {
		if !d {
			out = append(out, strconv.Itoa(i+1))
		}
	}
	return out
}

func (a *twoSVEnable) View() string {
	s := a.s
	width := guide.Width(s.Width)
	var list strings.Builder
	for i, item := range twoSVItems {
		marker, style := "  ", s.Styles.Body
		if i == a.cursor {
			marker, style = "› ", s.Styles.Selected
		}
		box := "[ ]"
		if a.done[i] {
			box = "[" + s.Styles.OK.Render("x") + "]"
		}
		number := fmt.Sprintf(" %d. ", i+1)
		indent := lipgloss.Width(marker) + 3 + lipgloss.Width(number)
		// Styled line by line: a multi-line Render would pad every line
		// to the longest one.
		lines := strings.Split(s.wrapped(s.T(item), max(width-indent, 10), false), "\n")
		for j, line := range lines {
			if i > 0 || j > 0 {
				list.WriteByte('\n')
			}
			if j == 0 {
				list.WriteString(style.Render(marker) + box + style.Render(number+line))
			} else {
				list.WriteString(strings.Repeat(" ", indent) + style.Render(line))
			}
		}
	}
	blocks := []string{
		s.T("twosv.enable.intro") + "\n" + linkLines(s, a.url(), a.page.state),
		list.String(),
	}
	// The mail note and the next step share a paragraph, to fit 24 rows.
	next := s.Styles.Emphasis.Render(s.T("twosv.enable.next"))
	if left := a.left(); len(left) == 0 {
		next = s.Styles.Emphasis.Render(s.T("twosv.enable.allDone"))
	} else if a.missing {
		next = s.Styles.Warn.Render(s.T("twosv.enable.left", strings.Join(left, ", ")))
	}
	blocks = append(blocks, s.Styles.Subtle.Render(s.T("twosv.enable.mail"))+"\n"+next)
	return s.paragraphs(blocks...)
}
