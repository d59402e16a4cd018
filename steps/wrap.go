package steps

import (
	"regexp"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"gmailsetup/internal/guide"
)

// paragraphs joins blocks with blank lines and wraps each to the width, so
// long Italian sentences reflow instead of breaking the layout.
func (s *Shared) paragraphs(blocks ...string) string {
	w := s.width()
	out := make([]string, 0, len(blocks))
	for _, b := range blocks {
		if b == "" {
			continue
		}
		out = append(out, s.wrapped(b, w, false))
	}
	return strings.Join(out, "\n\n")
}

func (s *Shared) width() int { return guide.Width(s.Width) }

// wrapKey names one wrapped text.
type wrapKey struct {
	text  string
	width int
	hard  bool
}

// maxWrapped bounds the memo: a screen has a few dozen blocks, and a resize
// or a new step makes new ones.
const maxWrapped = 512

// wrapped is text wrapped to width: at word boundaries, or hard at the
// width (for URLs). The same texts are drawn after every key and spinner
// tick, and wrapping is most of a frame's cost, so results are remembered.
// The memo only ever holds what the same inputs produce, so it changes no
// output: View stays a function of the state.
func (s *Shared) wrapped(text string, width int, hard bool) string {
	k := wrapKey{text, width, hard}
	if out, ok := s.wrapMemo[k]; ok {
		return out
	}
	var out string
	if hard {
		out = ansi.Hardwrap(text, width, false)
	} else {
		out = softWrap(text, width)
	}
	if s.wrapMemo == nil || len(s.wrapMemo) >= maxWrapped {
		s.wrapMemo = make(map[wrapKey]string, 64)
	}
	s.wrapMemo[k] = out
	return out
}

// commandSpan is a gmailsetup command as the texts quote it, with its
// subcommand, arguments and flags: one unit that a line break would make
// unpasteable ("gmailsetup" at the end of one line, "password --force" on
// the next).
var commandSpan = regexp.MustCompile(`gmailsetup(?: (?:password|token|rotate|forget|status|test|export|setup|send|credential|get|msmtp|git|env|netrc|--[a-z][a-z-]*(?:=[^\s]+)?))+`)

// Non-breaking forms of the space and the hyphen, which the wrapper keeps
// on one line, and which softWrap turns back before drawing.
const (
	nbsp    = "\u00a0"
	nbHyphn = "\u2011"
)

// softWrap wraps text to width at spaces only: never after a hyphen (a
// folder named gmailsetup-demo-1102624722, "D-Bus"), never inside a
// gmailsetup command. A word wider than the line still breaks, as it must.
func softWrap(text string, width int) string {
	text = commandSpan.ReplaceAllStringFunc(text, func(cmd string) string {
		return strings.ReplaceAll(cmd, " ", nbsp)
	})
	text = strings.ReplaceAll(text, "-", nbHyphn)
	out := lipgloss.Wrap(text, width, "")
	return strings.NewReplacer(nbsp, " ", nbHyphn, "-").Replace(out)
}
