package steps

// TopFirst is a step whose beginning matters most: a link to open, a
// panel's first causes. On a window too small for all of it, the wizard
// opens it at the top (pgdn shows the rest) instead of at the bottom,
// where a question's choices are.
type TopFirst interface {
	TopFirst() bool
}

// TopFirst is true: the page's link and the panel's first items come
// first (at 60x20 they were scrolled out of sight).
func (a *AppPasswordStep) TopFirst() bool { return true }

// TopFirst is true while waiting for Google: where things stand and the
// sign-in address, which takes 7 rows at 80x24, are seen from their start.
// A field to paste into is at the bottom, and is shown there.
func (g *OAuthSignInStep) TopFirst() bool { return g.state == signWaiting || g.state == signStarting }

// TopFirst is true while step 9 watches the inbox: Qui Fattura's link and
// first clicks, or another program's fields, are what the person works
// from (at 60x20 they were scrolled away); the watch's line is below. The
// hints when nothing came, and a failure, are the news, at the bottom.
func (v *invoicingStep) TopFirst() bool {
	return v.state == invStarting || v.state == invWatching
}
