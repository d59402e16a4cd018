package cli

import (
	"errors"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"gmailsetup/internal/gmail"
	"gmailsetup/internal/guide"
)

// FlagError explains a flag cobra could not parse without ever echoing a
// value: `--password-stdin=SECRET` would otherwise come back as `invalid
// argument "SECRET"`, and `-pSECRET` as "unknown shorthand flag: 'p' in
// -pSECRET". It names the flag instead, and an unknown flag's name only
// when it is a near miss of a real one (a typo of a name, not a pasted
// password). A --password flag gets the way that works.
func FlagError(env *Env) func(*cobra.Command, error) error {
	return func(cmd *cobra.Command, err error) error {
		cat, path := env.Cat, cmd.CommandPath()
		var (
			invalid  *pflag.InvalidValueError
			missing  *pflag.ValueRequiredError
			unknown  *pflag.NotExistError
			syntaxEr *pflag.InvalidSyntaxError
		)
		switch {
		case errors.As(err, &invalid):
			f := invalid.GetFlag()
			if f.NoOptDefVal != "" { // a switch: --flag alone means on
				return errors.New(cat.T("hardening.flag.switch", "--"+f.Name, path))
			}
			return errors.New(cat.T("hardening.flag.badValue", "--"+f.Name, path))
		case errors.As(err, &missing):
			return errors.New(cat.T("hardening.flag.needsValue", "--"+missing.GetFlag().Name, path))
		case errors.As(err, &unknown):
			name := unknown.GetSpecifiedName()
			if unknown.GetSpecifiedShortnames() != "" {
				if name == "p" {
					return errors.New(cat.T("cmd.setup.noPasswordFlag"))
				}
				name = "-" + name[:1]
			} else {
				if name == "password" || strings.HasPrefix(name, "password=") {
					return errors.New(cat.T("cmd.setup.noPasswordFlag"))
				}
				name = "--" + name
			}
			names := flagNames(cmd)
			if near := nearest(name, names); near != "" {
				return errors.New(cat.T("hardening.flag.unknownNear", name, near, path))
			}
			return errors.New(cat.T("hardening.flag.unknown", path, strings.Join(names, ", ")))
		case errors.As(err, &syntaxEr):
			return errors.New(cat.T("hardening.flag.syntax", path))
		}
		return errors.New(cat.T("hardening.flag.other", path))
	}
}

// flagNames lists the flags cmd takes, its own and inherited, as typed.
func flagNames(cmd *cobra.Command) []string {
	var names []string
	add := func(f *pflag.Flag) {
		if !f.Hidden {
			names = append(names, "--"+f.Name)
		}
	}
	cmd.LocalFlags().VisitAll(add)
	cmd.InheritedFlags().VisitAll(add)
	slices.Sort(names)
	return slices.Compact(names)
}

// nearest is the flag in names within two edits of typed (slips of the
// keyboard, where a swap of neighbours is one), or "" when none is that
// close: only then is the typed name safe to show, since it cannot be an
// app password's 16 random letters.
func nearest(typed string, names []string) string {
	best, bestDist := "", 3
	for _, n := range names {
		if d := gmail.EditDistance(typed, n); d < bestDist {
			best, bestDist = n, d
		}
	}
	return best
}

// shownValue is a flag value as a message may quote it, and whether it may:
// only a value with an @ in it, which an app password (16 letters) never
// has, cleaned of anything that would drive the terminal and clipped.
func shownValue(v string) (string, bool) {
	if !strings.Contains(v, "@") {
		return "", false
	}
	return guide.Clip(v, guide.MaxDetail), true
}

// QuietCompletion adds cobra's completion command to root now, and makes
// it and its shells refuse an argument as NoArgs does: cobra's own NoArgs
// says `unknown command "<the argument>"`.
func QuietCompletion(root *cobra.Command) {
	root.InitDefaultCompletionCmd()
	for _, c := range root.Commands() {
		if c.Name() != "completion" {
			continue
		}
		c.Args = NoArgs
		for _, shell := range c.Commands() {
			shell.Args = NoArgs
			if shell.Name() == "bash" {
				bashCompletion(shell)
			}
		}
	}
}
