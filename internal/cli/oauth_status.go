package cli

import (
	"fmt"
	"strconv"

	"gmailsetup/internal/safetext"
	"gmailsetup/internal/storage"
)

// secretThere reads an account's secret only to learn that it is there:
// its app password, or its Google sign-in's keyring entry.
func secretThere(store *storage.Store, a storage.Account) error {
	if a.IsOAuth() {
		_, _, err := store.OAuthSecrets(a.Email)
		return err
	}
	_, err := store.Secret(a.Email)
	return err
}

// printSignIn is printAccount for a Google sign-in: the client (its ID is
// not secret), where the refresh token and client secret are, when the
// person signed in and, for an app not said to be published, the day
// Google will end the sign-in and what to do before then.
func printSignIn(env *Env, l loaded, a storage.Account, broken bool) {
	cat, clean := env.Cat, safetext.Clean
	head := clean(a.Email)
	if len(l.cfg.Accounts) > 1 && a.Email == l.cfg.Default {
		head = cat.T("cmd.status.default", head)
	}
	fmt.Fprintln(env.Stdout, head)

	secret := cat.T("cmd.status.inKeyring")
	if a.SecretStore == storage.SecretInFile {
		secret = cat.T("cmd.status.inFile", clean(l.store.Path()))
	}
	if broken {
		secret = cat.T("cmd.status.unusable", secret)
	}
	server := clean(a.Host)
	if a.Port != 0 {
		server += ":" + strconv.Itoa(a.Port)
	}
	name := clean(a.Name)
	if name == "" {
		name = cat.T("cmd.status.noName")
	}
	app := cat.T("oauthcmd.status.published")
	if !a.AppPublished {
		app = cat.T("oauthcmd.status.testing")
	}
	rows := [][2]string{
		{cat.T("oauthcmd.status.kind"), kindName(cat, a)},
		{cat.T("cmd.status.name"), name},
		{cat.T("cmd.status.server"), server},
		{cat.T("oauthcmd.status.client"), clean(a.ClientID)},
		{cat.T("oauthcmd.status.app"), app},
		{cat.T("oauthcmd.status.secrets"), secret},
		{cat.T("oauthcmd.status.signedIn"), ago(cat, env.now(), a.SignedIn)},
	}
	when, expires := a.SignInExpires()
	if expires {
		row := cat.T("oauthcmd.status.expiresOn", day(cat, when))
		if !env.now().Before(when) {
			row = cat.T("oauthcmd.status.expiredOn", day(cat, when))
		}
		rows = append(rows, [2]string{cat.T("oauthcmd.status.expires"), row})
	}
	rows = append(rows, [2]string{cat.T("cmd.status.verified"), ago(cat, env.now(), a.LastVerified)})
	printRows(env, rows)
	if expires {
		fmt.Fprintln(env.Stdout, "  "+cat.T("oauthcmd.status.expiresTodo", clean(a.Email)))
	}
}
