package wizard

import (
	"testing"

	"gmailsetup/internal/guide"
	"gmailsetup/steps"
)

func TestEveryStepHasABuilder(t *testing.T) {
	for id := guide.Account; id <= guide.Summary; id++ {
		if build(id, &steps.Shared{}) == nil {
			t.Errorf("step %d has no builder", id)
		}
	}
}
