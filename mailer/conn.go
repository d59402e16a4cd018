package mailer

import (
	"bufio"
	"bytes"
	"net"
	"time"
)

// conn is one SMTP connection: commands are queued with cmd and go out
// together on flush, in one write and so in one TLS record and one TCP
// segment; that is what makes a pipelined group cost a single round trip.
type conn struct {
	nc   net.Conn // TLS once secured
	raw  net.Conn // the TCP connection
	r    *bufio.Reader
	out  bytes.Buffer
	port int // 465 or 587: the role, whatever the real port number
	// needGreeting is set on implicit TLS, where the 220 comes after the
	// handshake and is read with the EHLO that follows.
	needGreeting bool
	// inData is set while the connection is inside a message (after a 354)
	// that has not been ended: nothing but the message may be sent, and a
	// message that is not to go is dropped by closing the connection.
	inData bool
	tr     *transcript
	t      timeouts
}

func newConn(raw net.Conn, port int, tr *transcript, t timeouts) *conn {
	c := &conn{nc: raw, raw: raw, port: port, tr: tr, t: t}
	c.r = bufio.NewReaderSize(raw, 1024)
	return c
}

// cmd queues a command line.
func (c *conn) cmd(line string) {
	c.tr.log(c.port, "C", line)
	c.out.WriteString(line)
	c.out.WriteString("\r\n")
}

// secret queues a line that carries credentials; the transcript gets shown.
func (c *conn) secret(line, shown string) {
	c.tr.log(c.port, "C", shown)
	c.out.WriteString(line)
	c.out.WriteString("\r\n")
}

// flush sends everything queued in one write.
func (c *conn) flush() error {
	if c.out.Len() == 0 {
		return nil
	}
	c.nc.SetWriteDeadline(time.Now().Add(c.t.reply))
	_, err := c.nc.Write(c.out.Bytes())
	c.out.Reset()
	return err
}

// read waits at most d for the next reply.
func (c *conn) read(d time.Duration) (reply, error) {
	c.nc.SetReadDeadline(time.Now().Add(d))
	rep, err := readReply(c.r)
	if err == nil {
		for i, l := range rep.Lines {
			sep := " "
			if i < len(rep.Lines)-1 {
				sep = "-"
			}
			enh := ""
			if rep.Enhanced != "" {
				enh = rep.Enhanced + " "
			}
			c.tr.log(c.port, "S", itoa3(rep.Code)+sep+enh+l)
		}
	}
	return rep, err
}

// roundTrip flushes and reads one reply.
func (c *conn) roundTrip() (reply, error) {
	if err := c.flush(); err != nil {
		return reply{}, err
	}
	return c.read(c.t.reply)
}

// quit sends QUIT without waiting for the reply, which tells nothing worth
// a round trip; inside a message it sends nothing.
func (c *conn) quit() {
	if c.inData {
		return
	}
	c.cmd("QUIT")
	c.flush()
}

func (c *conn) close() { c.nc.Close(); c.raw.Close() }

func itoa3(n int) string {
	return string([]byte{byte('0' + n/100), byte('0' + n/10%10), byte('0' + n%10)})
}
