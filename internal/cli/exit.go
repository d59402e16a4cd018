package cli

import (
	"fmt"

	"github.com/spf13/cobra"
)

// Exit codes shared by the commands. Each command documents which it uses.
const (
	ExitOK          = 0
	ExitFailed      = 1   // the check failed, or there is nothing to work on
	ExitBroken      = 2   // the saved setup cannot be read, or the command cannot run as asked
	ExitMaybeSent   = 3   // send: the mail went out whole, Gmail's answer was lost
	ExitInterrupted = 130 // ctrl+c, as a shell reports SIGINT
)

// ExitError asks main to end the process with Code. The command has already
// told the person what happened, so main prints nothing more.
type ExitError struct{ Code int }

func (e *ExitError) Error() string { return fmt.Sprintf("exit %d", e.Code) }

// exit is the error that ends a command with code.
func exit(code int) error { return &ExitError{Code: code} }

// NoArgs refuses positional arguments without echoing them: a person may
// have typed an app password where a flag was expected, and cobra's own
// message would print it back.
func NoArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return &NoArgsError{Path: cmd.CommandPath()}
	}
	return nil
}

// NoArgsError is NoArgs' refusal; Localize words it in the person's language.
type NoArgsError struct{ Path string }

func (e *NoArgsError) Error() string {
	return fmt.Sprintf("%s takes no arguments; see %s --help", e.Path, e.Path)
}
