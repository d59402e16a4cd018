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

// nameResolver answers by name: a domain with mail exchangers, or "no
// such host" for every other, as a resolver that knows the DNS does; offline
// it says "no such host" for every name.
type nameResolver struct {
	mx      map[string][]*net.MX
	offline bool
}

func (r nameResolver) LookupMX(_ context.Context, name string) ([]*net.MX, error) {
	if mx, ok := r.mx[name]; ok && !r.offline {
		return mx, nil
	}
	return nil, &net.DNSError{Err: "no such host", Name: name, IsNotFound: true}
}

// Offline, a resolver that says "no such host" for every name made a real
// domain "not found" (a typo, the screen said): only a domain missing while
// gmail.com is found is missing.
func TestLookupHostingOfflineIsNotATypo(t *testing.T) {
	dns := map[string][]*net.MX{"gmail.com": {{Host: "gmail-smtp-in.l.google.com."}}, "studio.it": {{Host: "mx.aruba.it."}}}
	for _, c := range []struct {
		domain  string
		offline bool
		want    Hosting
	}{
		{"studio.it", false, HostedElsewhere},
		{"studoi.it", false, NoSuchDomain},
		{"studio.it", true, HostingUnknown},
		{"studoi.it", true, HostingUnknown},
	} {
		got := LookupHosting(context.Background(), nameResolver{mx: dns, offline: c.offline}, c.domain, time.Second)
		if got != c.want {
			t.Errorf("%s offline=%v: %d, want %d", c.domain, c.offline, got, c.want)
		}
	}
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
		{"typo", nameResolver{mx: map[string][]*net.MX{"gmail.com": {{Host: "gmail-smtp-in.l.google.com."}}}}, NoSuchDomain},
		{"not found everywhere", tableResolver{err: &net.DNSError{Err: "no such host", IsNotFound: true}}, HostingUnknown},
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
