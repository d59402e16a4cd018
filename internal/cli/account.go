package cli

import (
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

// explain is the guide's wording of a storage error for a command
// (guide.CommandProblem) and the exit code it ends with.
func explain(cat i18n.Catalog, err error, path string) (string, int) {
	text, broken := guide.CommandProblem(cat, err, path)
	if broken {
		return text, ExitBroken
	}
	return text, ExitFailed
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
