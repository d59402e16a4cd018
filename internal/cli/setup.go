package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"gmailsetup/internal/gmail"
	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
	"gmailsetup/internal/storage"
	"gmailsetup/mailer"
)

// maxPaste bounds what setup reads from stdin: an app password is 16
// letters, and a wrong file piped in should not be read whole.
const maxPaste = 256

// setupFlags are the options of `gmailsetup setup`. There is no flag for
// the password itself: argv is visible to every user of the machine.
type setupFlags struct {
	email, name, label string
	stdin, noSend      bool
	insecure           bool
	oauth              oauthFlags // setup --oauth: sign in with Google instead
}

// NewSetupCmd is `gmailsetup setup`: the wizard's job without a terminal.
// It reads the app password from stdin, checks it like the wizard does,
// tests it against Gmail, and only then saves it. Exit 0 saved, 1 not
// saved (bad input, Gmail refused, no keyring), 2 the command cannot run as
// asked (no --password-stdin, stdin is a terminal, the saved file is
// unreadable), 130 ctrl+c. A failure leaves what was saved before intact.
func NewSetupCmd(env *Env) *cobra.Command {
	var f setupFlags
	cmd := &cobra.Command{
		Use:   "setup --email ADDRESS --password-stdin",
		Short: env.Cat.T("cmd.setup.short"),
		Long:  env.Cat.T("cmd.setup.long"),
		Args:  NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return setup(env, f)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.email, "email", "", env.Cat.T("cmd.setup.flag.email"))
	fl.BoolVar(&f.stdin, "password-stdin", false, env.Cat.T("cmd.setup.flag.stdin"))
	fl.StringVar(&f.name, "name", "", env.Cat.T("cmd.setup.flag.name"))
	fl.StringVar(&f.label, "app-name", "gmailsetup", env.Cat.T("cmd.setup.flag.appName"))
	fl.BoolVar(&f.noSend, "no-send", false, env.Cat.T("cmd.setup.flag.noSend"))
	fl.BoolVar(&f.insecure, "insecure-storage", false, env.Cat.T("cmd.setup.flag.insecure"))
	f.oauth.add(env, cmd)
	return cmd
}

func setup(env *Env, f setupFlags) error {
	cat := env.Cat
	switch {
	case f.email == "":
		fmt.Fprintln(env.Stderr, cat.T("cmd.setup.needEmail"))
		return exit(ExitBroken)
	case f.oauth.on && f.stdin:
		fmt.Fprintln(env.Stderr, cat.T("oauthcmd.setup.both"))
		return exit(ExitBroken)
	case f.oauth.on:
	case !f.stdin:
		fmt.Fprintln(env.Stderr, cat.T("cmd.setup.needStdin"))
		return exit(ExitBroken)
	case env.StdinTTY:
		// Typed at a terminal the password would be echoed; the wizard
		// takes it hidden.
		fmt.Fprintln(env.Stderr, cat.T("cmd.setup.stdinTTY"))
		return exit(ExitBroken)
	}
	email := gmail.NormalizeAddress(f.email)
	check := gmail.CheckAddress(email)
	if check.Problem != gmail.AddressOK {
		fmt.Fprintln(env.Stderr, addressProblem(cat, check))
		return exit(ExitFailed)
	}
	if check.Suggestion != "" {
		// Not fatal: the domain may be right. If it is not, the test says so.
		fmt.Fprintln(env.Stderr, cat.T("account.suggest", check.Suggestion))
	}
	if !utf8.ValidString(f.name) || strings.ContainsFunc(f.name+f.label, unicode.IsControl) {
		fmt.Fprintln(env.Stderr, cat.T("cmd.setup.badName"))
		return exit(ExitFailed)
	}
	if f.oauth.on {
		return setupOAuth(env, f, email)
	}
	secret, msg := readAppPassword(env.context(), cat, env.Stdin)
	if env.context().Err() != nil {
		fmt.Fprintln(env.Stderr, cat.T("hardening.interrupted"))
		return exit(ExitInterrupted)
	}
	if msg != "" {
		fmt.Fprintln(env.Stderr, msg)
		return exit(ExitFailed)
	}

	store, prior, email, err := openForSetup(env, email)
	if err != nil {
		return err
	}

	res, err := setupTest(env, mailer.Account{Email: email, Password: secret}, f.noSend, storage.Account{Email: email})
	if err != nil {
		return err
	}

	now := env.now()
	acct := storage.Account{
		Email:              email,
		Name:               f.name,
		Host:               mailer.Gmail().Host,
		Port:               res.Port,
		AppPasswordLabel:   f.label,
		AppPasswordCreated: now,
		LastVerified:       now,
	}
	if acct.Name == "" {
		acct.Name = prior.Name // the name people already see, if any
	}
	fmt.Fprintln(env.Stderr, cat.T("save.saving"))
	where, err := store.Save(acct, secret, f.insecure)
	return saved(env, store, email, where, err, false)
}

// saved tells how a save went: where the secret is, or why nothing was
// saved (no keyring and no consent, a file that cannot be written).
func saved(env *Env, store *storage.Store, email string, where storage.Where, err error, google bool) error {
	cat := env.Cat
	noKeyring, inKeyring, inFile := i18n.Key("cmd.setup.noKeyring"), i18n.Key("cmd.setup.savedKeyring"), i18n.Key("cmd.setup.savedFile")
	if google {
		noKeyring, inKeyring, inFile = "oauthcmd.setup.noKeyring", "oauthcmd.setup.savedKeyring", "oauthcmd.setup.savedFile"
	}
	var nk *storage.NoKeyringError
	switch {
	case errors.As(err, &nk):
		why := ""
		switch {
		case errors.Is(nk.Err, storage.ErrKeyringLocked):
			why = " (" + cat.T("cmd.setup.whyLocked") + ")"
		case errors.Is(nk.Err, storage.ErrNoSessionBus):
			why = " (" + cat.T("cmd.setup.whyNoSessionBus") + ")"
		case nk.Err != nil:
			why = " (" + nk.Err.Error() + ")"
		}
		fmt.Fprintln(env.Stderr, cat.T(noKeyring, why, store.Path()))
		return exit(ExitFailed)
	case err != nil:
		text, _ := explain(cat, err, store.Path())
		fmt.Fprintln(env.Stderr, cat.T("cmd.setup.notSaved", text))
		return exit(ExitFailed)
	case where.Keyring:
		fmt.Fprintln(env.Stdout, cat.T(inKeyring, email, where.ConfigPath))
	default:
		fmt.Fprintln(env.Stdout, cat.T(inFile, email, where.ConfigPath))
	}
	return nil
}

// setupTest signs in (and sends the test mail unless noSend), printing the
// result; on failure it prints the diagnosis and returns the exit.
func setupTest(env *Env, acct mailer.Account, noSend bool, saved storage.Account) (mailer.Result, error) {
	cat, email := env.Cat, acct.Email
	ctx := env.context()
	c := env.client()
	if noSend {
		res, err := c.Verify(ctx, acct, progressOf(env, acct))
		if err != nil {
			return res, diagnoseMail(env, cat.T("cmd.setup.failed", email), err, saved)
		}
		fmt.Fprintln(env.Stdout, cat.T("cmd.test.ok", env.Server.Host, res.Port, email, seconds(cat, res.Elapsed)))
		return res, nil
	}
	msg := guide.TestMessage(env.Cat, email, env.now())
	res, err := c.Send(ctx, acct, msg, progressOf(env, acct))
	if err != nil {
		return res, diagnoseMail(env, cat.T("cmd.setup.failed", email), err, saved)
	}
	fmt.Fprintln(env.Stdout, cat.T("cmd.test.ok", env.Server.Host, res.Port, email, seconds(cat, res.Elapsed)))
	reportDelivery(env, msg, res)
	return res, nil
}

// readAppPassword reads stdin and normalizes it as the wizard's paste
// field does. On a problem it returns the message, which never quotes
// what was read. A stdin that never closes ends with ctx.
func readAppPassword(ctx context.Context, cat i18n.Catalog, r io.Reader) (string, string) {
	data, err := readAll(ctx, r, maxPaste+1)
	if err != nil {
		return "", cat.T("cmd.setup.readFailed", guide.ReasonFor(cat, err))
	}
	if len(data) > maxPaste {
		return "", cat.T("paste.err.tooLong", maxPaste)
	}
	// Notepad (before Windows 10's 1903) starts a UTF-8 file with a byte
	// order mark, and cmd's type passes it on: it is not part of the text.
	text := strings.TrimPrefix(string(data), "\ufeff")
	secret, problem := guide.AppPasswordProblem(text)
	if problem.Key == "paste.err.notLetters" && gmail.HasInvisible(text) {
		return "", cat.T("hardening.paste.invisible")
	}
	switch {
	case problem.IsZero():
		return secret, ""
	case problem.Key == "paste.err.empty":
		return "", cat.T("cmd.setup.emptyStdin")
	}
	return "", problem.Text(cat)
}

// addressProblem is the guide's message for what is wrong with an address.
func addressProblem(cat i18n.Catalog, c gmail.AddressCheck) string {
	return guide.AddressProblem(c).Text(cat)
}

// openForSetup opens the saved setup that setup (either kind) adds to. A
// file that does not load is not ours to overwrite from a script: it is
// reported before a sign-in is spent. One mailbox typed another way is the
// saved account, under the spelling it was saved with, and email says so.
// prior is the account already there for that mailbox (zero when none).
func openForSetup(env *Env, email string) (store *storage.Store, prior storage.Account, _ string, err error) {
	if store, err = env.Store(); err != nil {
		return nil, prior, email, report(env, err, "")
	}
	if err := store.CheckWrite(); err != nil {
		return nil, prior, email, report(env, err, store.Path())
	}
	cfg, err := store.Load()
	if err != nil && !errors.Is(err, storage.ErrNotFound) {
		return nil, prior, email, report(env, err, store.Path())
	}
	if old, had := cfg.Account(email); had {
		prior = old
		if old.Email != email {
			fmt.Fprintln(env.Stderr, env.Cat.T("hardening.sameMailbox", email, old.Email))
			email = old.Email
		}
	}
	return store, prior, email, nil
}
