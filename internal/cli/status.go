package cli

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"gmailsetup/internal/i18n"
	"gmailsetup/internal/safetext"
	"gmailsetup/internal/storage"
)

// NewStatusCmd is `gmailsetup status`: the saved setup, without the secret.
// Exit 0 when every shown account is usable, 1 when nothing is saved (or
// the named account is not), 2 when the file or a keyring entry cannot be
// used; every problem comes with the command that fixes it.
func NewStatusCmd(env *Env) *cobra.Command {
	var account string
	cmd := &cobra.Command{
		Use:   "status",
		Short: env.Cat.T("cmd.status.short"),
		Long:  env.Cat.T("cmd.status.long"),
		Args:  NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return status(env, account)
		},
	}
	cmd.Flags().StringVar(&account, "account", "", env.Cat.T("cmd.status.flag.account"))
	return cmd
}

func status(env *Env, email string) error {
	l, err := load(env)
	if err != nil {
		return err
	}
	accts, err := l.pick(env, email, true)
	if err != nil {
		return err
	}
	cat, out := env.Cat, env.Stdout
	fmt.Fprintln(out, cat.T("cmd.status.file", safetext.Clean(l.store.Path())))
	code := ExitOK
	for _, a := range accts {
		fmt.Fprintln(out)
		problem := ""
		if a.SecretStore == storage.SecretInKeyring {
			// Read the secret only to learn that it is there; it goes no further.
			if err := secretThere(l.store, a); err != nil {
				problem, code = explain(cat, err, l.store.Path())
			}
		}
		if a.IsOAuth() {
			printSignIn(env, l, a, problem != "")
		} else {
			printAccount(env, l, a, problem != "")
		}
		if problem != "" {
			fmt.Fprintln(env.Stderr, problem)
		}
	}
	return exitCode(code)
}

// exitCode is nil for ExitOK, else the ExitError.
func exitCode(code int) error {
	if code == ExitOK {
		return nil
	}
	return exit(code)
}

// printAccount writes one account's block with aligned labels. Every
// string from the file goes through safetext, the sanitiser of server
// replies: load refuses control characters already, and this keeps a file
// that slipped past from reaching the terminal raw.
func printAccount(env *Env, l loaded, a storage.Account, broken bool) {
	cat, clean := env.Cat, safetext.Clean
	path := clean(l.store.Path())
	head := clean(a.Email)
	if len(l.cfg.Accounts) > 1 && a.Email == l.cfg.Default {
		head = cat.T("cmd.status.default", head)
	}
	fmt.Fprintln(env.Stdout, head)

	secret := cat.T("cmd.status.inKeyring")
	if a.SecretStore == storage.SecretInFile {
		secret = cat.T("cmd.status.inFile", path)
	}
	if broken {
		secret = cat.T("cmd.status.unusable", secret)
	}
	server := clean(a.Host)
	if a.Port != 0 {
		server += ":" + strconv.Itoa(a.Port)
	}
	label := clean(a.AppPasswordLabel)
	switch {
	case label == "" && a.AppPasswordCreated.IsZero():
		label = cat.T("cmd.status.unknown")
	case label == "":
		label = cat.T("cmd.status.createdOnly", day(cat, a.AppPasswordCreated))
	case !a.AppPasswordCreated.IsZero():
		label = cat.T("cmd.status.labelCreated", label, day(cat, a.AppPasswordCreated))
	}
	name := clean(a.Name)
	if name == "" {
		name = cat.T("cmd.status.noName")
	}
	printRows(env, [][2]string{
		{cat.T("oauthcmd.status.kind"), kindName(cat, a)},
		{cat.T("cmd.status.name"), name},
		{cat.T("cmd.status.server"), server},
		{cat.T("cmd.status.secret"), secret},
		{cat.T("cmd.status.label"), label},
		{cat.T("cmd.status.verified"), ago(cat, env.now(), a.LastVerified)},
	})
}

// printRows writes label: value rows with the values aligned.
func printRows(env *Env, rows [][2]string) {
	width := 0
	for _, r := range rows {
		width = max(width, utf8.RuneCountInString(r[0]))
	}
	for _, r := range rows {
		pad := strings.Repeat(" ", width-utf8.RuneCountInString(r[0]))
		fmt.Fprintf(env.Stdout, "  %s:%s  %s\n", r[0], pad, r[1])
	}
}

// day is a calendar day as the person's language writes it: 04/03/2025 in
// Italian, 2025-03-04 in English.
func day(cat i18n.Catalog, t time.Time) string { return cat.Date(t.Local()) }

// ago says how long ago t was in calendar days, with the date.
func ago(cat i18n.Catalog, now, t time.Time) string {
	if t.IsZero() {
		return cat.T("cmd.status.never")
	}
	date := func(t time.Time) time.Time {
		y, m, d := t.Local().Date()
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
	days := int(date(now).Sub(date(t)).Hours() / 24)
	switch {
	case days < 0 || days > 60:
		return day(cat, t)
	case days == 0:
		return cat.T("cmd.ago.today", day(cat, t))
	case days == 1:
		return cat.T("cmd.ago.yesterday", day(cat, t))
	}
	return cat.T("cmd.ago.days", days, day(cat, t))
}

// now is the Env's clock, or the system's.
func (e *Env) now() time.Time {
	if e.Now == nil {
		return time.Now()
	}
	return e.Now()
}
