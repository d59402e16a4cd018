package plain

import (
	"bufio"
	"context"
	"errors"
	"io"
	"strings"
	"sync"

	"gmailsetup/internal/safetext"
)

// How a run stops before its end.
var (
	// errStop is the end of the input: the person closed it (ctrl+d) or
	// a script ran out of answers.
	errStop = errors.New("accessible: input ended")
	// errInterrupted is ctrl+c while the terminal's echo was off.
	errInterrupted = errors.New("accessible: interrupted")
)

// errBack and errQuit are the answers "b" and "q", which every question
// takes (the introduction says so once): back to the previous step, or
// stop. No answer plain mode asks for is one of these letters alone.
var (
	errBack = errors.New("plain: back")
	errQuit = errors.New("plain: quit")
)

// command is the error an answer of b or q stands for, or nil.
func command(ans string) error {
	switch strings.ToLower(strings.TrimSpace(ans)) {
	case "b":
		return errBack
	case "q":
		return errQuit
	}
	return nil
}

// printer writes whole lines. Every line goes through safetext.Clean, so
// nothing printed, not even a server's reply or a pasted address, can move
// the cursor or colour the text. It is safe for the mailer's progress
// callback, which runs on another goroutine.
type printer struct {
	mu sync.Mutex
	w  io.Writer
}

// line prints s; a text holding newlines becomes several lines.
func (p *printer) line(s string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for part := range strings.SplitSeq(s, "\n") {
		io.WriteString(p.w, strings.TrimRight(safetext.Clean(part), " ")+"\n")
	}
}

// blank separates one step from the next, for people who read the
// transcript afterwards; a screen reader skips it.
func (p *printer) blank() {
	p.mu.Lock()
	defer p.mu.Unlock()
	io.WriteString(p.w, "\n")
}

// input reads answers line by line. The reading happens on its own
// goroutine, so a canceled run (ctrl+c, main's root context) stops waiting
// at once; the goroutine ends with the input.
type input struct {
	r     *bufio.Reader
	tty   *ttyIn // nil when In is not a terminal
	lines chan lineOrErr
	want  chan struct{}
	// pending is a read started and not waited for to the end: its line
	// goes to the next read.
	pending bool
}

type lineOrErr struct {
	s   string
	err error
}

func newInput(in io.Reader) *input {
	return &input{r: bufio.NewReader(in), tty: terminalIn(in), lines: make(chan lineOrErr), want: make(chan struct{})}
}

// line reads one answer without its line ending. A last line without a
// newline still counts; nothing at all is errStop; a canceled ctx is
// errInterrupted.
func (in *input) line(ctx context.Context) (string, error) {
	if ctx.Err() != nil {
		return "", errInterrupted
	}
	in.read()
	var got lineOrErr
	select {
	case got = <-in.lines:
	case <-ctx.Done():
		close(in.want) // the reader gives up its line when it gets one
		return "", errInterrupted
	}
	return in.got(ctx, got)
}

// read starts reading the next line, unless a read is already under way
// (a step stopped waiting for it, invoicing.go): that one's line is the
// next.
func (in *input) read() {
	if in.pending {
		in.pending = false
		return
	}
	go func() {
		s, err := in.r.ReadString('\n')
		select {
		case in.lines <- lineOrErr{s, err}:
		case <-in.want:
		}
	}()
}

// got is a line read, as line returns it.
func (in *input) got(ctx context.Context, got lineOrErr) (string, error) {
	s, err := got.s, got.err
	if err != nil && ctx.Err() != nil {
		// ctrl+c and the end of the input arrived together: the select
		// above may pick either, and the interrupt is what happened.
		return "", errInterrupted
	}
	if err != nil && (s == "" || !errors.Is(err, io.EOF)) {
		if errors.Is(err, io.EOF) {
			return "", errStop
		}
		return "", err
	}
	s = strings.TrimRight(s, "\r\n")
	if cmd := command(s); cmd != nil {
		return "", cmd
	}
	return s, nil
}

// secret reads the app password: without echo from a terminal, as a plain
// line otherwise. Text already typed ahead into the buffer was echoed
// anyway, so it is taken from there rather than lost.
func (in *input) secret(ctx context.Context) (s string, echoOff bool, err error) {
	if in.tty == nil || in.r.Buffered() > 0 {
		s, err := in.line(ctx)
		return s, false, err
	}
	s, err = in.tty.readPassword(ctx)
	if cmd := command(s); err == nil && cmd != nil {
		return "", true, cmd
	}
	return s, true, err
}
