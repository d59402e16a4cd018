package steps

import (
	"context"
	"sync"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// recOpener stands in for the browser: it records the URLs the steps ask
// it to open, and fails with err when set.
type recOpener struct {
	mu   sync.Mutex
	urls []string
	err  error
}

func (o *recOpener) Open(_ context.Context, url string) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.urls = append(o.urls, url)
	return o.err
}

func (o *recOpener) opened() []string {
	o.mu.Lock()
	defer o.mu.Unlock()
	return append([]string(nil), o.urls...)
}

// drain runs cmd and every command batched in it, returning the messages.
// Only for commands that do not block.
func drain(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	if batch, ok := msg.(tea.BatchMsg); ok {
		var out []tea.Msg
		for _, c := range batch {
			out = append(out, drain(c)...)
		}
		return out
	}
	if msg == nil {
		return nil
	}
	return []tea.Msg{msg}
}

// view is what a step shows, without colours.
func view(st Step) string { return ansi.Strip(st.View()) }
