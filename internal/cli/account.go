package cli

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
	"gmailsetup/internal/safetext"
	"gmailsetup/internal/storage"
)

// loaded is the saved setup, read once at the start of a command.
type loaded struct {
	store *storage.Store
	cfg   storage.Config
}

// load opens and reads the saved setup. On failure it has already told the
// person what is wrong and how to fix it, and returns the ExitError to end
// with: ExitFailed when nothing is saved, ExitBroken when the file cannot
// be used.
func load(env *Env) (loaded, error) {
	store, err := env.Store()
	if err != nil {
		return loaded{}, report(env, err, "")
	}
	cfg, err := store.Load()
	if err != nil {
		return loaded{}, report(env, err, store.Path())
	}
	if len(cfg.Accounts) == 0 {
		return loaded{}, report(env, &storage.FileError{Op: storage.OpRead, Path: store.Path(), Err: storage.ErrNotFound}, store.Path())
	}
	return loaded{store: store, cfg: cfg}, nil
}

// pick returns the accounts a command works on: the one named by --account,
// or every account when all is set and none is named, or else the default.
func (l loaded) pick(env *Env, email string, all bool) ([]storage.Account, error) {
	if email == "" && all {
		return l.cfg.Accounts, nil
	}
	acct, ok := l.cfg.Account(email)
	if ok {
		return []storage.Account{acct}, nil
	}
	clean := safetext.Clean // the path, the typed address and the file's
	if email == "" {
		fmt.Fprintln(env.Stderr, env.Cat.T("cmd.store.noDefault", clean(l.store.Path()), clean(l.emails())))
	} else if shown, ok := shownValue(email); ok { // cleaned, and only with an @
		fmt.Fprintln(env.Stderr, env.Cat.T("cmd.store.noAccount", shown, clean(l.store.Path()), clean(l.emails())))
	} else {
		fmt.Fprintln(env.Stderr, env.Cat.T("hardening.account.notAddress", clean(l.store.Path()), clean(l.emails())))
	}
	return nil, exit(ExitFailed)
}

// emails lists the saved addresses, for messages that name the choices.
func (l loaded) emails() string {
	var out []string
	for _, a := range l.cfg.Accounts {
		out = append(out, a.Email)
	}
	return strings.Join(out, ", ")
}

// report prints err from storage on stderr as the person should read it:
// what is wrong and the command that fixes it. It returns the ExitError for
// the kind of failure. Storage errors never hold a secret.
func report(env *Env, err error, path string) error {
	text, code := explain(env.Cat, err, path)
	fmt.Fprintln(env.Stderr, text)
	return exit(code)
}

// explain turns a storage error into a message and an exit code. Paths and
// OS errors go through safetext: --config and a link's target are typed or
// planted by someone, and no value of the file is ever shown.
func explain(cat i18n.Catalog, err error, path string) (string, int) {
	var (
		unsafe *storage.UnsafeError
		syntax *storage.SyntaxError
		config *storage.ConfigError
		noAcct *storage.NoAccountError
		ring   *storage.KeyringError
		link   *storage.LinkError
		file   *storage.FileError
	)
	clean := safetext.Clean
	switch {
	case errors.Is(err, storage.ErrNotFound):
		return cat.T("cmd.store.notFound", clean(path)), ExitFailed
	case errors.As(err, &unsafe):
		if unsafe.WrongOwner() {
			return cat.T("cmd.store.wrongOwner", clean(unsafe.Path), unsafe.Owner, unsafe.UID, clean(unsafe.Fix)), ExitBroken
		}
		return cat.T("cmd.store.unsafe", clean(unsafe.Path), exposedTo(unsafe), clean(unsafe.Fix)), ExitBroken
	case errors.As(err, &syntax):
		what := cat.T(guide.SyntaxKind(syntax.Kind))
		if syntax.Key != "" {
			what = cat.T("cmd.syntax.withKey", syntax.Key, what)
		}
		return cat.T("cmd.store.syntax", clean(syntax.Path), syntax.Line, what, syntax.Line), ExitBroken
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
		return cat.T("cmd.store.config", where, cat.T(guide.ConfigProblem(config.Problem, "cmd.problem."))), ExitBroken
	case errors.As(err, &noAcct):
		// An account removed by another gmailsetup since we read the file.
		return cat.T("cmd.store.gone", clean(noAcct.Email), clean(noAcct.Path)), ExitFailed
	case errors.Is(err, storage.ErrOAuthAccount):
		return explainKind(cat, err), ExitFailed
	case errors.As(err, &ring):
		return explainKeyring(cat, ring), ExitBroken
	case errors.As(err, &link):
		return cat.T("cmd.store.link", clean(link.Path), clean(link.Target)), ExitBroken
	case errors.Is(err, storage.ErrBusy):
		return cat.T("cmd.store.busy"), ExitFailed
	case errors.As(err, &file) && file.Op == storage.OpLocate:
		return cat.T("cmd.store.locate", storage.EnvConfig), ExitBroken
	case errors.Is(err, storage.ErrNotRegular) && errors.As(err, &file):
		return cat.T("cmd.store.notRegular", clean(file.Path)), ExitBroken
	case errors.As(err, &file):
		dir, why := clean(file.Folder()), guide.ReasonFor(cat, file.Err)
		switch file.Op {
		case storage.OpWrite:
			return cat.T("cmd.store.write", clean(file.Path), dir, why, storage.CommandQuote(dir)), ExitBroken
		case storage.OpMkdir:
			return cat.T("cmd.store.mkdir", dir, why, storage.CommandQuote(dir)), ExitBroken
		case storage.OpLock:
			return cat.T("cmd.store.lock", dir, why), ExitBroken
		}
		return cat.T("cmd.store.file", clean(file.Path), why), ExitBroken
	}
	return cat.T("cmd.store.other", guide.ReasonFor(cat, err)), ExitBroken
}

// explainKeyring says why the keyring could not give or take a secret.
func explainKeyring(cat i18n.Catalog, e *storage.KeyringError) string {
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
	return cat.T("cmd.keyring.failed", e.Email, guide.ReasonFor(cat, e.Err), e.Email)
}

// confirm asks a yes/no question on stderr and reads the answer from stdin.
// Only an explicit yes (in either language) counts.
func confirm(env *Env, question string) bool {
	fmt.Fprint(env.Stderr, question+" ")
	line, _ := readLine(env.Stdin)
	answer := strings.ToLower(strings.TrimSpace(line))
	return slices.Contains([]string{"y", "yes", "s", "si", "sì"}, answer)
}

// readLine reads up to a newline, a byte at a time, so nothing after it is
// taken from a stdin someone else may read next.
func readLine(r io.Reader) (string, error) {
	var b strings.Builder
	var buf [1]byte
	for b.Len() < 1024 {
		n, err := r.Read(buf[:])
		if n == 1 {
			if buf[0] == '\n' {
				break
			}
			b.WriteByte(buf[0])
		}
		if err != nil {
			return b.String(), err
		}
	}
	return b.String(), nil
}
