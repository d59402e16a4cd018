package wizard

import (
	"gmailsetup/guide"
	"gmailsetup/steps"
)

// builders makes each step the first time the wizard reaches it; where
// each leads is the guide's graph (guide.Next).
var builders = map[steps.ID]func(*steps.Shared) steps.Step{
	steps.Account:     steps.NewAccount,
	steps.SignIn:      steps.NewSignIn,
	steps.TwoSVStatus: steps.NewTwoSVStatus,
	steps.TwoSVEnable: steps.NewTwoSVEnable,
	steps.AppPassword: steps.NewAppPassword,
	steps.Paste:       steps.NewPaste,
	steps.TestSend:    steps.NewTestSend,
	steps.Save:        steps.NewSave,
	steps.Summary:     steps.NewSummary,

	guide.OAuthConsole: steps.NewOAuthConsole,
	guide.OAuthClient:  steps.NewOAuthClient,
	guide.OAuthSignIn:  steps.NewOAuthSignIn,
}
