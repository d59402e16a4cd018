package mailer

import (
	"bytes"
	"context"
	"io"
	"strings"
	"time"
)

// headSize is how much of a message SendRaw looks at before it connects:
// for the Message-ID header and for 8-bit bytes. It is also the size of
// the buffers the message is streamed through.
const headSize = 32 << 10

// bodyChunk is the most the body writer takes in one go, so that a huge
// Write (a bytes.Reader writes itself whole) still reports progress and
// notices a cancel every so often.
const bodyChunk = 32 << 10

// body is a message to stream: r gives all of it; head is its first bytes
// (all of them when whole), looked at before anything is read from r.
type body struct {
	r     io.Reader
	head  []byte
	whole bool
}

// eightBit reports whether the message may hold bytes above 127: it does
// if its head does, and may if the head is not the whole message.
func (b body) eightBit() bool { return !b.whole || !isASCII(string(b.head)) }

// dotWriter writes a message into an SMTP DATA section: every line end
// (LF, CRLF or a lone CR) becomes CRLF, a dot starting a line is doubled
// (RFC 5321 section 4.5.2) and a last line without its end gets one, so the
// final dot is always on a line of its own. It works on the fly, keeping
// only whether the last byte seen was a CR and whether a line has started.
// With noStuff it does all that but double dots, for a BDAT chunk, which
// is counted in bytes and has no final dot (RFC 3030).
type dotWriter struct {
	w        io.Writer
	noStuff  bool
	ctx      context.Context
	progress func(int64) // Client.BodyProgress
	read     int64       // bytes of the message taken
	wire     int64       // bytes written, after stuffing and CRLF
	cr       bool        // the last byte taken was a CR
	midLine  bool        // a line has started and not ended
	err      error       // the first write error
}

// Write takes p in chunks of at most bodyChunk bytes; between chunks it
// reports progress and stops if the send was cancelled.
func (d *dotWriter) Write(p []byte) (int, error) {
	n := 0
	for len(p) > 0 {
		if err := d.ctx.Err(); err != nil {
			return n, err
		}
		chunk := p[:min(len(p), bodyChunk)]
		d.convert(chunk)
		if d.err != nil {
			return n, d.err
		}
		p = p[len(chunk):]
		n += len(chunk)
		d.read += int64(len(chunk))
		if d.progress != nil {
			d.progress(d.read)
		}
	}
	return n, nil
}

func (d *dotWriter) convert(p []byte) {
	for len(p) > 0 {
		if d.cr { // a CR ended the last chunk: a line end, CRLF or not
			d.cr = false
			d.newline()
			if p[0] == '\n' {
				p = p[1:]
				continue
			}
		}
		if !d.midLine && p[0] == '.' && !d.noStuff {
			d.put(dot)
		}
		i := bytes.IndexAny(p, "\r\n")
		if i < 0 {
			d.put(p)
			d.midLine = true
			return
		}
		d.put(p[:i])
		switch {
		case p[i] == '\n':
			d.newline()
			p = p[i+1:]
		case i+1 == len(p): // a CR at the end: is an LF next?
			d.cr = true
			p = p[i+1:]
		case p[i+1] == '\n':
			d.newline()
			p = p[i+2:]
		default: // a lone CR
			d.newline()
			p = p[i+1:]
		}
	}
}

var crlf, dot = []byte("\r\n"), []byte(".")

func (d *dotWriter) newline() {
	d.put(crlf)
	d.midLine = false
}

func (d *dotWriter) put(b []byte) {
	if d.err != nil {
		return
	}
	n, err := d.w.Write(b)
	d.wire += int64(n)
	d.err = err
}

// finish ends the last line if the message left it open.
func (d *dotWriter) finish() error {
	if d.cr || d.midLine {
		d.cr = false
		d.newline()
	}
	return d.err
}

// chunkMax is the largest message sent in one pipelined BDAT LAST chunk:
// Gmail's test mail is a few hundred bytes, and a mail of up to 64 KB is
// cheap to hold in memory and to have discarded after a refusal.
const chunkMax = 64 << 10

// chunk returns the message in b as the bytes of a BDAT chunk: line ends
// CRLF, a last line ended, no dots doubled. ok is false when b is not the
// whole message or the chunk would be larger than chunkMax. A message that
// is already in that form, as the test mail is, is returned as it is.
func (b body) chunk(ctx context.Context) (data []byte, ok bool) {
	if !b.whole || len(b.head) > chunkMax {
		return nil, false
	}
	if canonical(b.head) {
		return b.head, true
	}
	var buf bytes.Buffer
	buf.Grow(len(b.head) + len(b.head)/8 + 2)
	dw := &dotWriter{w: &buf, noStuff: true, ctx: ctx}
	dw.convert(b.head)
	dw.finish()
	if buf.Len() > chunkMax {
		return nil, false
	}
	return buf.Bytes(), true
}

// canonical reports whether every line of p ends in CRLF, the last one
// included, with no CR or LF anywhere else.
func canonical(p []byte) bool {
	if !bytes.HasSuffix(p, crlf) {
		return false
	}
	for len(p) > 0 {
		i := bytes.IndexAny(p, "\r\n")
		if i < 0 {
			return false
		}
		if p[i] != '\r' || i+1 == len(p) || p[i+1] != '\n' {
			return false
		}
		p = p[i+2:]
	}
	return true
}

// deadlineWriter writes to the connection, each write within the reply
// timeout: a server that stops reading fails the send instead of hanging it.
type deadlineWriter struct{ c *conn }

func (w deadlineWriter) Write(p []byte) (int, error) {
	w.c.nc.SetWriteDeadline(time.Now().Add(w.c.t.reply))
	return w.c.nc.Write(p)
}

// messageIDOf returns the Message-ID header's value without angle brackets
// if the header section in head has one, else "". Only a header that ends
// within head counts, and only a value with no spaces or control
// characters.
func messageIDOf(head []byte) string {
	var cur []byte // the header being read, continuation lines joined
	found := ""
	done := func() bool {
		name, value, ok := bytes.Cut(cur, []byte(":"))
		if ok && strings.EqualFold(string(bytes.TrimSpace(name)), "Message-ID") {
			id := strings.TrimSpace(string(value))
			id = strings.TrimSuffix(strings.TrimPrefix(id, "<"), ">")
			if id != "" && !strings.ContainsAny(id, " \t<>") && isPrintable(id) {
				found = id
			}
			return true
		}
		return false
	}
	for {
		i := bytes.IndexByte(head, '\n')
		if i < 0 {
			return "" // the header section goes on past head
		}
		line := bytes.TrimSuffix(head[:i], []byte("\r"))
		head = head[i+1:]
		if len(line) > 0 && (line[0] == ' ' || line[0] == '\t') {
			cur = append(cur, line...) // folded (RFC 5322 section 2.2.3)
			continue
		}
		if cur != nil && done() {
			return found
		}
		if len(line) == 0 {
			return "" // the end of the header section
		}
		cur = append(cur[:0], line...)
	}
}
