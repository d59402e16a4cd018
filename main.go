// Command gmailsetup takes a person from "I have a Gmail address" to "my
// programs send mail through smtp.gmail.com with an app password": verified,
// saved and easy to rotate. This file only reads flags and wires the parts.
package main

import (
	"errors"
	"fmt"
	"net"
	"os"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"gmailsetup/demo"
	"gmailsetup/i18n"
	"gmailsetup/links"
	"gmailsetup/mailer"
	"gmailsetup/steps"
	"gmailsetup/storage"
	"gmailsetup/wizard"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"

// exitError carries a process exit code out of a command.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit %d", e.code) }

type flags struct {
	lang    string
	demo    bool
	appName string
	config  string
}

func main() {
	err := newRootCmd().Execute()
	var exit exitError
	switch {
	case errors.As(err, &exit):
		os.Exit(exit.code)
	case err != nil:
		os.Exit(1)
	}
}

func newRootCmd() *cobra.Command {
	var f flags
	cmd := &cobra.Command{
		Use:   "gmailsetup",
		Short: "Set up sending mail through Gmail with an app password",
		Long: "gmailsetup walks you through Google's steps (account, 2-Step Verification,\n" +
			"app password), tests the password with a real mail to yourself, and saves it.\n" +
			"Try it offline first with: gmailsetup --demo",
		Version:       version,
		Args:          cobra.NoArgs,
		SilenceUsage:  true,
		SilenceErrors: false,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runWizard(f, wizard.ModeAuto)
		},
	}
	cmd.Flags().StringVar(&f.lang, "lang", "", "language: en or it (default: from LC_ALL, LC_MESSAGES, LANG)")
	cmd.Flags().BoolVar(&f.demo, "demo", false, "walk the whole wizard against a built-in test server; nothing leaves this computer")
	cmd.Flags().StringVar(&f.appName, "app-name", "gmailsetup", "the name to give the app password on Google's page")
	cmd.Flags().StringVar(&f.config, "config", "", "where the setup is saved (default: $GMAILSETUP_CONFIG or the user config folder)")
	return cmd
}

// language picks --lang, else the locale.
func language(flag string) (i18n.Lang, error) {
	if flag == "" {
		return i18n.Detect(os.Getenv), nil
	}
	lang, ok := i18n.Parse(flag)
	if !ok {
		return "", fmt.Errorf("--lang %q: use en or it", flag)
	}
	return lang, nil
}

func runWizard(f flags, mode wizard.Mode) error {
	lang, err := language(f.lang)
	if err != nil {
		return err
	}
	if !term.IsTerminal(os.Stdin.Fd()) || !term.IsTerminal(os.Stdout.Fd()) {
		fmt.Fprintln(os.Stderr, "gmailsetup: the wizard needs a terminal. Without one, use:\n  gmailsetup setup --email ADDRESS --password-stdin")
		return exitError{2}
	}

	deps, opts := steps.Deps{Clock: steps.SystemClock{}}, steps.Options{AppName: f.appName}
	if f.demo {
		env, err := demo.Start()
		if err != nil {
			return fmt.Errorf("starting the demo server: %w", err)
		}
		defer env.Close()
		deps.Opener, deps.Resolver, deps.Store = demo.Browser{}, demo.Resolver{}, env.Store
		deps.Sender = &mailer.Client{Server: env.Server}
		opts.Demo, opts.DemoPassword = true, demo.Password
	} else {
		path := f.config
		if path == "" {
			if path, err = storage.DefaultPath(); err != nil {
				return err
			}
		}
		deps.Opener, deps.Resolver, deps.Store = links.Browser{}, net.DefaultResolver, storage.Open(path)
		deps.Sender = &mailer.Client{Server: mailer.Gmail()}
	}

	model := wizard.New(wizard.Config{Lang: lang, Mode: mode, Opts: opts, Deps: deps})
	if _, err := tea.NewProgram(model).Run(); err != nil {
		return err
	}
	if model.Interrupted() {
		return exitError{130}
	}
	return nil
}
