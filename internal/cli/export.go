package cli

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"gmailsetup/internal/gmail"
	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
	"gmailsetup/internal/safefile"
	"gmailsetup/internal/safetext"
	"gmailsetup/internal/storage"
)

// exportOpts are export's flags.
type exportOpts struct {
	account       string
	write         bool
	file          string
	includeSecret bool
}

// NewExportCmd is `gmailsetup export msmtp|git|env|netrc`: the saved setup
// as a snippet for a tool people already run, printed or, with --write,
// appended to that tool's file after a backup.
//
// The secret: msmtp's block asks `gmailsetup password` for it and git
// send-email asks the person, so neither holds it. netrc always does and env
// does with --include-secret; those are never printed to a terminal, only
// to a pipe, a redirect or with --write into a file readable only by you.
//
// Exit codes: 0 done; 1 no saved setup, no such account, or the file
// already has this account; 2 anything else that stopped it.
func NewExportCmd(env *Env) *cobra.Command {
	var o exportOpts
	cmd := &cobra.Command{
		Use:       "export msmtp|git|env|netrc",
		Short:     env.Cat.T("export.short"),
		Long:      env.Cat.T("export.long"),
		ValidArgs: exportFormatNames(),
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 || findFormat(args[0]) == nil {
				// The argument is not echoed: it might be a pasted secret.
				return errors.New(env.Cat.T("export.badFormat", strings.Join(exportFormatNames(), ", ")))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return runExport(env, findFormat(args[0]), o)
		},
	}
	cmd.SilenceUsage = true
	f := cmd.Flags()
	f.StringVar(&o.account, "account", "", env.Cat.T("export.flag.account"))
	f.BoolVar(&o.write, "write", false, env.Cat.T("export.flag.write"))
	f.StringVar(&o.file, "file", "", env.Cat.T("export.flag.file"))
	f.BoolVar(&o.includeSecret, "include-secret", false, env.Cat.T("export.flag.includeSecret"))
	return cmd
}

func runExport(env *Env, format *exportFormat, o exportOpts) error {
	if o.includeSecret && format.secret == secretNever {
		fmt.Fprintln(env.Stderr, env.Cat.T("export.noSecretHere", format.name))
		return exit(ExitBroken)
	}
	write := o.write || o.file != ""
	withSecret := format.secret == secretAlways || (format.secret == secretOnRequest && o.includeSecret)
	if withSecret && !write && env.StdoutTTY {
		fmt.Fprintln(env.Stderr, env.Cat.T("export.secretTerminal", format.name))
		return exit(ExitBroken)
	}
	target := o.file
	if write && target == "" {
		var ok bool
		if target, ok = format.defaultFile(); !ok {
			fmt.Fprintln(env.Stderr, env.Cat.T("export.needFile", format.name))
			return exit(ExitBroken)
		}
	}

	store, acct, err := savedAccount(env, o.account)
	if err != nil {
		return err
	}
	in := snippetInput{Cat: env.Cat, Email: acct.Email, Host: acct.Host, Port: acct.Port}
	if in.Host == "" {
		in.Host = "smtp.gmail.com"
	}
	if in.Port == 0 {
		in.Port = guide.DefaultPort
	}
	if msg := checkAccount(env.Cat, in, store.Path()); msg != "" {
		fmt.Fprintln(env.Stderr, msg)
		return exit(ExitBroken)
	}
	if acct.IsOAuth() && format.name != "msmtp" {
		// git's credential helper, SMTP_PASSWORD and .netrc hand out a
		// password; a Google sign-in has tokens that last an hour.
		fmt.Fprintln(env.Stderr, env.Cat.T("oauthcmd.export.onlyMsmtp", format.name, safetext.Clean(acct.Email)))
		return exit(ExitBroken)
	}
	prog := selfCommand()
	var ok1, ok2 bool
	secretCmd := "password --account="
	if in.OAuth = acct.IsOAuth(); in.OAuth {
		secretCmd = "token --account="
	}
	in.PassCmd, ok1 = gmailsetupCommand(prog, store.Path(), secretCmd+mustShellArg(in.Email))
	in.Helper, ok2 = gmailsetupCommand(prog, store.Path(), "credential")
	if !ok1 || !ok2 {
		return unquotable(env, format, &unquotableError{what: "export.value.configPath"}, store.Path())
	}
	if withSecret {
		if in.Secret, err = savedSecret(env, store, acct.Email); err != nil {
			return err
		}
		in.Secret = unspaced(in.Secret)
		if strings.ContainsAny(in.Secret, " \t\r\n\"'\\#") {
			fmt.Fprintln(env.Stderr, env.Cat.T("export.secretUnusable", format.name))
			return exit(ExitBroken)
		}
	}
	if !write {
		text, err := format.render(in, exportPlan{})
		if err != nil {
			return unquotable(env, format, err, store.Path())
		}
		fmt.Fprint(env.Stdout, text)
		fmt.Fprintln(env.Stderr, env.Cat.T("export.from", in.Email))
		return nil
	}

	if format.name == "git" {
		// An [include]d [sendemail] sends as much as one in the file.
		in.GitSeen, in.GitRead = gitSendemail(env.context(), target, o.file == "")
	}
	var plan exportPlan
	res, err := appendFile(target, format.private || withSecret, env.now(), func(old []byte) ([]byte, error) {
		var err error
		if plan, err = format.plan(old, in); err != nil {
			return nil, err
		}
		text, err := format.render(in, plan)
		return []byte(text), err
	})
	path := safetext.Clean(res.Path)
	var (
		uq    *unquotableError
		owner *safefile.OwnerError
		link  *safefile.LinkError
		ro    *safefile.ReadOnlyError
	)
	switch {
	case errors.Is(err, errAlreadyThere):
		fmt.Fprintln(env.Stderr, env.Cat.T("export.duplicate", path, in.Email))
		fmt.Fprintln(env.Stderr, format.removeHint(in, plan, path))
		return exit(ExitFailed)
	case errors.As(err, &uq):
		return unquotable(env, format, err, store.Path())
	case errors.Is(err, safefile.ErrNotRegular):
		fmt.Fprintln(env.Stderr, env.Cat.T("export.notRegular", path))
		return exit(ExitBroken)
	case errors.As(err, &owner):
		key, args, _ := guide.Owner(owner)
		fmt.Fprintln(env.Stderr, env.Cat.T(key, cleanArgs(args)...))
		return exit(ExitBroken)
	case errors.As(err, &link):
		fmt.Fprintln(env.Stderr, env.Cat.T("owner.link", safetext.Clean(link.Path), safetext.Clean(link.Target)))
		return exit(ExitBroken)
	case errors.As(err, &ro):
		q, _ := shellArg(ro.Path)
		fmt.Fprintln(env.Stderr, env.Cat.T("write.readOnly", path, safetext.Clean(q)))
		return exit(ExitBroken)
	case err != nil:
		fmt.Fprintln(env.Stderr, env.Cat.T("export.writeError", guide.ReasonFor(env.Cat, err)))
		return exit(ExitBroken)
	}
	fmt.Fprintln(env.Stdout, env.Cat.T("export.written", format.name, in.Email, path))
	if res.Backup != "" {
		fmt.Fprintln(env.Stdout, env.Cat.T("export.backup", safetext.Clean(res.Backup)))
	}
	if res.Tightened {
		fmt.Fprintln(env.Stdout, env.Cat.T("export.tightened", path))
	}
	for _, note := range exportNotes(env.Cat, format.name, in, plan, path) {
		fmt.Fprintln(env.Stdout, note)
	}
	fmt.Fprintln(env.Stdout, env.Cat.T("export.from", in.Email))
	return nil
}

// exportNotes says what --write changed beyond the account itself, and how
// to use it.
func exportNotes(cat i18n.Catalog, format string, in snippetInput, plan exportPlan, path string) []string {
	account := mustShellArg(in.Email)
	switch {
	case format == "msmtp" && plan.MakeDefault:
		return []string{cat.T("export.msmtp.madeDefault", in.Email)}
	case format == "msmtp" && plan.OtherDefault:
		return []string{cat.T("export.msmtp.otherDefault", path, account)}
	case format != "git":
		return nil
	}
	var notes []string
	switch {
	case plan.HaveSendemail:
		notes = append(notes, cat.T("export.git.helperAdded", path))
	case plan.Identity != "":
		notes = append(notes, cat.T("export.git.identity", path, plan.Identity, plan.Identity))
	}
	if !plan.HaveHelper {
		notes = append(notes, cat.T("export.git.helper", in.Helper))
	}
	if plan.HaveSendemail && plan.Identity != "" {
		notes = append(notes, cat.T("export.git.useIdentity", plan.Identity))
	}
	return notes
}

// checkAccount refuses a saved account that no tool should be handed:
// the setup file may have been edited by hand, and what it holds ends up
// in other programs' files. The address must pass the rules a typed one
// does, the server must be a host name and the port Gmail's. It returns
// the message to show, or "".
func checkAccount(cat i18n.Catalog, in snippetInput, configPath string) string {
	file := safetext.Clean(configPath)
	if c := gmail.CheckAddress(in.Email); c.Problem != gmail.AddressOK {
		return cat.T("export.badAddress", file, strconv.QuoteToASCII(in.Email))
	}
	if !isHostName(in.Host) {
		return cat.T("export.badHost", file, strconv.QuoteToASCII(in.Host))
	}
	if in.Port != 465 && in.Port != 587 {
		return cat.T("export.badPort", file, in.Port)
	}
	return ""
}

// isHostName reports whether s is a DNS name: letters, digits, '-' and dots.
func isHostName(s string) bool {
	return s != "" && len(s) <= 253 && !strings.HasPrefix(s, ".") && !strings.HasPrefix(s, "-") &&
		strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-") == ""
}

// unquotable explains a value the format's file cannot hold.
func unquotable(env *Env, format *exportFormat, err error, configPath string) error {
	var uq *unquotableError
	what := i18n.Key("export.value.address")
	if errors.As(err, &uq) {
		what = uq.what
	}
	value := env.Cat.T(what)
	if what == "export.value.configPath" || what == "export.value.tooLong" {
		value = env.Cat.T(what, strconv.QuoteToASCII(configPath))
	}
	fmt.Fprintln(env.Stderr, env.Cat.T("export.unquotable", format.name, value))
	return exit(ExitBroken)
}

// selfPath is where this program is; tests point it elsewhere.
var selfPath = os.Executable

// selfCommand is how another program's shell should start gmailsetup:
// plainly "gmailsetup" when that name on PATH is this very program, which
// keeps working when a package manager or go install replaces it; else
// its absolute path, quoted, since a program run from a download folder
// is not on PATH.
func selfCommand() string {
	self, err := selfPath()
	if err != nil {
		return "gmailsetup"
	}
	if real, err := filepath.EvalSymlinks(self); err == nil {
		self = real
	}
	if onPath, err := exec.LookPath("gmailsetup"); err == nil {
		if real, err := filepath.EvalSymlinks(onPath); err == nil && real == self {
			return "gmailsetup"
		}
	}
	if q, ok := shellArg(self); ok {
		return q
	}
	return "gmailsetup"
}

// gmailsetupCommand is the shell command that runs gmailsetup with args,
// for msmtp's passwordeval or git's credential helper. A setup kept
// somewhere other than the usual place is named in it, because those
// programs run without this shell's --config or GMAILSETUP_CONFIG. ok is
// false when the path cannot be a shell word (a NUL).
func gmailsetupCommand(prog, configPath, args string) (cmd string, ok bool) {
	cmd = prog + " " + args
	usual := ""
	if dir, err := os.UserConfigDir(); err == nil {
		usual = filepath.Join(dir, "gmailsetup", "config.toml")
	}
	if abs, err := filepath.Abs(configPath); err == nil && abs != usual {
		q, ok := shellArg(abs)
		if !ok {
			return "", false
		}
		cmd = storage.EnvConfig + "=" + q + " " + cmd
	}
	return cmd, true
}

// mustShellArg is shellArg for a value checked already (an address).
func mustShellArg(s string) string {
	q, _ := shellArg(s)
	return q
}

// unspaced removes the spaces of an app password in Google's spaced form
// (four groups of four letters): netrc and env files split values at spaces.
func unspaced(p string) string {
	q := strings.ReplaceAll(p, " ", "")
	if len(q) != 16 {
		return p
	}
	for i := 0; i < len(q); i++ {
		if c := q[i] | 0x20; c < 'a' || c > 'z' {
			return p
		}
	}
	return q
}

func exportFormatNames() []string {
	names := make([]string, len(exportFormats))
	for i, f := range exportFormats {
		names[i] = f.name
	}
	return names
}

func findFormat(name string) *exportFormat {
	i := slices.IndexFunc(exportFormats, func(f exportFormat) bool { return f.name == name })
	if i < 0 {
		return nil
	}
	return &exportFormats[i]
}
