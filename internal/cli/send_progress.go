package cli

import (
	"fmt"
	"sync"

	"gmailsetup/internal/guide"
	"gmailsetup/mailer"
)

// largeMail is the size from which send counts bytes on the terminal:
// smaller mails go out before a count could be read.
const largeMail = 1 << 20

// sendProgress shows what send is doing on one terminal line, rewritten
// in place, and stays silent when stdout is not a terminal. The mailer
// calls it from its own goroutines, so it locks.
type sendProgress struct {
	env   *Env
	show  bool
	total int64

	mu      sync.Mutex
	sent    int64
	percent int
	dirty   bool // a line is on screen and must be cleared
}

func newSendProgress(env *Env, total int64) *sendProgress {
	return &sendProgress{env: env, show: env.StdoutTTY, total: total, percent: -1}
}

// phase shows the phase the mailer has started.
func (p *sendProgress) phase(ph mailer.Phase) {
	if !p.show {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if ph == mailer.PhaseSending && p.total >= largeMail {
		p.line(p.env.Cat.T("send.progress", megabytes(p.env.Cat, p.sent), megabytes(p.env.Cat, p.total), max(p.percent, 0)))
		return
	}
	p.line(p.env.Cat.T(guide.SendPhase(ph)))
}

// written is the mailer's BodyProgress: n bytes of the message have gone.
func (p *sendProgress) written(n int64) {
	if !p.show || p.total < largeMail {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.sent = min(n, p.total)
	pct := int(p.sent * 100 / p.total)
	if pct == p.percent {
		return // one redraw per percent is enough for the eye
	}
	p.percent = pct
	p.line(p.env.Cat.T("send.progress", megabytes(p.env.Cat, p.sent), megabytes(p.env.Cat, p.total), pct))
}

// done clears the line, so the result is printed on a clean one.
func (p *sendProgress) done() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.dirty {
		fmt.Fprint(p.env.Stdout, "\r\x1b[K")
		p.dirty = false
	}
}

func (p *sendProgress) line(s string) {
	fmt.Fprint(p.env.Stdout, "\r\x1b[K"+s)
	p.dirty = true
}
