package oauth

import (
	"gmailsetup/internal/gmail/links"
	"gmailsetup/internal/i18n"
)

// ConsoleStep is one stop of the guided walk through the Google Cloud
// console to the person's own Desktop client.
type ConsoleStep struct {
	ID    string
	Page  string // console address, without authuser
	Title i18n.Key
	Text  i18n.Key
	// Personal and Workspace say for which accounts the step applies:
	// Internal (Workspace) apps need no test users and no publishing.
	Personal, Workspace bool
	// Optional steps are shown as "only if Google asks".
	Optional bool
}

// ConsoleSteps is the walk, in order: the ONE place to update when Google
// moves its console again.
//
// What each page holds was checked (December 2026, through the search
// tool) against Google's help; the /auth/... paths themselves are the
// current console's as secondary guides give them and were not found in
// Google's text, so they are the first thing to re-check when a step
// stops matching:
//   - Google Auth Platform, "Get started" on its overview page, app name
//     and user support email: support.google.com/cloud/answer/15544987.
//     /auth/overview replaced "APIs & Services → OAuth consent screen"
//     (/apis/credentials/consent, which now leads there).
//   - Audience: user type Internal (only the organisation's accounts;
//     others get org_internal) or External; publishing status Testing (at
//     most 100 test users) or In production:
//     support.google.com/cloud/answer/15549945.
//   - Clients → Create client → "Desktop app" (/auth/clients/create,
//     formerly /apis/credentials/oauthclient); Google shows the JSON to
//     download once the client exists: support.google.com/cloud/answer/15549257.
//   - Testing apps' refresh tokens for External users expire after 7 days;
//     an unverified app in production shows "Google hasn't verified this
//     app", passed with Advanced → Go to <app> (unsafe):
//     support.google.com/cloud/answer/13464323 and the Data Manager API's
//     "OAuth app verification" guide (developers.google.com/data-manager).
//
// Enabling the Gmail API is NOT a step. Google's XOAUTH2 page
// (developers.google.com/workspace/gmail/imap/xoauth2-protocol) asks only
// for an OAuth 2.0 client and the https://mail.google.com/ scope: IMAP and
// SMTP are not Cloud APIs and are not switched on per project. Google's
// verification help (support.google.com/cloud/answer/13461325) says an API
// must be enabled "before you can add any Google product API scopes to your
// project", i.e. to list its scopes on the Data Access page, which an
// unverified personal app does not need: the scope is requested at sign-in.
// Third-party guides (learn.emailengine.app "Setting Up Gmail with OAuth2
// (IMAP/SMTP)") enable it anyway and say it is "only used to generate
// OAuth2 access tokens"; hence the optional step, for a console that
// insists.
var ConsoleSteps = []ConsoleStep{
	{ID: "project", Page: "https://console.cloud.google.com/projectcreate",
		Title: "oauth.console.project.title", Text: "oauth.console.project.text", Personal: true, Workspace: true},
	{ID: "branding", Page: "https://console.cloud.google.com/auth/overview",
		Title: "oauth.console.branding.title", Text: "oauth.console.branding.text", Personal: true, Workspace: true},
	{ID: "audience", Page: "https://console.cloud.google.com/auth/audience",
		Title: "oauth.console.audience.title", Text: "oauth.console.audience.text", Personal: true, Workspace: true},
	{ID: "test-users", Page: "https://console.cloud.google.com/auth/audience",
		Title: "oauth.console.testusers.title", Text: "oauth.console.testusers.text", Personal: true},
	{ID: "publish", Page: "https://console.cloud.google.com/auth/audience",
		Title: "oauth.console.publish.title", Text: "oauth.console.publish.text", Personal: true},
	{ID: "client", Page: "https://console.cloud.google.com/auth/clients/create",
		Title: "oauth.console.client.title", Text: "oauth.console.client.text", Personal: true, Workspace: true},
	{ID: "download", Page: "https://console.cloud.google.com/auth/clients",
		Title: "oauth.console.download.title", Text: "oauth.console.download.text", Personal: true, Workspace: true},
	{ID: "gmail-api", Page: "https://console.cloud.google.com/apis/library/gmail.googleapis.com",
		Title: "oauth.console.gmailapi.title", Text: "oauth.console.gmailapi.text", Personal: true, Workspace: true, Optional: true},
}

// WalkStep is a ConsoleStep with its address for one account.
type WalkStep struct {
	ConsoleStep
	URL string
}

// Walk returns the steps for email, each address carrying authuser so a
// browser signed in to several accounts opens the console as the right
// one. workspace picks the Internal path (no test users, no publishing).
func Walk(email string, workspace bool) []WalkStep {
	var out []WalkStep
	for _, s := range ConsoleSteps {
		if workspace && !s.Workspace || !workspace && !s.Personal {
			continue
		}
		out = append(out, WalkStep{ConsoleStep: s, URL: links.WithUser(s.Page, email)})
	}
	return out
}
