package main

import (
	"os"

	"github.com/spf13/cobra"

	"gmailsetup/internal/i18n"
	"gmailsetup/internal/winconsole"
)

// A double-click in Explorer must open the wizard: the people the guide is
// written for unzip the program and double-click it. Cobra's default, when
// the parent is explorer.exe, is an English "This is a command line tool"
// and exit 1 (its mousetrap hook); an empty text turns that off.
func init() { cobra.MousetrapHelpText = "" }

// exit ends the process with code. When the program owns its console (a
// double-click: Windows closes that window the moment the program ends),
// it first waits for enter, in the person's language, so that what was
// printed last can be read. In a terminal or a script it just exits.
func exit(cat i18n.Catalog, code int) {
	winconsole.HoldIfOwned(os.Stdin, os.Stderr, cat.T("windows.pressEnter"))
	os.Exit(code)
}
