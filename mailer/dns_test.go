package mailer_test

import (
	"context"
	"net"
	"testing"
)

// nxResolver is a resolver whose only DNS server is on loopback and answers
// every query "no such name", so a lookup fails as it does for a `.invalid`
// name without any packet leaving the machine.
func nxResolver(t testing.TB) *net.Resolver {
	t.Helper()
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { pc.Close() })
	go func() {
		buf := make([]byte, 1500)
		for {
			n, from, err := pc.ReadFrom(buf)
			if err != nil {
				return
			}
			if resp := nxdomain(buf[:n]); resp != nil {
				pc.WriteTo(resp, from)
			}
		}
	}()
	return &net.Resolver{
		PreferGo: true,
		Dial: func(ctx context.Context, _, _ string) (net.Conn, error) {
			var d net.Dialer
			return d.DialContext(ctx, "udp", pc.LocalAddr().String())
		},
	}
}

// nxdomain answers query with NXDOMAIN: the header with QR, RD, RA set and
// RCODE 3, and the question echoed, without the additional records.
func nxdomain(q []byte) []byte {
	if len(q) < 12 {
		return nil
	}
	i := 12
	for i < len(q) && q[i] != 0 { // the question's name
		i += int(q[i]) + 1
	}
	i += 1 + 4 // root label, type, class
	if i > len(q) {
		return nil
	}
	resp := append([]byte(nil), q[:i]...)
	resp[2] = 0x80 | q[2]&0x01 // QR, RD copied
	resp[3] = 0x83             // RA, NXDOMAIN
	resp[4], resp[5] = 0, 1    // one question
	for j := 6; j < 12; j++ {  // no answers, authorities or additionals
		resp[j] = 0
	}
	return resp
}
