package cli

import (
	"context"
	"fmt"

	"gmailsetup/internal/guide"
	"gmailsetup/internal/oauth"
	"gmailsetup/internal/safetext"
	"gmailsetup/internal/storage"
	"gmailsetup/mailer"
)

// setupOAuth is `setup --oauth --client-secret-file F`: read the person's
// Desktop client, sign in with Google, test the sign-in with a real send
// (or sign-in, with --no-send) and only then save it. email is checked.
func setupOAuth(env *Env, f setupFlags, email string) error {
	cat := env.Cat
	if f.oauth.clientFile == "" {
		fmt.Fprintln(env.Stderr, cat.T("oauthcmd.setup.needClient"))
		return exit(ExitBroken)
	}
	client, err := oauth.ReadClientFile(f.oauth.clientFile)
	if err != nil {
		fmt.Fprintln(env.Stderr, cat.T("oauthcmd.setup.badClient", safetext.Clean(f.oauth.clientFile)))
		if !explainGoogle(env, err, storageAccountFor(email)) {
			fmt.Fprintln(env.Stderr, cat.T("diag.detail", guide.Clip(err.Error(), guide.MaxDetail)))
		}
		return exit(ExitFailed)
	}

	store, prior, email, err := openForSetup(env, email)
	if err != nil {
		return err
	}

	grant, err := signIn(env, client, email, f.oauth)
	if err != nil {
		return err
	}
	acct := storage.Account{
		Email: email, Name: f.name, Host: mailer.Gmail().Host,
		Auth: storage.AuthOAuth, ClientID: client.ID, AppPublished: f.oauth.published,
	}
	if acct.Name == "" {
		acct.Name = prior.Name // the name people already see, if any
	}
	res, err := setupTest(env, mailer.Account{Email: email, Token: grantHook(env, client, grant)}, f.noSend, acct)
	if err != nil {
		// Nothing is saved: the new sign-in is of no use, so Google is
		// asked to forget it too.
		forgetGrant(env, grant)
		return err
	}
	now := env.now()
	acct.Port, acct.SignedIn, acct.LastVerified = res.Port, now, now
	fmt.Fprintln(env.Stderr, cat.T("save.saving"))
	where, err := store.SaveOAuth(acct, storage.OAuthSecrets{RefreshToken: grant.Refresh.Reveal(), ClientSecret: client.Secret.Reveal()}, f.insecure)
	if err != nil {
		forgetGrant(env, grant)
	}
	if err := saved(env, store, email, where, err, true); err != nil {
		return err
	}
	testingNote(env, acct)
	return nil
}

// grantHook is the mailer's Token for a sign-in just made: its access
// token while it lasts, then refreshed like a saved one.
func grantHook(env *Env, c oauth.Client, g oauth.Grant) mailer.TokenFunc {
	refresh := guide.TokenHook(env.google(), c, g.Refresh)
	return func(ctx context.Context) (string, error) {
		if !g.Access.Empty() && env.now().Before(g.Expiry) {
			return g.Access.Reveal(), nil
		}
		return refresh(ctx)
	}
}

// forgetGrant revokes a sign-in that will not be saved, as best it can.
func forgetGrant(env *Env, g oauth.Grant) {
	ctx, cancel := context.WithTimeout(env.context(), revokeTimeout)
	defer cancel()
	_ = env.google().Revoke(ctx, g.Refresh)
}

// testingNote says, for an app not said to be published, when the
// sign-in will stop working and how to avoid it.
func testingNote(env *Env, a storage.Account) {
	if when, ok := a.SignInExpires(); ok {
		fmt.Fprintln(env.Stderr, env.Cat.T("oauthcmd.setup.testing", day(env.Cat, when), safetext.Clean(a.Email)))
	}
}

// rotateOAuth is `rotate` on a Google sign-in: sign in again with the
// saved client, test the new sign-in, and save its refresh token. The old
// one is not revoked: at Google that could end the new grant with it.
func rotateOAuth(env *Env, store *storage.Store, a storage.Account, f oauthFlags) error {
	cat := env.Cat
	s, err := savedSignIn(env, store, a.Email)
	if err != nil {
		return err
	}
	grant, err := signIn(env, s.client, a.Email, f)
	if err != nil {
		return err
	}
	if _, err := setupTest(env, mailer.Account{Email: a.Email, Token: grantHook(env, s.client, grant)}, true, a); err != nil {
		forgetGrant(env, grant)
		return err
	}
	now := env.now()
	a.SignedIn, a.LastVerified = now, now
	fmt.Fprintln(env.Stderr, cat.T("save.saving"))
	where, err := store.SaveOAuth(a, storage.OAuthSecrets{RefreshToken: grant.Refresh.Reveal(), ClientSecret: s.client.Secret.Reveal()}, a.SecretStore == storage.SecretInFile)
	if err != nil {
		forgetGrant(env, grant)
	}
	if err := saved(env, store, a.Email, where, err, true); err != nil {
		return err
	}
	testingNote(env, a)
	return nil
}
