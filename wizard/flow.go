package wizard

import "gmailsetup/steps"

// builders makes each step the first time the wizard reaches it. A new
// step goes here and in next.
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
}

// next is the step graph: the step after current, given the answers so far.
// It is the one place that knows the order, so the guide's "2-Step
// Verification already on: skip to the app password" lives here.
func next(current steps.ID, a steps.Answers) steps.ID {
	switch current {
	case steps.TwoSVStatus:
		if a.TwoSV == steps.TwoSVOn {
			return steps.AppPassword
		}
		return steps.TwoSVEnable
	case steps.Save:
		return steps.Save
	}
	return current + 1
}
