package steps

import "gmailsetup/internal/guide"

// builders make each step; every step's file registers its own in init,
// so adding a step to the wizard touches that file alone.
var builders = map[guide.ID]func(*Shared) Step{}

func register(id guide.ID, build func(*Shared) Step) { builders[id] = build }

// Build makes step id for the wizard; nil for an ID no step registered.
func Build(id guide.ID, s *Shared) Step {
	if b, ok := builders[id]; ok {
		return b(s)
	}
	return nil
}
