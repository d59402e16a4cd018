package gmail

import (
	"context"
	"errors"
	"net"
	"time"
)

// Hosting is what a domain's mail exchangers say about who handles its mail.
type Hosting int

// What a look-up can find.
const (
	HostingUnknown  Hosting = iota // no answer in time, or the look-up failed
	HostedByGoogle                 // Google handles its mail: Google Workspace
	HostedElsewhere                // someone else handles its mail
	NoSuchDomain                   // the domain does not exist: most likely a typo
)

// MXResolver looks up mail exchangers; net.DefaultResolver is one.
type MXResolver interface {
	LookupMX(ctx context.Context, name string) ([]*net.MX, error)
}

// LookupHosting asks who handles domain's mail, within timeout. A resolver
// that ignores its context does not hold the caller up either: the answer
// is then HostingUnknown.
func LookupHosting(ctx context.Context, r MXResolver, domain string, timeout time.Duration) Hosting {
	if r == nil {
		return HostingUnknown
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	type answer struct {
		mx  []*net.MX
		err error
	}
	done := make(chan answer, 1)
	go func() {
		mx, err := r.LookupMX(ctx, domain)
		done <- answer{mx, err}
	}()
	select {
	case a := <-done:
		var dnsErr *net.DNSError
		switch {
		case GoogleHosted(a.mx):
			return HostedByGoogle
		case a.err != nil && errors.As(a.err, &dnsErr) && dnsErr.IsNotFound:
			return NoSuchDomain
		case a.err != nil:
			return HostingUnknown
		}
		return HostedElsewhere
	case <-ctx.Done():
		return HostingUnknown
	}
}
