package guide

import (
	"context"
	"time"

	"gmailsetup/internal/oauth"
)

// ForgetTimeout bounds the revoke of a sign-in left unsaved, after the run
// has ended: the person is waiting for their prompt back.
const ForgetTimeout = 2 * time.Second

// Revoker is a Google that can take a token back (oauth.Service.Revoke;
// GoogleService has it).
type Revoker interface {
	Revoke(ctx context.Context, token oauth.Secret) error
}

// Unsaved reports whether the answers hold a Google sign-in that was never
// saved and may be revoked: its refresh token lives only in memory, yet
// Google lists the grant until it is taken back. A sign-in made with the
// client of the saved one it would replace is kept: revoking at Google can
// end every grant of that client for the person, the saved one with it.
func (a *Answers) Unsaved() bool {
	g := a.google
	if !g.on || !g.signedIn || g.grant.Refresh.Empty() || a.saved.ConfigPath != "" {
		return false
	}
	if p := a.previous; p != nil && p.IsOAuth() && p.ClientID == g.client.ID {
		return false
	}
	return true
}

// ForgetUnsaved revokes at Google a sign-in the person left before it was
// saved (Unsaved), within ForgetTimeout of ctx. It is for the end of a
// run, never for ctrl+c (the process is going away, and must not wait),
// nor for Update or View. Nothing to revoke, or a Google that cannot, is
// nil; a failure is only advice, since the grant lists itself on the
// person's Google account page where it can be removed by hand.
func (t Tasks) ForgetUnsaved(ctx context.Context, a *Answers) error {
	if !a.Unsaved() {
		return nil
	}
	r, ok := t.google().(Revoker)
	if !ok {
		return nil
	}
	ctx, cancel := context.WithTimeout(ctx, ForgetTimeout)
	defer cancel()
	return r.Revoke(ctx, a.google.grant.Refresh)
}
