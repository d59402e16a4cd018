// Command gmailsetup takes a person from "I have a Gmail address" to "my
// programs send mail through smtp.gmail.com with an app password": verified,
// saved and easy to rotate. This file only reads flags, adds the
// subcommands and wires the parts; the commands' logic is in commands/.
package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/signal"
	"runtime"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"gmailsetup/accessible"
	"gmailsetup/commands"
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

type flags struct {
	lang    string
	demo    bool
	appName string
	config  string
	debug   string
	// accessible asks for plain prompts instead of the full-screen wizard.
	accessible bool
}

func main() {
	env := &commands.Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}
	env.Cat = i18n.New(earlyLanguage(os.Args[1:]))
	root, closeDebug := newRootCmd(env)
	err := root.Execute()
	closeDebug()
	var exit *commands.ExitError
	switch {
	case errors.As(err, &exit):
		os.Exit(exit.Code)
	case err != nil:
		fmt.Fprintln(os.Stderr, "gmailsetup: "+err.Error())
		os.Exit(commands.ExitBroken) // a usage error: the command did not run
	}
}

// earlyLanguage picks the language before cobra parses anything, so that
// help texts and flag errors already speak it. --lang is validated later.
func earlyLanguage(args []string) i18n.Lang {
	for i, a := range args {
		if a == "--" {
			break
		}
		v, ok := strings.CutPrefix(a, "--lang=")
		if !ok && a == "--lang" && i+1 < len(args) {
			v, ok = args[i+1], true
		}
		if lang, known := i18n.Parse(v); ok && known {
			return lang
		}
	}
	return i18n.Detect(os.Getenv)
}

// newRootCmd builds the command tree around env, which PersistentPreRunE
// fills once the flags are parsed. closeDebug closes the --debug file.
func newRootCmd(env *commands.Env) (root *cobra.Command, closeDebug func()) {
	var f flags
	var debugFile *os.File
	closeDebug = func() {
		if debugFile != nil {
			debugFile.Close()
		}
	}
	cat := env.Cat
	root = &cobra.Command{
		Use:           "gmailsetup",
		Short:         cat.T("cmd.root.short"),
		Long:          cat.T("cmd.root.long"),
		Version:       version,
		Args:          commands.NoArgs,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			var err error
			debugFile, err = fillEnv(env, f)
			return err
		},
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runWizard(cmd.Context(), env, f, wizard.ModeAuto, "")
		},
	}
	root.SetFlagErrorFunc(commands.FlagError(env))
	pf := root.PersistentFlags()
	pf.StringVar(&f.lang, "lang", "", cat.T("cmd.flag.lang"))
	pf.StringVar(&f.config, "config", "", cat.T("cmd.flag.config"))
	pf.StringVar(&f.debug, "debug", "", cat.T("cmd.flag.debug"))
	root.Flags().BoolVar(&f.demo, "demo", false, cat.T("cmd.flag.demo"))
	root.Flags().StringVar(&f.appName, "app-name", "gmailsetup", cat.T("cmd.flag.appName"))
	root.Flags().BoolVar(&f.accessible, "accessible", false, cat.T("cmd.flag.accessible"))

	root.AddCommand(
		commands.NewRotateCmd(env, func(account string) error {
			return runWizard(root.Context(), env, f, wizard.ModeRotate, account)
		}),
		commands.NewStatusCmd(env),
		commands.NewTestCmd(env),
		commands.NewForgetCmd(env),
		commands.NewSetupCmd(env),
		commands.NewExportCmd(env),
		commands.NewSendCmd(env),
		commands.NewPasswordCmd(env),
	)
	return root, closeDebug
}

// fillEnv completes env from the parsed flags and the process. It returns
// the --debug file, for main to close.
func fillEnv(env *commands.Env, f flags) (*os.File, error) {
	if f.lang != "" {
		lang, ok := i18n.Parse(f.lang)
		if !ok {
			return nil, errors.New(env.Cat.T("cmd.badLang", f.lang))
		}
		env.Cat = i18n.New(lang)
	}
	env.StdinTTY = term.IsTerminal(os.Stdin.Fd())
	env.StdoutTTY = term.IsTerminal(os.Stdout.Fd())
	env.Server = mailer.Gmail()
	env.Now = time.Now
	env.Store = func() (*storage.Store, error) {
		path := f.config
		if path == "" {
			var err error
			if path, err = storage.DefaultPath(); err != nil {
				return nil, err
			}
		}
		return storage.Open(path), nil
	}
	if f.debug == "" {
		return nil, nil
	}
	// 0600 even when the file already exists: the transcript names the
	// account, and its redaction is a safeguard, not a licence to share.
	file, err := os.OpenFile(f.debug, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err == nil {
		err = file.Chmod(0o600)
	}
	if err != nil {
		return file, errors.New(env.Cat.T("cmd.debugFile", err))
	}
	env.Debug = file
	return file, nil
}

// runWizard runs the guide in mode, on account when given: the full-screen
// wizard, or plain prompts with --accessible, TERM=dumb or ACCESSIBLE set.
// ctx is the root context; every send, look-up and browser launch ends
// with it.
func runWizard(ctx context.Context, env *commands.Env, f flags, mode wizard.Mode, account string) error {
	plain := f.accessible || accessible.Wanted(os.Getenv)
	if !plain && (!env.StdinTTY || !env.StdoutTTY) {
		fmt.Fprintln(env.Stderr, env.Cat.T("cmd.noTerminal"))
		return &commands.ExitError{Code: commands.ExitBroken}
	}
	deps, opts := steps.Deps{Clock: steps.SystemClock{}}, steps.Options{AppName: f.appName}
	if f.demo {
		d, err := demo.Start()
		if err != nil {
			return fmt.Errorf("starting the demo server: %w", err)
		}
		defer d.Close()
		deps.Opener, deps.Resolver, deps.Store = demo.Browser{}, demo.Resolver{}, d.Store
		deps.Sender = &mailer.Client{Server: d.Server, Debug: env.Debug}
		opts.Demo, opts.DemoPassword = true, demo.Password
	} else {
		store, err := env.Store()
		if err != nil {
			return err
		}
		// Over SSH or without a display, nothing is launched into this
		// terminal: the link is shown, copied (y) or drawn as a QR code (r).
		deps.Opener, deps.Resolver, deps.Store = links.NewOpener(os.Getenv, runtime.GOOS), net.DefaultResolver, store
		deps.Sender = &mailer.Client{Server: env.Server, Debug: env.Debug}
	}

	if plain {
		// In plain mode the terminal is not raw: ctrl+c is a signal, and it
		// must stop a send or a question at once, saving nothing (exit 130).
		ctx, stop := signal.NotifyContext(ctx, os.Interrupt)
		defer stop()
		home, _ := os.UserHomeDir()
		code := accessible.Run(ctx, accessible.Config{
			In: env.Stdin, Out: env.Stdout, Cat: env.Cat,
			Opener: deps.Opener, Sender: deps.Sender, Store: deps.Store,
			Resolver: deps.Resolver, Now: time.Now, Home: home,
			AppName: opts.AppName, Demo: opts.Demo, DemoPassword: opts.DemoPassword,
			Rotate: mode == wizard.ModeRotate, Account: account,
		})
		if code != accessible.ExitOK {
			return &commands.ExitError{Code: code}
		}
		return nil
	}

	model := wizard.New(wizard.Config{Ctx: ctx, Lang: env.Cat.Lang(), Mode: mode, Account: account, Opts: opts, Deps: deps})
	var program tea.Model = model
	if os.Getenv(panicHook) != "" {
		program = panicky{model}
	}
	// A canceled root context kills the program: that is an interrupt, not
	// a failure. Anything else (a panic, caught by Bubble Tea) is.
	if _, err := tea.NewProgram(program, tea.WithContext(ctx)).Run(); err != nil && ctx.Err() == nil {
		return err
	}
	if model.Interrupted() || ctx.Err() != nil {
		return &commands.ExitError{Code: commands.ExitInterrupted}
	}
	return nil
}
