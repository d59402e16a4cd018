package cli

import (
	"context"
	"errors"
	"fmt"
	"time"

	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
	"gmailsetup/internal/oauth"
	"gmailsetup/internal/safetext"
	"gmailsetup/internal/storage"
	"gmailsetup/mailer"
)

// tokenRefresher trades a saved refresh token for a fresh access token
// (oauth.Service.Refresh). Its errors are *oauth.Error.
type tokenRefresher interface {
	Refresh(ctx context.Context, c oauth.Client, refresh oauth.Secret) (oauth.Token, error)
}

// tokenRevoker tells Google to forget a refresh token (oauth.Service.Revoke).
type tokenRevoker interface {
	Revoke(ctx context.Context, token oauth.Secret) error
}

// signer runs one sign-in with Google: show is called with the session
// before any waiting, to print the URL (oauth.SignIn).
type signer interface {
	SignIn(ctx context.Context, c oauth.Client, opts oauth.SignInOptions, show func(*oauth.Session)) (oauth.Grant, error)
}

// Google is what the commands need of Google's OAuth service. main gives
// GoogleService{} (Google's real endpoints); tests give one pointed at
// fakegoogle on loopback.
type Google interface {
	tokenRefresher
	tokenRevoker
	signer
}

// GoogleService is the oauth package as a Google: its Service for tokens,
// and oauth.SignIn for signing in.
type GoogleService struct {
	oauth.Service
}

// SignIn runs oauth.SignIn with the service.
func (g GoogleService) SignIn(ctx context.Context, c oauth.Client, opts oauth.SignInOptions, show func(*oauth.Session)) (oauth.Grant, error) {
	return oauth.SignIn(ctx, g.Service, c, opts, show)
}

// google is the Env's Google, or Google's own service.
func (e *Env) google() Google {
	if e.Google == nil {
		return GoogleService{}
	}
	return e.Google
}

// signInOf is the saved sign-in of an account: its client, with the
// secret, and its refresh token.
type signInOf struct {
	acct    storage.Account
	client  oauth.Client
	refresh oauth.Secret
}

// savedSignIn reads the Google sign-in of the account with that address.
// On failure it has told the person why and returns the exit.
func savedSignIn(env *Env, store *storage.Store, email string) (signInOf, error) {
	acct, sec, err := store.OAuthSecrets(email)
	if err != nil {
		return signInOf{}, report(env, err, store.Path())
	}
	return signInOf{
		acct:    acct,
		client:  oauth.Client{ID: acct.ClientID, Secret: oauth.NewSecret(sec.ClientSecret)},
		refresh: oauth.NewSecret(sec.RefreshToken),
	}, nil
}

// mailAccount is the mailer's Account for a saved account, read back as
// the guide reads it (guide.SavedMailAccount). On failure it has told the
// person why.
func mailAccount(env *Env, store *storage.Store, a storage.Account) (mailer.Account, error) {
	ma, err := guide.SavedMailAccount(store, a, env.google())
	if err != nil {
		return mailer.Account{}, report(env, err, store.Path())
	}
	return ma, nil
}

// explainGoogle prints a refusal from Google (*oauth.Error) in the person's
// words, with its fix: for a dead refresh token (invalid_grant), the
// command that signs in again, and, for an app in Testing whose 7 days
// are over, that this is why. It reports false for any other error.
func explainGoogle(env *Env, err error, a storage.Account) bool {
	var oe *oauth.Error
	if !errors.As(err, &oe) {
		return false
	}
	cat, w := env.Cat, env.Stderr
	fmt.Fprintf(w, "%s: %s\n", cat.T("diag.whatLabel"), cat.T(oe.What, cleanArgs(oe.Args)...))
	fmt.Fprintf(w, "%s: %s\n", cat.T("diag.todoLabel"), cat.T(oe.Todo))
	if oe.What == oauth.Refusal("invalid_grant").What { // a dead refresh token, not a rejected code
		if when, ok := a.SignInExpires(); ok && !env.now().Before(when) {
			fmt.Fprintln(w, cat.T("oauthcmd.expired", day(cat, when)))
		}
		fmt.Fprintln(w, cat.T("oauthcmd.rotate", safetext.Clean(a.Email)))
	}
	return true
}

// cleanArgs passes an error's arguments through safetext: an unknown
// code came from a server.
func cleanArgs(args []any) []any {
	out := make([]any, len(args))
	for i, a := range args {
		if s, ok := a.(string); ok {
			a = safetext.Clean(s)
		}
		out[i] = a
	}
	return out
}

// diagnoseMail is diagnose for a send or sign-in of account a: a refusal
// from Google while getting the access token is explained as Google's.
func diagnoseMail(env *Env, headline string, err error, a storage.Account) error {
	if mailer.KindOf(err) == mailer.KindTokenRefresh {
		var oe *oauth.Error
		if errors.As(err, &oe) {
			fmt.Fprintln(env.Stderr, headline)
			explainGoogle(env, err, a)
			if oe.Code == oauth.CodeCancelled {
				return exit(ExitInterrupted)
			}
			return exit(ExitFailed)
		}
	}
	return diagnose(env, headline, err)
}

// kindName is how status names the way an account signs in.
func kindName(cat i18n.Catalog, a storage.Account) string {
	if a.IsOAuth() {
		return cat.T("oauthcmd.kind.oauth")
	}
	return cat.T("oauthcmd.kind.appPassword")
}

// oauthConnections is the page where a person removes an app's access to
// their Google account by hand.
const oauthConnections = "https://myaccount.google.com/connections"

// revokeTimeout bounds forget's call to Google: forgetting must not hang
// on a network that does not answer.
const revokeTimeout = 30 * time.Second

// revokeSignIn asks Google to revoke the account's refresh token (and with
// it every access token it gave). It reports whether that worked, having
// said why not.
func revokeSignIn(env *Env, store *storage.Store, a storage.Account) bool {
	cat := env.Cat
	_, sec, err := store.OAuthSecrets(a.Email)
	if err != nil {
		text, _ := explain(cat, err, store.Path())
		fmt.Fprintln(env.Stderr, cat.T("oauthcmd.forget.noToken", text))
		return false
	}
	ctx, cancel := context.WithTimeout(env.context(), revokeTimeout)
	defer cancel()
	if err := env.google().Revoke(ctx, oauth.NewSecret(sec.RefreshToken)); err != nil {
		fmt.Fprintln(env.Stderr, cat.T("oauthcmd.forget.revokeFailed", safetext.Clean(a.Email)))
		if !explainGoogle(env, err, a) {
			fmt.Fprintln(env.Stderr, cat.T("diag.detail", guide.Clip(err.Error(), guide.MaxDetail)))
		}
		return false
	}
	return true
}

// storageAccountFor is the account being set up, for explainGoogle before
// anything is saved.
func storageAccountFor(email string) storage.Account { return storage.Account{Email: email} }

// progressOf is progress for a send as acct: signing in with a token is
// not "with the app password".
func progressOf(env *Env, acct mailer.Account) func(mailer.Phase) {
	plain := progress(env)
	if acct.Token == nil {
		return plain
	}
	return func(p mailer.Phase) {
		if p == mailer.PhaseSigningIn {
			fmt.Fprintln(env.Stderr, env.Cat.T("oauthcmd.phase.signingIn"))
			return
		}
		plain(p)
	}
}
