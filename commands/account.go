package commands

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"gmailsetup/i18n"
	"gmailsetup/storage"
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
	if email == "" {
		fmt.Fprintln(env.Stderr, env.Cat.T("cmd.store.noDefault", l.store.Path(), l.emails()))
	} else {
		fmt.Fprintln(env.Stderr, env.Cat.T("cmd.store.noAccount", email, l.store.Path(), l.emails()))
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

// explain turns a storage error into a message and an exit code.
func explain(cat i18n.Catalog, err error, path string) (string, int) {
	var (
		unsafe *storage.UnsafeError
		syntax *storage.SyntaxError
		config *storage.ConfigError
		noAcct *storage.NoAccountError
		ring   *storage.KeyringError
		file   *storage.FileError
	)
	switch {
	case errors.Is(err, storage.ErrNotFound):
		return cat.T("cmd.store.notFound", path), ExitFailed
	case errors.As(err, &unsafe):
		if unsafe.WrongOwner() {
			return cat.T("cmd.store.wrongOwner", unsafe.Path, unsafe.Owner, unsafe.UID, unsafe.Fix), ExitBroken
		}
		return cat.T("cmd.store.unsafe", unsafe.Path, fmt.Sprintf("%o", unsafe.Mode.Perm()), unsafe.Fix), ExitBroken
	case errors.As(err, &syntax):
		return cat.T("cmd.store.syntax", syntax.Path, syntax.Line, syntax.Msg, syntax.Line), ExitBroken
	case errors.As(err, &config):
		where := config.Path
		if config.Index > 0 {
			where = cat.T("cmd.store.accountN", config.Path, config.Index)
		}
		return cat.T("cmd.store.config", where, problem(cat, config.Problem)), ExitBroken
	case errors.As(err, &noAcct):
		// An account removed by another gmailsetup since we read the file.
		return cat.T("cmd.store.gone", noAcct.Email, noAcct.Path), ExitFailed
	case errors.As(err, &ring):
		return explainKeyring(cat, ring), ExitBroken
	case errors.Is(err, storage.ErrBusy):
		return cat.T("cmd.store.busy"), ExitFailed
	case errors.As(err, &file) && file.Op == storage.OpLocate:
		return cat.T("cmd.store.locate", storage.EnvConfig), ExitBroken
	case errors.As(err, &file):
		return cat.T("cmd.store.file", file.Path, file.Err), ExitBroken
	}
	return cat.T("cmd.store.other", err), ExitBroken
}

// explainKeyring says why the keyring could not give or take a secret.
func explainKeyring(cat i18n.Catalog, e *storage.KeyringError) string {
	switch {
	case errors.Is(e.Err, storage.ErrSecretMissing):
		return cat.T("cmd.keyring.missing", e.Email, e.Email)
	case errors.Is(e.Err, storage.ErrKeyringTimeout):
		return cat.T("cmd.keyring.timeout", e.Email)
	case errors.Is(e.Err, storage.ErrNoKeyring):
		return cat.T("cmd.keyring.none", e.Email, e.Email)
	}
	return cat.T("cmd.keyring.failed", e.Email, e.Err, e.Email)
}

// problem names what is wrong with an account in the file.
func problem(cat i18n.Catalog, p storage.Problem) string {
	keys := map[storage.Problem]i18n.Key{
		storage.ProblemNoEmail:          "cmd.problem.noEmail",
		storage.ProblemBadText:          "cmd.problem.badText",
		storage.ProblemDuplicateEmail:   "cmd.problem.duplicate",
		storage.ProblemBadSecretStore:   "cmd.problem.secretStore",
		storage.ProblemNoPassword:       "cmd.problem.noPassword",
		storage.ProblemTooLarge:         "cmd.problem.tooLarge",
		storage.ProblemNotRepresentable: "cmd.problem.other",
		storage.ProblemNoSecret:         "cmd.problem.other",
	}
	if k, ok := keys[p]; ok {
		return cat.T(k)
	}
	return p.String()
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
