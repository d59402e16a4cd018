package wizard

import "context"

// Unsaved reports whether the run leaves a Google sign-in that was never
// saved (guide.Answers.Unsaved): main revokes it once the program ends.
func (m *Model) Unsaved() bool { return !m.interrupted && m.shared.Answers.Unsaved() }

// ForgetUnsaved revokes at Google the sign-in the person left unsaved, as
// main does after the program ends (never in Update: it is I/O), within
// guide.ForgetTimeout of ctx. After ctrl+c it does nothing: the process
// must end at once, and the refresh token dies with it.
func (m *Model) ForgetUnsaved(ctx context.Context) error {
	if !m.Unsaved() {
		return nil
	}
	return m.shared.Tasks().ForgetUnsaved(ctx, &m.shared.Answers)
}
