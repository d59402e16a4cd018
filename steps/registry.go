package steps

// builders make each step; every step's file registers its own in init,
// so adding a step to the wizard touches that file alone.
var builders = map[ID]func(*Shared) Step{}

func register(id ID, build func(*Shared) Step) { builders[id] = build }

// Build makes step id for the wizard; nil for an ID no step registered.
func Build(id ID, s *Shared) Step {
	if b, ok := builders[id]; ok {
		return b(s)
	}
	return nil
}
