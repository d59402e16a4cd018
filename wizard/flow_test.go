package wizard

import (
	"testing"

	"gmailsetup/steps"
)

func TestNextFollowsTheGuide(t *testing.T) {
	on := steps.Answers{TwoSV: steps.TwoSVOn}
	off := steps.Answers{TwoSV: steps.TwoSVOff}
	cases := []struct {
		name string
		from steps.ID
		a    steps.Answers
		want steps.ID
	}{
		{"account to sign-in", steps.Account, off, steps.SignIn},
		{"sign-in to 2SV status", steps.SignIn, off, steps.TwoSVStatus},
		{"2SV on skips enabling, as the guide says", steps.TwoSVStatus, on, steps.AppPassword},
		{"2SV off goes to enabling", steps.TwoSVStatus, off, steps.TwoSVEnable},
		{"enabling leads to the app password", steps.TwoSVEnable, on, steps.AppPassword},
		{"app password to paste", steps.AppPassword, on, steps.Paste},
		{"paste to test", steps.Paste, on, steps.TestSend},
		{"test to save", steps.TestSend, on, steps.Save},
		{"save is the end", steps.Save, on, steps.Save},
	}
	for _, c := range cases {
		if got := next(c.from, c.a); got != c.want {
			t.Errorf("%s: next = %d, want %d", c.name, got, c.want)
		}
	}
}

func TestEveryStepHasABuilder(t *testing.T) {
	for id := steps.Account; id <= steps.Save; id++ {
		if builders[id] == nil {
			t.Errorf("step %d has no builder", id)
		}
	}
}
