package wizard

import (
	"gmailsetup/internal/guide"
	"gmailsetup/steps"
)

// build makes each step the first time the wizard reaches it (each step
// registers itself in steps/); where each leads is the guide's graph
// (guide.Next).
func build(id guide.ID, s *steps.Shared) steps.Step { return steps.Build(id, s) }
