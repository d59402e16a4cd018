package commands

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"gmailsetup/storage"
)

// exportOpts are export's flags.
type exportOpts struct {
	account       string
	write         bool
	file          string
	includeSecret bool
}

// NewExportCmd is `gmailsetup export msmtp|git|env|netrc`: the saved setup
// as a snippet for a tool people already run, printed or, with --write,
// appended to that tool's file after a backup.
//
// The secret: msmtp's block asks `gmailsetup password` for it and git
// send-email asks the person, so neither holds it. netrc always does and env
// does with --include-secret; those are never printed to a terminal, only
// to a pipe, a redirect or with --write into a file readable only by you.
//
// Exit codes: 0 done; 1 no saved setup, no such account, or the file
// already has this account; 2 anything else that stopped it.
func NewExportCmd(env *Env) *cobra.Command {
	var o exportOpts
	cmd := &cobra.Command{
		Use:       "export msmtp|git|env|netrc",
		Short:     env.Cat.T("export.short"),
		Long:      env.Cat.T("export.long"),
		ValidArgs: exportFormatNames(),
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 || findFormat(args[0]) == nil {
				// The argument is not echoed: it might be a pasted secret.
				return errors.New(env.Cat.T("export.badFormat", strings.Join(exportFormatNames(), ", ")))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return runExport(env, findFormat(args[0]), o)
		},
	}
	cmd.SilenceUsage = true
	f := cmd.Flags()
	f.StringVar(&o.account, "account", "", env.Cat.T("export.flag.account"))
	f.BoolVar(&o.write, "write", false, env.Cat.T("export.flag.write"))
	f.StringVar(&o.file, "file", "", env.Cat.T("export.flag.file"))
	f.BoolVar(&o.includeSecret, "include-secret", false, env.Cat.T("export.flag.includeSecret"))
	return cmd
}

func runExport(env *Env, format *exportFormat, o exportOpts) error {
	if o.includeSecret && format.secret == secretNever {
		fmt.Fprintln(env.Stderr, env.Cat.T("export.noSecretHere", format.name))
		return exit(ExitBroken)
	}
	write := o.write || o.file != ""
	withSecret := format.secret == secretAlways || (format.secret == secretOnRequest && o.includeSecret)
	if withSecret && !write && env.StdoutTTY {
		fmt.Fprintln(env.Stderr, env.Cat.T("export.secretTerminal", format.name))
		return exit(ExitBroken)
	}
	target := o.file
	if write && target == "" {
		var ok bool
		if target, ok = format.defaultFile(); !ok {
			fmt.Fprintln(env.Stderr, env.Cat.T("export.needFile", format.name))
			return exit(ExitBroken)
		}
	}

	store, acct, err := savedAccount(env, o.account)
	if err != nil {
		return err
	}
	in := snippetInput{
		Cat:     env.Cat,
		Email:   acct.Email,
		Host:    acct.Host,
		Port:    acct.Port,
		PassCmd: passwordCommand(store.Path(), acct.Email),
	}
	if in.Host == "" {
		in.Host = "smtp.gmail.com"
	}
	if in.Port == 0 {
		in.Port = 465
	}
	if withSecret {
		if in.Secret, err = savedSecret(env, store, acct.Email); err != nil {
			return err
		}
		in.Secret = unspaced(in.Secret)
		if strings.ContainsAny(in.Secret, " \t\r\n\"'\\#") {
			fmt.Fprintln(env.Stderr, env.Cat.T("export.secretUnusable", format.name))
			return exit(ExitBroken)
		}
	}
	text := format.render(in)
	if !write {
		fmt.Fprint(env.Stdout, text)
		return nil
	}

	res, err := appendFile(target, []byte(text), format.private || withSecret, env.now(),
		func(old []byte) bool { return format.has(old, in) })
	switch {
	case errors.Is(err, errAlreadyThere):
		fmt.Fprintln(env.Stderr, env.Cat.T("export.duplicate", res.Path, acct.Email))
		fmt.Fprintln(env.Stderr, format.removeHint(in, res.Path))
		return exit(ExitFailed)
	case err != nil:
		fmt.Fprintln(env.Stderr, env.Cat.T("export.writeError", err))
		return exit(ExitBroken)
	}
	fmt.Fprintln(env.Stdout, env.Cat.T("export.written", format.name, acct.Email, res.Path))
	if res.Backup != "" {
		fmt.Fprintln(env.Stdout, env.Cat.T("export.backup", res.Backup))
	}
	if res.Tightened {
		fmt.Fprintln(env.Stdout, env.Cat.T("export.tightened", res.Path))
	}
	return nil
}

// passwordCommand is the command msmtp runs for the secret. A setup kept
// somewhere other than the usual place is named in it, because msmtp may
// run without this shell's --config or GMAILSETUP_CONFIG.
func passwordCommand(configPath, email string) string {
	cmd := "gmailsetup password --account " + shellWord(email)
	usual := ""
	if dir, err := os.UserConfigDir(); err == nil {
		usual = filepath.Join(dir, "gmailsetup", "config.toml")
	}
	if abs, err := filepath.Abs(configPath); err == nil && abs != usual {
		cmd = storage.EnvConfig + "=" + shellWord(abs) + " " + cmd
	}
	return cmd
}

// shellWord quotes s for a POSIX shell only when it needs it, so the usual
// address reads as typed.
func shellWord(s string) string {
	if s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@%+=:,./_-") == "" {
		return s
	}
	return storage.ShellQuote(s)
}

// unspaced removes the spaces of an app password in Google's spaced form
// (four groups of four letters): netrc and env files split values at spaces.
func unspaced(p string) string {
	q := strings.ReplaceAll(p, " ", "")
	if len(q) != 16 {
		return p
	}
	for i := 0; i < len(q); i++ {
		if c := q[i] | 0x20; c < 'a' || c > 'z' {
			return p
		}
	}
	return q
}

func exportFormatNames() []string {
	names := make([]string, len(exportFormats))
	for i, f := range exportFormats {
		names[i] = f.name
	}
	return names
}

func findFormat(name string) *exportFormat {
	i := slices.IndexFunc(exportFormats, func(f exportFormat) bool { return f.name == name })
	if i < 0 {
		return nil
	}
	return &exportFormats[i]
}
