package commands

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"
)

// Exit codes shared by the commands. Each command documents which it uses.
const (
	ExitOK          = 0
	ExitFailed      = 1   // the check failed, or there is nothing to work on
	ExitBroken      = 2   // the saved setup cannot be read, or the command cannot run as asked
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

// FlagError explains a flag cobra could not parse, without echoing what
// followed it: `-pSECRET` would otherwise come back as "unknown shorthand
// flag: 'p' in -pSECRET". A --password flag gets the way that works.
func FlagError(env *Env) func(*cobra.Command, error) error {
	return func(cmd *cobra.Command, err error) error {
		msg := err.Error()
		if i := strings.Index(msg, " in -"); i >= 0 {
			msg = msg[:i]
		}
		if strings.Contains(msg, "--password") && !strings.Contains(msg, "--password-stdin") {
			return errors.New(env.Cat.T("cmd.setup.noPasswordFlag"))
		}
		return errors.New(FlagErrorText(env.Cat, cmd.CommandPath(), err))
	}
}
