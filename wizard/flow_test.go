package wizard

import (
	"testing"

	"gmailsetup/steps"
)

func TestEveryStepHasABuilder(t *testing.T) {
	for id := steps.Account; id <= steps.Summary; id++ {
		if build(id, &steps.Shared{}) == nil {
			t.Errorf("step %d has no builder", id)
		}
	}
}
