package gmail

import (
	"context"
	"errors"
	"net"
	"testing"
	"time"
)

type tableResolver struct {
	mx    []*net.MX
	err   error
	block chan struct{} // when set, the answer waits for it, whatever ctx says
}

func (r tableResolver) LookupMX(ctx context.Context, _ string) ([]*net.MX, error) {
	if r.block != nil {
		<-r.block
	}
	return r.mx, r.err
}

func TestLookupHosting(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	cases := []struct {
		name string
		r    MXResolver
		want Hosting
	}{
		{"workspace", tableResolver{mx: []*net.MX{{Host: "aspmx.l.google.com."}}}, HostedByGoogle},
		{"elsewhere", tableResolver{mx: []*net.MX{{Host: "mx.aruba.it."}}}, HostedElsewhere},
		{"typo", tableResolver{err: &net.DNSError{Err: "no such host", IsNotFound: true}}, NoSuchDomain},
		{"offline", tableResolver{err: errors.New("network is unreachable")}, HostingUnknown},
		{"no resolver", nil, HostingUnknown},
		{"hangs", tableResolver{block: release}, HostingUnknown},
	}
	for _, c := range cases {
		var r MXResolver
		if c.r != nil {
			r = c.r
		}
		if got := LookupHosting(context.Background(), r, "studio.it", 20*time.Millisecond); got != c.want {
			t.Errorf("%s: %d, want %d", c.name, got, c.want)
		}
	}
}
