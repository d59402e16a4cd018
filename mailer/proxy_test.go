package mailer_test

import (
	"net"
	"sync"
	"testing"
	"time"
)

// delayProxy forwards loopback TCP connections to a target, holding every
// chunk of data for delay in each direction, so a round trip costs twice
// delay, as on a real network.
//
// It also counts round trips. A round trip is a time the client had to
// wait for the server: the proxy counts a "turn" whenever data comes from
// the server after the last data seen came from the client, or is the
// first data on the connection (a greeting the client waits for). Data the
// client sends back to back, however many writes, is one turn, and so are
// the server's replies to it. The TCP handshake cannot be seen from user
// space (the kernel completes it before Accept), so it is added as one
// round trip per connection; it is not delayed either.
type delayProxy struct {
	l      net.Listener
	target string
	delay  time.Duration

	mu    sync.Mutex
	turns int
	wg    sync.WaitGroup
}

func newDelayProxy(t testing.TB, target string, delay time.Duration) *delayProxy {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &delayProxy{l: l, target: target, delay: delay}
	p.wg.Add(1)
	go p.serve()
	t.Cleanup(func() {
		l.Close()
		p.wg.Wait()
	})
	return p
}

func (p *delayProxy) Addr() string { return p.l.Addr().String() }

// Turns returns the round trips counted so far and starts again from zero.
func (p *delayProxy) Turns() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	n := p.turns
	p.turns = 0
	return n
}

func (p *delayProxy) serve() {
	defer p.wg.Done()
	for {
		c, err := p.l.Accept()
		if err != nil {
			return
		}
		s, err := net.Dial("tcp", p.target)
		if err != nil {
			c.Close()
			continue
		}
		p.mu.Lock()
		p.turns++ // the TCP handshake
		p.mu.Unlock()
		st := &turnState{fromServer: false, first: true}
		p.wg.Add(2)
		go p.pipe(c, s, st, false)
		go p.pipe(s, c, st, true)
	}
}

// turnState is which side spoke last on one connection.
type turnState struct {
	mu         sync.Mutex
	fromServer bool
	first      bool
}

type chunk struct {
	data []byte
	due  time.Time
}

// pipe copies src to dst, each chunk delayed. A reader and a writer
// goroutine keep the delay from limiting throughput.
func (p *delayProxy) pipe(src, dst net.Conn, st *turnState, fromServer bool) {
	defer p.wg.Done()
	q := make(chan chunk, 1024)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for c := range q {
			time.Sleep(time.Until(c.due))
			if _, err := dst.Write(c.data); err != nil {
				break
			}
		}
		for range q { // drain after a write error
		}
	}()
	buf := make([]byte, 32<<10)
	for {
		n, err := src.Read(buf)
		if n > 0 {
			st.mu.Lock()
			if fromServer && (!st.fromServer || st.first) {
				p.mu.Lock()
				p.turns++
				p.mu.Unlock()
			}
			st.fromServer, st.first = fromServer, false
			st.mu.Unlock()
			q <- chunk{append([]byte(nil), buf[:n]...), time.Now().Add(p.delay)}
		}
		if err != nil {
			break
		}
	}
	close(q)
	<-done
	// One side is finished: end both, as neither protocol half-closes.
	src.Close()
	dst.Close()
}
