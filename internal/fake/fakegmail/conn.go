package fakegmail

import (
	"bytes"
	"fmt"
	"net"
	"strconv"
	"strings"
	"sync"
	"time"
)

// gmailConn sits between go-smtp and the TLS connection. go-smtp does the
// protocol; gmailConn makes it sound like Gmail by rewriting go-smtp's fixed
// texts (greeting, EHLO capabilities, OK replies) line by line, and watches
// what the client sends so tests can see the commands and any pipelining.
//
// go-smtp reads and writes from one goroutine per connection, so the line
// state needs no lock; only closing can come from elsewhere.
type gmailConn struct {
	net.Conn          // the TLS connection
	raw      net.Conn // the TCP connection under it, for resets
	srv      *Server

	// write side
	wbuf         []byte
	greeted      bool // the first 220 has been handled
	skipGreeting bool // after STARTTLS the client expects no new greeting
	inEHLO       bool // dropping go-smtp's EHLO lines until the last

	// read side
	rbuf       []byte
	dataMode   bool  // between 354 and the final dot
	saslActive bool  // the next client line answers a 334 challenge
	chunkLeft  int64 // bytes of a BDAT chunk still to come, not commands

	closeOnce sync.Once
	closeErr  error
}

func (c *gmailConn) Write(p []byte) (int, error) {
	c.wbuf = append(c.wbuf, p...)
	var out []byte
	closing := false
	for {
		i := bytes.Index(c.wbuf, []byte("\r\n"))
		if i < 0 {
			break
		}
		line := string(c.wbuf[:i])
		c.wbuf = c.wbuf[i+2:]
		for _, l := range c.rewrite(line) {
			out = append(out, l...)
			out = append(out, '\r', '\n')
			if strings.HasPrefix(l, "421 ") {
				closing = true // 421 means the server is closing the channel
			}
		}
	}
	if len(out) > 0 {
		if _, err := c.Conn.Write(out); err != nil {
			return 0, err
		}
	}
	if closing {
		c.Close()
	}
	return len(p), nil
}

// rewrite maps one line written by go-smtp to the lines Gmail would send.
func (c *gmailConn) rewrite(line string) []string {
	code, text := line[:min(3, len(line))], ""
	if len(line) > 4 {
		text = line[4:]
	}
	switch {
	case !c.greeted && code == "220":
		c.greeted = true
		if c.skipGreeting {
			return nil
		}
		switch {
		case c.srv.opts.Reset == StageGreeting:
			c.reset()
			return nil
		case c.srv.opts.Temporary == StageGreeting:
			return []string{"421 4.7.0 " + c.srv.opts.temporary().Message}
		}
		return []string{greeting()}
	case strings.HasPrefix(line, "250-Hello "):
		c.inEHLO = true
		return nil
	case c.inEHLO:
		if strings.HasPrefix(line, "250 ") {
			c.inEHLO = false
			return c.srv.ehloReply(c.RemoteAddr(), true)
		}
		return nil
	case code == "334":
		c.saslActive = true
	case code == "354":
		c.dataMode = true
		return []string{"354  Go ahead " + gsmtpID() + " - gsmtp"}
	case line == "235 2.0.0 Authentication succeeded":
		return []string{"235 2.7.0 Accepted"}
	case strings.HasPrefix(text, "2.0.0 Roger, accepting mail"):
		return []string{"250 2.1.0 OK " + gsmtpID() + " - gsmtp"}
	case strings.HasPrefix(text, "2.0.0 I'll make sure"):
		return []string{"250 2.1.5 OK " + gsmtpID() + " - gsmtp"}
	case line == "250 2.0.0 OK: queued":
		return []string{fmt.Sprintf("250 2.0.0 OK  %d %s - gsmtp", time.Now().Unix(), gsmtpID())}
	case line == "221 2.0.0 Bye":
		return []string{"221 2.0.0 closing connection " + gsmtpID() + " - gsmtp"}
	}
	return []string{line}
}

func (c *gmailConn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	if n > 0 {
		c.observe(p[:n])
	}
	return n, err
}

// observe records the client's commands and counts reads that carry more
// than one command, or a message and a command: the client pipelined them.
// A BDAT chunk counts with its command.
func (c *gmailConn) observe(p []byte) {
	c.rbuf = append(c.rbuf, p...)
	units := 0 // commands and whole messages
	var verbs []string
	for {
		if c.chunkLeft > 0 {
			n := min(c.chunkLeft, int64(len(c.rbuf)))
			c.rbuf = c.rbuf[n:]
			c.chunkLeft -= n
			if c.chunkLeft > 0 {
				break
			}
			continue
		}
		i := bytes.Index(c.rbuf, []byte("\r\n"))
		if i < 0 {
			break
		}
		line := string(c.rbuf[:i])
		c.rbuf = c.rbuf[i+2:]
		switch {
		case c.dataMode:
			if line == "." {
				c.dataMode = false
				units++
			}
		case c.saslActive:
			c.saslActive = false
		default:
			units++
			verbs = append(verbs, verb(line))
			if verb(line) == "BDAT" {
				// The chunk follows the command line, counted in bytes and
				// not dot-stuffed (RFC 3030): it is message, not commands.
				if f := strings.Fields(line); len(f) >= 2 {
					c.chunkLeft, _ = strconv.ParseInt(f[1], 10, 64)
				}
			}
		}
	}
	if units > 0 {
		c.srv.count(func(st *Stats) {
			st.Commands = append(st.Commands, verbs...)
			if units > 1 {
				st.PipelinedReads++
			}
		})
	}
}

// reset cuts the connection with a TCP RST instead of a FIN.
func (c *gmailConn) reset() {
	if tc, ok := c.raw.(*net.TCPConn); ok {
		tc.SetLinger(0)
	}
	// Close the TCP connection first: closing TLS first would send a
	// close_notify, which the client would read as a clean end.
	c.raw.Close()
	c.Close()
}

func (c *gmailConn) Close() error {
	c.closeOnce.Do(func() {
		c.closeErr = c.Conn.Close()
		c.raw.Close()
		c.srv.untrack(c.raw)
	})
	return c.closeErr
}
