package wizard

import (
	"testing"

	"gmailsetup/steps"
)

func TestEveryStepHasABuilder(t *testing.T) {
	for id := steps.Account; id <= steps.Save; id++ {
		if builders[id] == nil {
			t.Errorf("step %d has no builder", id)
		}
	}
}
