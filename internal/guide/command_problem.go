package guide

import (
	"errors"

	"gmailsetup/internal/i18n"
	"gmailsetup/internal/safetext"
	"gmailsetup/internal/storage"
)

// CommandProblem words a failure to read or write the saved setup for the
// commands: what is wrong and the command that fixes it. broken says the
// setup cannot be used as it is (the commands exit 2), rather than holding
// nothing to work on (exit 1). Paths and OS errors go through safetext:
// --config and a link's target are typed or planted by someone, and no
// value of the file is ever shown.
func CommandProblem(cat i18n.Catalog, err error, path string) (text string, broken bool) {
	var (
		unsafe *storage.UnsafeError
		syntax *storage.SyntaxError
		config *storage.ConfigError
		noAcct *storage.NoAccountError
		ring   *storage.KeyringError
		link   *storage.LinkError
		owner  *storage.OwnerError
		large  *storage.TooLargeError
		loose  *storage.LooseFolderError
		file   *storage.FileError
	)
	clean := safetext.Clean
	switch {
	case errors.Is(err, storage.ErrNotFound):
		return cat.T("cmd.store.notFound", clean(path)), false
	case errors.As(err, &unsafe):
		if unsafe.WrongOwner() {
			return cat.T("cmd.store.wrongOwner", clean(unsafe.Path), unsafe.Owner, unsafe.UID, clean(unsafe.Fix)), true
		}
		return cat.T("cmd.store.unsafe", clean(unsafe.Path), exposedTo(unsafe), clean(unsafe.Fix)), true
	case errors.As(err, &syntax):
		what := cat.T(SyntaxKind(syntax.Kind))
		if syntax.Key != "" {
			what = cat.T("cmd.syntax.withKey", syntax.Key, what)
		}
		return cat.T("cmd.store.syntax", clean(syntax.Path), syntax.Line, what, syntax.Line), true
	case errors.As(err, &config):
		where := clean(config.Path)
		if config.Line > 0 {
			where = cat.T("cmd.store.line", where, config.Line)
		}
		if config.Index > 0 {
			where = cat.T("cmd.store.accountN", where, config.Index)
		}
		if config.Key != "" {
			where = cat.T("cmd.store.key", where, config.Key)
		}
		return cat.T("cmd.store.config", where, cat.T(ConfigProblem(config.Problem, "cmd.problem."))), true
	case errors.As(err, &noAcct):
		// An account removed by another gmailsetup since we read the file.
		return cat.T("cmd.store.gone", clean(noAcct.Email), clean(noAcct.Path)), false
	case errors.Is(err, storage.ErrOAuthAccount):
		return kindProblem(cat, err), false
	case errors.As(err, &ring):
		return keyringProblem(cat, ring), true
	case errors.As(err, &owner), errors.As(err, &large), errors.As(err, &loose):
		key, args, _ := Storage(err)
		return cat.T(key, args...), true
	case errors.As(err, &link):
		return cat.T("cmd.store.link", clean(link.Path), clean(link.Target)), true
	case errors.Is(err, storage.ErrBusy):
		return cat.T("cmd.store.busy"), false
	case errors.As(err, &file) && file.Op == storage.OpLocate:
		return cat.T("cmd.store.locate", storage.EnvConfig), true
	case errors.Is(err, storage.ErrNotRegular) && errors.As(err, &file):
		return cat.T("cmd.store.notRegular", clean(file.Path)), true
	case errors.As(err, &file):
		dir, why := clean(file.Folder()), ReasonFor(cat, file.Err)
		switch file.Op {
		case storage.OpWrite:
			return cat.T("cmd.store.write", clean(file.Path), dir, why, storage.CommandQuote(dir)), true
		case storage.OpMkdir:
			return cat.T("cmd.store.mkdir", dir, why, storage.CommandQuote(dir)), true
		case storage.OpLock:
			return cat.T("cmd.store.lock", dir, why), true
		}
		return cat.T("cmd.store.file", clean(file.Path), why), true
	}
	return cat.T("cmd.store.other", ReasonFor(cat, err)), true
}

// keyringProblem says why the keyring could not give or take a secret.
func keyringProblem(cat i18n.Catalog, e *storage.KeyringError) string {
	switch {
	case errors.Is(e.Err, storage.ErrNotOAuthEntry):
		return cat.T("oauthcmd.keyring.notSignIn", e.Email, e.Email)
	case errors.Is(e.Err, storage.ErrSecretMissing):
		return cat.T("cmd.keyring.missing", e.Email, e.Email)
	case errors.Is(e.Err, storage.ErrKeyringTimeout):
		return cat.T("cmd.keyring.timeout", e.Email)
	case errors.Is(e.Err, storage.ErrKeyringLocked):
		return cat.T("cmd.keyring.locked", e.Email)
	case errors.Is(e.Err, storage.ErrNoSessionBus):
		return cat.T("cmd.keyring.noSessionBus", e.Email, e.Email)
	case errors.Is(e.Err, storage.ErrNoKeyring):
		return cat.T("cmd.keyring.none", e.Email, e.Email)
	}
	return cat.T("cmd.keyring.failed", e.Email, ReasonFor(cat, e.Err), e.Email)
}

// kindProblem says that a secret of one kind was asked of an account of
// the other, and the command that gives what programs need.
func kindProblem(cat i18n.Catalog, err error) string {
	var ke *storage.KindError
	if !errors.As(err, &ke) {
		return cat.T("cmd.store.other", ReasonFor(cat, err))
	}
	if ke.Auth == storage.AuthOAuth {
		return cat.T("oauthcmd.noAppPassword", safetext.Clean(ke.Email), safetext.Clean(ke.Email))
	}
	return cat.T("oauthcmd.notOAuth", safetext.Clean(ke.Email), safetext.Clean(ke.Email))
}
