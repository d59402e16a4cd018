package cli

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"gmailsetup/internal/gmail/links"
	"gmailsetup/internal/safetext"
	"gmailsetup/internal/storage"
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
	cat, clean := env.Cat, safetext.Clean
	l, err := load(env)
	if err != nil {
		return err
	}
	if email == "" && len(l.cfg.Accounts) > 1 {
		// Removing one of several by default is too easy a mistake.
		fmt.Fprintln(env.Stderr, cat.T("cmd.forget.which", clean(l.emails())))
		return exit(ExitFailed)
	}
	accts, err := l.pick(env, email, false)
	if err != nil {
		return err
	}
	a := accts[0]
	// Everything printed from here on comes from the file or the keyring:
	// it goes through safetext, like a server reply.
	shown, path := clean(a.Email), clean(l.store.Path())
	if !yes {
		if !env.StdinTTY {
			fmt.Fprintln(env.Stderr, cat.T("cmd.forget.needYes", shown))
			return exit(ExitBroken)
		}
		if !confirm(env, cat.T("cmd.forget.confirm", shown)) {
			fmt.Fprintln(env.Stderr, cat.T("cmd.forget.kept", shown))
			return exit(ExitFailed)
		}
	}

	code := ExitOK
	revoked := false
	if a.IsOAuth() {
		// At Google first, while the refresh token is still at hand; a
		// failure is said, and the local copy goes anyway: keeping it
		// would not make revoking any easier.
		if revoked = revokeSignIn(env, l.store, a); !revoked {
			code = ExitFailed
		}
	}
	err = l.store.Forget(a.Email)
	var ring *storage.KeyringError
	switch {
	case errors.As(err, &ring):
		// The file no longer names the account; only the keyring entry is left.
		fmt.Fprintln(env.Stdout, cat.T("cmd.forget.done", shown, path))
		fmt.Fprintln(env.Stderr, cat.T("cmd.forget.keyringLeft", clean(fmt.Sprint(ring.Err)), shown))
		code = ExitFailed
	case err != nil:
		return report(env, err, l.store.Path())
	default:
		fmt.Fprintln(env.Stdout, cat.T("cmd.forget.done", shown, path))
	}
	switch {
	case revoked:
		fmt.Fprintln(env.Stdout, cat.T("oauthcmd.forget.revoked", shown))
	case a.IsOAuth():
		fmt.Fprintln(env.Stdout, cat.T("oauthcmd.forget.revokeByHand"))
		fmt.Fprintln(env.Stdout, "  "+oauthConnections)
	default:
		fmt.Fprintln(env.Stdout, revokeHint(env, a))
		fmt.Fprintln(env.Stdout, "  "+clean(links.AppPasswords(a.Email)))
	}
	return exitCode(code)
}

// revokeHint names the app password to delete on Google's page, by label
// and date when the setup knew them.
func revokeHint(env *Env, a storage.Account) string {
	cat, label := env.Cat, safetext.Clean(a.AppPasswordLabel)
	switch {
	case label != "" && !a.AppPasswordCreated.IsZero():
		return cat.T("cmd.forget.revokeLabelDate", label, day(cat, a.AppPasswordCreated))
	case label != "":
		return cat.T("cmd.forget.revokeLabel", label)
	case !a.AppPasswordCreated.IsZero():
		return cat.T("cmd.forget.revokeDate", day(cat, a.AppPasswordCreated))
	}
	return cat.T("cmd.forget.revoke")
}
