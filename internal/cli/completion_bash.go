package cli

import (
	"bytes"
	"fmt"
	"io"

	"github.com/spf13/cobra"
)

// bashWithoutPackage is appended to cobra's bash script. Cobra's words
// helper calls _get_comp_words_by_ref, which only Debian's bash-completion
// package (and Homebrew's) defines: without it, every tab printed
// "_get_comp_words_by_ref: command not found". This one uses the package
// when it is there, and otherwise splits the line up to the cursor at
// blanks, as the package does with -n =: (so --account=x stays one word).
const bashWithoutPackage = `
# gmailsetup: works without the bash-completion package too.
__%[1]s_init_completion()
{
    COMPREPLY=()
    if declare -F _get_comp_words_by_ref >/dev/null 2>&1; then
        _get_comp_words_by_ref "$@" cur prev words cword
        return
    fi
    local line=${COMP_LINE:0:COMP_POINT}
    read -r -a words <<< "$line"
    if [[ -z $line || $line == *[[:blank:]] ]]; then
        words+=("")
    fi
    cword=$(( ${#words[@]} - 1 ))
    cur=${words[cword]}
    prev=
    if (( cword > 0 )); then
        prev=${words[cword-1]}
    fi
}
`

// bashCompletion replaces the RunE of cobra's `completion bash` so that the
// script it prints ends with bashWithoutPackage.
func bashCompletion(bash *cobra.Command) {
	bash.RunE = func(cmd *cobra.Command, _ []string) error {
		noDesc, _ := cmd.Flags().GetBool("no-descriptions")
		var b bytes.Buffer
		root := cmd.Root()
		if err := root.GenBashCompletionV2(&b, !noDesc); err != nil {
			return err
		}
		// Cobra names its functions after the root command.
		fmt.Fprintf(&b, bashWithoutPackage, root.Name())
		_, err := io.Copy(cmd.OutOrStdout(), &b)
		return err
	}
}
