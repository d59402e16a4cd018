// Command gmailsetup takes a person from "I have a Gmail address" to "my
// programs send mail through smtp.gmail.com with an app password": verified,
// saved and easy to rotate. This file only reads flags, adds the
// subcommands and wires the parts; the commands' logic is in internal/cli/.
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
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"gmailsetup/internal/cli"
	"gmailsetup/internal/clipboard"
	"gmailsetup/internal/fake/demo"
	"gmailsetup/internal/gmail/known"
	"gmailsetup/internal/gmail/links"
	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
	"gmailsetup/internal/oauth"
	"gmailsetup/internal/plain"
	"gmailsetup/internal/storage"
	"gmailsetup/mailer"
	"gmailsetup/steps"
	"gmailsetup/wizard"
)

// server is where mail goes: Gmail. Only a binary built for main_test.go
// with the gmailsetup_testserver tag can point it elsewhere (testserver.go).
var server = mailer.Gmail

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
	ctx, interrupted := watchInterrupt()
	env := &cli.Env{Ctx: ctx, Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}
	env.Cat = i18n.New(earlyLanguage(os.Args[1:]))
	root, closeDebug := newRootCmd(env)
	err := root.ExecuteContext(ctx)
	if derr := closeDebug(); derr != nil {
		// The command's own outcome stands: scripts act on it, and the
		// transcript is only a witness. The person is told it has a hole.
		fmt.Fprintln(os.Stderr, derr)
	}
	var exitErr *cli.ExitError
	switch {
	case err != nil && interrupted() != 0:
		os.Exit(interrupted())
	case errors.As(err, &exitErr):
		exit(env.Cat, exitErr.Code)
	case err != nil:
		fmt.Fprintln(os.Stderr, "gmailsetup: "+err.Error())
		exit(env.Cat, cli.ExitBroken) // a usage error: the command did not run
	}
	exit(env.Cat, cli.ExitOK)
}

// interruptGrace is how long a command has, after ctrl+c, to stop what it
// is doing and say so. Whatever it is still blocked in after that (a read
// the context cannot reach), the process ends: within 1 s, with 130.
const interruptGrace = 800 * time.Millisecond

// endSignals end a run as ctrl+c does: SIGINT, the terminal window closed
// (SIGHUP) and a polite kill (SIGTERM). Caught, each cancels the root
// context, so the wizard restores the terminal and the demo removes its
// folder, where the default action would kill the process on the spot.
var endSignals = []os.Signal{os.Interrupt, syscall.SIGHUP, syscall.SIGTERM}

// watchInterrupt returns the root context, cancelled by the first of
// endSignals, and the exit code that signal asks for (0 while none came):
// 128 plus its number, as a shell reports it (SIGHUP 129, SIGINT 130,
// SIGTERM 143). A second signal, or the grace running out, ends the
// process at once with that code, after the forced-exit clean-ups.
func watchInterrupt() (context.Context, func() int) {
	ctx, cancel := context.WithCancel(context.Background())
	var code atomic.Int32
	sig := make(chan os.Signal, 2)
	signal.Notify(sig, endSignals...)
	go func() {
		code.Store(int32(signalExit(<-sig)))
		cancel()
		select {
		case <-sig:
		case <-time.After(interruptGrace):
		}
		runForcedExit()
		os.Exit(int(code.Load()))
	}()
	return ctx, func() int { return int(code.Load()) }
}

// signalExit is the exit code for a process ended by s.
func signalExit(s os.Signal) int {
	if n, ok := s.(syscall.Signal); ok {
		return 128 + int(n)
	}
	return cli.ExitInterrupted
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
	return i18n.DetectSystem(os.Getenv)
}

// newRootCmd builds the command tree around env, which PersistentPreRunE
// fills once the flags are parsed. closeDebug closes the --debug file and
// says, as a message for the person, whether any of it failed to be written.
func newRootCmd(env *cli.Env) (root *cobra.Command, closeDebug func() error) {
	var f flags
	var debugLog *cli.DebugLog
	closeDebug = func() error {
		if debugLog == nil {
			return nil
		}
		return debugLog.Close()
	}
	cat := env.Cat
	root = &cobra.Command{
		Use:           "gmailsetup",
		Short:         cat.T("cmd.root.short"),
		Long:          cat.T("cmd.root.long"),
		Version:       versionString(),
		Args:          cli.NoArgs,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			var err error
			debugLog, err = fillEnv(env, f)
			return err
		},
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runWizard(env.Ctx, env, f, wizard.ModeAuto, "")
		},
	}
	root.SetFlagErrorFunc(cli.FlagError(env))
	pf := root.PersistentFlags()
	pf.StringVar(&f.lang, "lang", "", cat.T("cmd.flag.lang"))
	pf.StringVar(&f.config, "config", "", cat.T("cmd.flag.config"))
	pf.StringVar(&f.debug, "debug", "", cat.T("cmd.flag.debug"))
	root.Flags().BoolVar(&f.demo, "demo", false, cat.T("cmd.flag.demo"))
	root.Flags().StringVar(&f.appName, "app-name", "gmailsetup", cat.T("cmd.flag.appName"))
	root.Flags().BoolVar(&f.accessible, "accessible", false, cat.T("cmd.flag.accessible"))

	root.AddCommand(
		cli.NewRotateCmd(env, func(account string) error {
			return runWizard(env.Ctx, env, f, wizard.ModeRotate, account)
		}),
		cli.NewStatusCmd(env),
		cli.NewTestCmd(env),
		cli.NewForgetCmd(env),
		cli.NewSetupCmd(env),
		cli.NewExportCmd(env),
		cli.NewSendCmd(env),
		cli.NewPasswordCmd(env),
		cli.NewTokenCmd(env),
		newManCmd(env),
	)
	root.AddCommand(cli.NewCredentialCmd(env))
	cli.QuietCompletion(root)
	cli.Localize(root, cat)
	return root, closeDebug
}

// fillEnv completes env from the parsed flags and the process. It returns
// the --debug file, for main to close.
func fillEnv(env *cli.Env, f flags) (*cli.DebugLog, error) {
	if f.lang != "" {
		lang, ok := i18n.Parse(f.lang)
		if !ok {
			return nil, errors.New(env.Cat.T("hardening.badLang"))
		}
		env.Cat = i18n.New(lang)
	}
	env.StdinTTY = term.IsTerminal(os.Stdin.Fd())
	env.StdoutTTY = term.IsTerminal(os.Stdout.Fd())
	env.Server = server()
	env.Now = time.Now
	// Google sign-ins talk to Google's real endpoints; the page opens in
	// the system browser where there is one (never over SSH).
	env.Google = cli.GoogleService{}
	browser := links.NewOpener(os.Getenv, runtime.GOOS)
	env.Browser = oauth.OpenerFunc(browser.Open)
	setupPath := func() (string, error) {
		if f.config != "" {
			return f.config, nil
		}
		return storage.DefaultPath()
	}
	env.Store = func() (*storage.Store, error) {
		path, err := setupPath()
		if err != nil {
			return nil, err
		}
		return storage.Open(path), nil
	}
	if f.debug == "" {
		return nil, nil
	}
	config, _ := setupPath() // unknown: only the existing-file check guards it
	log, err := cli.CreateDebugLog(env.Cat, f.debug, config)
	if err != nil {
		return nil, err
	}
	env.Debug = log
	return log, nil
}

// runWizard runs the guide in mode, on account when given: the full-screen
// wizard, or plain prompts with --accessible, TERM=dumb or ACCESSIBLE set.
// ctx is the root context; every send, look-up and browser launch ends
// with it.
func runWizard(ctx context.Context, env *cli.Env, f flags, mode wizard.Mode, account string) error {
	plainMode := f.accessible || plain.Wanted(os.Getenv)
	if !plainMode && (!env.StdinTTY || !env.StdoutTTY) {
		fmt.Fprintln(env.Stderr, env.Cat.T("cmd.noTerminal"))
		return &cli.ExitError{Code: cli.ExitBroken}
	}
	deps, opts := guide.Deps{Clock: guide.SystemClock{}}, steps.Options{AppName: f.appName}
	// The copy keys write the system clipboard too, and say "copied" only
	// when it holds the text.
	deps.Clipboard = clipboard.System{Getenv: os.Getenv}
	if f.demo {
		d, err := demo.Start(env.Cat.Lang())
		if err != nil {
			return fmt.Errorf("starting the demo server: %w", err)
		}
		// Closed on the way out, or by the signal watcher if the grace
		// runs out first: the folder holds a client-secret file.
		closeDemo := sync.OnceFunc(func() { d.Close() })
		defer closeDemo()
		onForcedExit(closeDemo)
		deps.Opener, deps.Resolver, deps.Store = demo.Browser{}, demo.Resolver{}, d.Store
		// The Google sign-in: the fake's "Allow" page opens in a real
		// browser when there is one; the client file is in its Downloads.
		deps.Opener = demo.Browser{Real: links.NewOpener(os.Getenv, runtime.GOOS), Allow: d.AuthURL()}
		deps.Google, deps.Downloads = d.Google, d.Downloads
		deps.Sender = &mailer.Client{Server: d.Server, Debug: env.Debug}
		opts.Demo, opts.DemoPassword = true, demo.Password
		opts.DemoProgram = d.SendAsQuiFattura // step 9: the demo plays Qui Fattura
	} else {
		store, err := env.Store()
		if err != nil {
			return err
		}
		// Every way through the guide ends in a save: one refused for
		// where it would write (sudo without -H, a folder anyone may
		// change) is told now, before a question or a test mail.
		if err := store.CheckWrite(); err != nil {
			if key, args, ok := guide.Storage(err); ok {
				fmt.Fprintln(env.Stderr, env.Cat.T(key, args...))
				return &cli.ExitError{Code: cli.ExitBroken}
			}
			return err
		}
		// Over SSH or without a display, nothing is launched into this
		// terminal: the link is shown, copied (y) or drawn as a QR code (r).
		deps.Opener, deps.Resolver, deps.Store = links.NewOpener(os.Getenv, runtime.GOOS), net.DefaultResolver, store
		deps.Sender = &mailer.Client{Server: env.Server, Debug: env.Debug}
		// The address may already be written down (git, msmtp, $EMAIL):
		// the first step starts with it filled in.
		home, _ := os.UserHomeDir()
		deps.Known = &known.Config{Getenv: os.Getenv, Home: home, Git: known.RunGit}
	}

	if plainMode {
		// In plain mode the terminal is not raw: ctrl+c is a signal, and it
		// must stop a send or a question at once, saving nothing (exit 130).
		ctx, stop := signal.NotifyContext(ctx, os.Interrupt)
		defer stop()
		home, _ := os.UserHomeDir()
		code := plain.Run(ctx, plain.Config{
			In: env.Stdin, Out: env.Stdout, Cat: env.Cat,
			Tasks: guide.Tasks{Deps: deps, AppName: opts.AppName}, Home: home,
			Demo: opts.Demo, DemoPassword: opts.DemoPassword, DemoProgram: opts.DemoProgram,
			Rotate: mode == wizard.ModeRotate, Account: account,
		})
		if code != plain.ExitOK {
			return &cli.ExitError{Code: code}
		}
		return nil
	}

	model := wizard.New(wizard.Config{Ctx: ctx, Lang: env.Cat.Lang(), Mode: mode, Account: account, Opts: opts, Deps: deps})
	var program tea.Model = model
	if os.Getenv(panicHook) != "" {
		program = panicky{model}
	}
	// A canceled root context kills the program: an interrupt, not a
	// failure. Anything else (a panic, caught by Bubble Tea) is.
	// The root context is the one signal handler (watchInterrupt): SIGINT,
	// SIGHUP and SIGTERM all end the program through it, which restores
	// the terminal, and the exit code names the signal.
	_, err := tea.NewProgram(program, tea.WithContext(ctx), tea.WithoutSignalHandler()).Run()
	if err == nil && ctx.Err() == nil {
		// A Google sign-in left before it was saved is revoked, briefly:
		// its refresh token was only in memory, but Google lists the
		// grant until then. Not after ctrl+c, which must not wait.
		_ = model.ForgetUnsaved(ctx)
	}
	if model.ClipboardSecret() {
		// Stopped before the wizard could empty the clipboard of the app
		// password it copied (a signal): empty it now, the system's if it
		// still holds the password, and the terminal's (OSC 52).
		model.ClearSystemClipboard(context.WithoutCancel(ctx))
		fmt.Fprint(env.Stdout, ansi.SetSystemClipboard(""))
	}
	if err == nil || errors.Is(err, tea.ErrInterrupted) || ctx.Err() != nil {
		// The full-screen view is gone and took the settings with it: what
		// was saved, and where, stays on the terminal (never the password).
		fmt.Fprint(env.Stdout, guide.Ending(env.Cat, model.Answers(), opts.Demo))
	}
	if err != nil {
		if errors.Is(err, tea.ErrInterrupted) || ctx.Err() != nil {
			return &cli.ExitError{Code: cli.ExitInterrupted}
		}
		return err
	}
	if ctx.Err() != nil {
		return &cli.ExitError{Code: cli.ExitInterrupted}
	}
	if code := model.ExitCode(); code != guide.ExitOK {
		return &cli.ExitError{Code: code}
	}
	return nil
}
