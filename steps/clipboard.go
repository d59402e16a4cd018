package steps

import (
	"context"

	tea "charm.land/bubbletea/v2"
)

// A copy key sends the text two ways: through the terminal (OSC 52, which
// reaches the person's own machine over SSH and tmux, but which no
// terminal confirms and GNOME Terminal refuses), and to the system
// clipboard, which is read back. The screen says "copied" only for the
// second; otherwise it says the copy could not be vouched for and how to
// get the text.

// ClipState is the last copy to the system clipboard: Seq counts copies,
// so a late answer to an older one is ignored.
type ClipState struct {
	Seq  int
	Done bool // the answer for Seq has come
	OK   bool // and the text is on the system clipboard
}

// ClipboardDoneMsg answers copy number Seq: Err is nil when the system
// clipboard holds the text.
type ClipboardDoneMsg struct {
	Seq int
	Err error
}

// Copy returns the command that copies text both ways, and starts a new
// ClipState. Call it from Update only.
func (s *Shared) Copy(text string) tea.Cmd {
	s.Clip = ClipState{Seq: s.Clip.Seq + 1}
	seq, clip, ctx := s.Clip.Seq, s.Deps.Clipboard, s.ctx()
	system := func() tea.Msg {
		if clip == nil {
			return ClipboardDoneMsg{Seq: seq, Err: errNoClipboard}
		}
		return ClipboardDoneMsg{Seq: seq, Err: clip.Copy(ctx, text)}
	}
	return tea.Batch(tea.SetClipboard(text), system)
}

// Copied records the answer to a copy; it reports whether msg was the
// answer to the last one.
func (s *Shared) Copied(msg ClipboardDoneMsg) bool {
	if msg.Seq != s.Clip.Seq {
		return false
	}
	s.Clip.Done, s.Clip.OK = true, msg.Err == nil
	return true
}

// ClearClipboard empties the system clipboard of secret, if it still holds
// it, and through the terminal: the command to run as the wizard ends.
// Call it from Update only.
func (s *Shared) ClearClipboard(secret string) tea.Cmd {
	clip, ctx := s.Deps.Clipboard, s.ctx()
	return tea.Sequence(tea.SetClipboard(""), func() tea.Msg {
		if clip != nil {
			_, _ = clip.Clear(ctx, secret)
		}
		return nil
	})
}

// ClearSystemClipboard is ClearClipboard's system half, for main once the
// program has stopped (a signal came before the wizard could do it).
func (s *Shared) ClearSystemClipboard(ctx context.Context, secret string) {
	if s.Deps.Clipboard != nil {
		_, _ = s.Deps.Clipboard.Clear(ctx, secret)
	}
}

// errNoClipboard is the answer when there is no system clipboard to try.
var errNoClipboard = clipboardError("no system clipboard")

type clipboardError string

func (e clipboardError) Error() string { return string(e) }
