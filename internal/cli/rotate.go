package cli

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"gmailsetup/internal/storage"
)

// NewRotateCmd is `gmailsetup rotate`: the wizard, opened on replacing the
// saved app password. commands cannot import the wizard, so main passes it
// in as run; this command checks first that there is something to rotate.
// Exit 1 when nothing is saved (or not the named account), 2 when the
// setup cannot be read; otherwise whatever run returns.
func NewRotateCmd(env *Env, run func(account string) error) *cobra.Command {
	var account string
	var sf oauthFlags
	cmd := &cobra.Command{
		Use:   "rotate",
		Short: env.Cat.T("cmd.rotate.short"),
		Long:  env.Cat.T("cmd.rotate.long"),
		Args:  NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			store, err := env.Store()
			if err != nil {
				return report(env, err, "")
			}
			cfg, err := store.Load()
			if errors.Is(err, storage.ErrNotFound) || (err == nil && len(cfg.Accounts) == 0) {
				fmt.Fprintln(env.Stderr, env.Cat.T("cmd.rotate.none", store.Path()))
				return exit(ExitFailed)
			}
			if err != nil {
				return report(env, err, store.Path())
			}
			// The new secret could not be saved here (sudo without -H):
			// say so before a wizard or a sign-in starts.
			if err := store.CheckWrite(); err != nil {
				return report(env, err, store.Path())
			}
			l := loaded{store: store, cfg: cfg}
			accts, err := l.pick(env, account, false)
			if err != nil {
				return err
			}
			if accts[0].IsOAuth() {
				// Signing in again, not a new app password: through
				// env.Google, without the wizard.
				return rotateOAuth(env, store, accts[0], sf)
			}
			return run(accts[0].Email)
		},
	}
	cmd.Flags().StringVar(&account, "account", "", env.Cat.T("cmd.flag.account"))
	sf.addSignIn(env, cmd)
	return cmd
}
