package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"gmailsetup/internal/storage"
)

// NewPasswordCmd is `gmailsetup password`: it prints the saved app password
// for programs that ask a command for it, such as msmtp's passwordeval.
// At a terminal it refuses unless --force, so the secret does not end up on
// screen or in a scrollback by accident.
//
// Exit codes: 0 printed; 1 no saved setup or no such account; 2 refused at
// a terminal, or the setup or keyring cannot be read.
func NewPasswordCmd(env *Env) *cobra.Command {
	var account string
	var force bool
	cmd := &cobra.Command{
		Use:   "password",
		Short: env.Cat.T("password.short"),
		Long:  env.Cat.T("password.long"),
		Args:  NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if env.StdoutTTY && !force {
				fmt.Fprintln(env.Stderr, env.Cat.T("password.terminal"))
				return exit(ExitBroken)
			}
			store, acct, err := savedAccount(env, account)
			if err != nil {
				return err
			}
			secret, err := savedSecret(env, store, acct.Email)
			if err != nil {
				return err
			}
			fmt.Fprintln(env.Stdout, secret)
			return nil
		},
	}
	cmd.SilenceErrors, cmd.SilenceUsage = true, true
	cmd.Flags().StringVar(&account, "account", "", env.Cat.T("password.flag.account"))
	cmd.Flags().BoolVar(&force, "force", false, env.Cat.T("password.flag.force"))
	return cmd
}

// savedAccount loads the setup and picks the account with that address,
// or the default one when email is empty. On failure it has told the
// person why and returns the ExitError to end with.
func savedAccount(env *Env, email string) (*storage.Store, storage.Account, error) {
	l, err := load(env)
	if err != nil {
		return nil, storage.Account{}, err
	}
	accts, err := l.pick(env, email, false)
	if err != nil {
		return nil, storage.Account{}, err
	}
	return l.store, accts[0], nil
}

// savedSecret reads the app password of the account with that address,
// from the keyring or the file.
func savedSecret(env *Env, store *storage.Store, email string) (string, error) {
	secret, err := store.Secret(email)
	if err != nil {
		return "", report(env, err, store.Path())
	}
	return secret, nil
}
