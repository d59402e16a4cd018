// Command explorer stands in for Windows' explorer.exe in the wine test
// (wine_e2e_test.go): built as explorer.exe, it starts its arguments as a
// program whose parent is named explorer.exe, as a double-click does, and
// ends with its exit status.
package main

import (
	"errors"
	"os"
	"os/exec"
)

func main() {
	cmd := exec.Command(os.Args[1], os.Args[2:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		os.Exit(exit.ExitCode())
	case err != nil:
		os.Stderr.WriteString(err.Error() + "\n")
		os.Exit(127)
	}
}
