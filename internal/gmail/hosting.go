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

// canaryDomain surely has mail exchangers: when it is not found either,
// "not found" means the look-up failed, not that a domain is missing.
const canaryDomain = "gmail.com"

// errLookupFailed marks a "not found" that the canary showed to be a
// failed look-up.
var errLookupFailed = errors.New("the DNS look-up failed (even gmail.com was not found)")

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
		var dnsErr *net.DNSError
		if err != nil && errors.As(err, &dnsErr) && dnsErr.IsNotFound {
			// Offline, some resolvers (the system's, a captive portal's)
			// say "not found" for every name. A domain is only missing if
			// one that surely exists is found: else the look-up failed.
			if _, cerr := r.LookupMX(ctx, canaryDomain); cerr != nil {
				err = errors.Join(errLookupFailed, cerr)
			}
		}
		done <- answer{mx, err}
	}()
	select {
	case a := <-done:
		var dnsErr *net.DNSError
		switch {
		case GoogleHosted(a.mx):
			return HostedByGoogle
		case a.err != nil && !errors.Is(a.err, errLookupFailed) && errors.As(a.err, &dnsErr) && dnsErr.IsNotFound:
			return NoSuchDomain
		case a.err != nil:
			return HostingUnknown
		}
		return HostedElsewhere
	case <-ctx.Done():
		return HostingUnknown
	}
}
