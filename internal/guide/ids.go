package guide

import "gmailsetup/internal/i18n"

// ID names a step.
type ID int

// The steps, in the guide's order.
const (
	Account     ID = iota // type the Gmail address
	SignIn                // open the Google Account page, confirm the address
	TwoSVStatus           // is 2-Step Verification on?
	TwoSVEnable           // turn it on: the guide's three pages
	AppPassword           // create the app password on Google's page
	Paste                 // paste it
	TestSend              // send a test mail to yourself
	Save                  // save, verify once more, ready

	// Summary is not one of the guide's steps: a re-run opens on the saved
	// setup, from which the person rotates, checks, adds or replaces.
	Summary

	// The Google sign-in branch (OAuth), for an account that cannot have
	// app passwords. Not numbered either: it replaces steps 5 and 6.
	OAuthConsole // the walk to the person's own Desktop client
	OAuthClient  // giving the client to the guide: found JSON, a path, or pasted
	OAuthSignIn  // signing in with Google in the browser

	// Invoicing is the seed's step 9, offered from Ready: the password in
	// the invoicing software, whose test mail the guide sees arrive
	// (invoicing.go). Not numbered: a person without one finishes at Ready.
	Invoicing
)

// Last is the last ID, for loops over every step.
const Last = Invoicing

// Count is how many steps the "step N of M" header counts.
const Count = int(Save) + 1

// Numbered reports whether id is one of the guide's steps, counted in the
// "step N of M" header.
func (id ID) Numbered() bool { return id >= Account && id <= Save }

// Number is id's place in the "step N of M" header, from 1.
func (id ID) Number() int { return int(id) + 1 }

// Counter is the "Step N of M" heading of one of the guide's steps, and
// says nothing for the others: both faces draw it from the ID.
func (id ID) Counter() Message {
	if !id.Numbered() {
		return Message{}
	}
	return Msg("wizard.stepOf", id.Number(), Count)
}

// Title is the catalog key of each step's heading.
func (id ID) Title() i18n.Key {
	return [...]i18n.Key{
		Account:      "account.title",
		SignIn:       "signin.title",
		TwoSVStatus:  "twosv.status.title",
		TwoSVEnable:  "twosv.enable.title",
		AppPassword:  "apppass.title",
		Paste:        "paste.title",
		TestSend:     "test.title",
		Save:         "save.title",
		Summary:      "summary.title",
		OAuthConsole: "oauthui.console.title",
		OAuthClient:  "oauthui.client.title",
		OAuthSignIn:  "oauthui.signin.title",
		Invoicing:    "invoicing.title",
	}[id]
}

// String is the step's name in the code, for tests and the diagram.
func (id ID) String() string {
	return [...]string{
		Account:      "Account",
		SignIn:       "SignIn",
		TwoSVStatus:  "TwoSVStatus",
		TwoSVEnable:  "TwoSVEnable",
		AppPassword:  "AppPassword",
		Paste:        "Paste",
		TestSend:     "TestSend",
		Save:         "Save",
		Summary:      "Summary",
		OAuthConsole: "OAuthConsole",
		OAuthClient:  "OAuthClient",
		OAuthSignIn:  "OAuthSignIn",
		Invoicing:    "Invoicing",
	}[id]
}

// PromptKind is how a step asks.
type PromptKind int

// The ways a step asks.
const (
	PromptText      PromptKind = iota // a line of text (the address)
	PromptChoice                      // one of numbered options
	PromptSecret                      // a line never echoed (the app password)
	PromptChecklist                   // items to tick, then go on
)

// Prompt is what a step asks and how.
type Prompt struct {
	Kind    PromptKind
	Options []i18n.Key // a choice's options, in order; the checklist's items
}

// Prompts are the steps' questions. A step whose choices depend on its
// state (a failed test, a failed save, the summary) lists them in
// menus.go.
var Prompts = map[ID]Prompt{
	Account:     {Kind: PromptText},
	SignIn:      {Kind: PromptChoice, Options: []i18n.Key{"signin.optYes", "signin.optOther", "signin.optNone"}},
	TwoSVStatus: {Kind: PromptChoice, Options: []i18n.Key{"twosv.status.optOn", "twosv.status.optOff", "twosv.status.optNotFound"}},
	TwoSVEnable: {Kind: PromptChecklist, Options: []i18n.Key{
		"twosv.enable.item.start", "twosv.enable.item.phone", "twosv.enable.item.code", "twosv.enable.item.turnOn",
	}},
	AppPassword: {Kind: PromptChoice},
	Paste:       {Kind: PromptSecret},
	TestSend:    {Kind: PromptChoice},
	Save:        {Kind: PromptChoice},
	Summary:     {Kind: PromptChoice},
}
