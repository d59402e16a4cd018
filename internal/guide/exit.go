package guide

// Exit codes of a run of the guide, the same from either face.
const (
	ExitOK          = 0   // saved and verified
	ExitNotDone     = 1   // quit, or saved but not working; the last screen or line says which
	ExitInterrupted = 130 // ctrl+c, as a shell reports SIGINT
)

// ExitCode is how a run that ended with these answers exits. A setup
// saved and verified is done, even if ctrl+c closed its last screen.
func ExitCode(a *Answers, interrupted bool) int {
	switch {
	case a.Ready():
		return ExitOK
	case interrupted:
		return ExitInterrupted
	}
	return ExitNotDone
}
