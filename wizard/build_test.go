package wizard

import (
	"testing"

	"gmailsetup/internal/guide"
	"gmailsetup/steps"
)

func TestEveryStepHasABuilder(t *testing.T) {
	for id := guide.Account; id <= guide.Last; id++ {
		if steps.Build(id, &steps.Shared{}) == nil {
			t.Errorf("step %v has no builder", id)
		}
	}
}
