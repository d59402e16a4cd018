package commands

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"gmailsetup/links"
	"gmailsetup/storage"
)

// NewForgetCmd is `gmailsetup forget`: remove an account's setup and its
// keyring entry from this computer, then remind the person that the app
// password still works at Google until revoked there. Exit 0 when removed,
// 1 when not (declined, nothing saved, or the keyring entry was left), 2
// when the setup cannot be read or there is no terminal to confirm and no
// --yes.
func NewForgetCmd(env *Env) *cobra.Command {
	var (
		account string
		yes     bool
	)
	cmd := &cobra.Command{
		Use:   "forget",
		Short: env.Cat.T("cmd.forget.short"),
		Long:  env.Cat.T("cmd.forget.long"),
		Args:  NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return forget(env, account, yes)
		},
	}
	cmd.Flags().StringVar(&account, "account", "", env.Cat.T("cmd.forget.flag.account"))
	cmd.Flags().BoolVarP(&yes, "yes", "y", false, env.Cat.T("cmd.forget.flag.yes"))
	return cmd
}

func forget(env *Env, email string, yes bool) error {
	cat := env.Cat
	l, err := load(env)
	if err != nil {
		return err
	}
	if email == "" && len(l.cfg.Accounts) > 1 {
		// Removing one of several by default is too easy a mistake.
		fmt.Fprintln(env.Stderr, cat.T("cmd.forget.which", l.emails()))
		return exit(ExitFailed)
	}
	accts, err := l.pick(env, email, false)
	if err != nil {
		return err
	}
	a := accts[0]
	if !yes {
		if !env.StdinTTY {
			fmt.Fprintln(env.Stderr, cat.T("cmd.forget.needYes", a.Email))
			return exit(ExitBroken)
		}
		if !confirm(env, cat.T("cmd.forget.confirm", a.Email)) {
			fmt.Fprintln(env.Stderr, cat.T("cmd.forget.kept", a.Email))
			return exit(ExitFailed)
		}
	}

	code := ExitOK
	err = l.store.Forget(a.Email)
	var ring *storage.KeyringError
	switch {
	case errors.As(err, &ring):
		// The file no longer names the account; only the keyring entry is left.
		fmt.Fprintln(env.Stdout, cat.T("cmd.forget.done", a.Email, l.store.Path()))
		fmt.Fprintln(env.Stderr, cat.T("cmd.forget.keyringLeft", ring.Err, a.Email))
		code = ExitFailed
	case err != nil:
		return report(env, err, l.store.Path())
	default:
		fmt.Fprintln(env.Stdout, cat.T("cmd.forget.done", a.Email, l.store.Path()))
	}
	fmt.Fprintln(env.Stdout, revokeHint(env, a))
	fmt.Fprintln(env.Stdout, "  "+links.AppPasswords(a.Email))
	return exitCode(code)
}

// revokeHint names the app password to delete on Google's page, by label
// and date when the setup knew them.
func revokeHint(env *Env, a storage.Account) string {
	cat := env.Cat
	switch {
	case a.AppPasswordLabel != "" && !a.AppPasswordCreated.IsZero():
		return cat.T("cmd.forget.revokeLabelDate", a.AppPasswordLabel, day(a.AppPasswordCreated))
	case a.AppPasswordLabel != "":
		return cat.T("cmd.forget.revokeLabel", a.AppPasswordLabel)
	case !a.AppPasswordCreated.IsZero():
		return cat.T("cmd.forget.revokeDate", day(a.AppPasswordCreated))
	}
	return cat.T("cmd.forget.revoke")
}
