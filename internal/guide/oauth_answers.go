package guide

import "gmailsetup/internal/oauth"

// googleAnswers are the answers of the Google sign-in branch: that the
// person chose it, their Desktop client, whether they said the app is
// published, and the sign-in itself. The grant's tokens are secrets: they
// leave only through MailAccount and Save.
type googleAnswers struct {
	on        bool
	client    oauth.Client
	published bool
	grant     oauth.Grant
	signedIn  bool
}

// OAuth reports whether this setup signs in with Google instead of an app
// password.
func (a *Answers) OAuth() bool { return a.google.on }

// UseOAuth switches the setup to signing in with Google: an app password
// typed before is of no use, and nothing tested with it counts.
func (a *Answers) UseOAuth() {
	if !a.google.on {
		a.tested = false
	}
	a.google.on = true
	a.password = ""
}

// Client is the person's Desktop client, once given.
func (a *Answers) Client() oauth.Client { return a.google.client }

// HasClient reports whether a client was given.
func (a *Answers) HasClient() bool { return a.google.client.ID != "" }

// SetClient records the client; a different one voids the sign-in.
func (a *Answers) SetClient(c oauth.Client) {
	if c.ID != a.google.client.ID || c.Secret.Reveal() != a.google.client.Secret.Reveal() {
		a.google.grant, a.google.signedIn, a.tested = oauth.Grant{}, false, false
	}
	a.google.client = c
}

// Published is what the person said about their app: "In production" (or
// Internal), so its sign-in does not end after 7 days.
func (a *Answers) Published() bool { return a.google.published }

// SetPublished records it.
func (a *Answers) SetPublished(p bool) { a.google.published = p }

// SignedIn reports whether Google gave a refresh token for this setup.
func (a *Answers) SignedIn() bool { return a.google.signedIn }

// SetGrant records a sign-in; the last test no longer counts.
func (a *Answers) SetGrant(g oauth.Grant) {
	a.google.grant, a.google.signedIn, a.tested = g, true, false
}

// Grant is the sign-in, for the test mail and the save. Its tokens are
// never shown.
func (a *Answers) Grant() oauth.Grant { return a.google.grant }
