package cli

import (
	"fmt"
	"gmailsetup/internal/guide"

	"github.com/spf13/cobra"
)

// NewTokenCmd is `gmailsetup token`: it prints a fresh OAuth 2.0 access
// token of a Google sign-in, for programs that ask a command for their
// password (msmtp's passwordeval with "auth oauthbearer"). The token is
// refreshed with the saved refresh token every time, and never saved. At
// a terminal it refuses unless --force, like `password`.
//
// Exit codes: 0 printed; 1 no saved setup or no such account, an account
// with an app password, or Google refused (the fix is printed); 2 refused
// at a terminal, or the setup or keyring cannot be read; 130 ctrl+c.
func NewTokenCmd(env *Env) *cobra.Command {
	var account string
	var force bool
	cmd := &cobra.Command{
		Use:   "token",
		Short: env.Cat.T("oauthcmd.token.short"),
		Long:  env.Cat.T("oauthcmd.token.long"),
		Args:  NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if env.StdoutTTY && !force {
				fmt.Fprintln(env.Stderr, env.Cat.T("oauthcmd.token.terminal"))
				return exit(ExitBroken)
			}
			store, acct, err := savedAccount(env, account)
			if err != nil {
				return err
			}
			if !acct.IsOAuth() {
				fmt.Fprintln(env.Stderr, env.Cat.T("oauthcmd.notOAuth", acct.Email, acct.Email))
				return exit(ExitFailed)
			}
			s, err := savedSignIn(env, store, acct.Email)
			if err != nil {
				return err
			}
			ctx, stop := interruptible(cmd.Context())
			defer stop()
			tok, err := env.google().Refresh(ctx, s.client, s.refresh)
			if err != nil {
				fmt.Fprintln(env.Stderr, env.Cat.T("oauthcmd.token.failed", acct.Email))
				if !explainGoogle(env, err, acct) {
					fmt.Fprintln(env.Stderr, env.Cat.T("diag.detail", guide.Clip(err.Error(), guide.MaxDetail)))
				}
				if ctx.Err() != nil {
					return exit(ExitInterrupted)
				}
				return exit(ExitFailed)
			}
			fmt.Fprintln(env.Stdout, tok.Access.Reveal())
			return nil
		},
	}
	cmd.SilenceErrors, cmd.SilenceUsage = true, true
	cmd.Flags().StringVar(&account, "account", "", env.Cat.T("password.flag.account"))
	cmd.Flags().BoolVar(&force, "force", false, env.Cat.T("oauthcmd.token.flag.force"))
	return cmd
}
