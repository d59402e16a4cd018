package cli

import (
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"gmailsetup/internal/gmail"
	"gmailsetup/internal/i18n"
)

// HelpWidth is the widest line any --help prints: an 80-column terminal
// keeps a margin, and a line that wraps mid-word reads as a typo.
const HelpWidth = 78

// Localize gives the whole command tree under root the person's language:
// cobra's headings, its help and completion commands, the -h and -v flags,
// the usage placeholders and the "(default …)" notes. Every text comes from
// the catalog and is wrapped at HelpWidth. Call it once the tree is built.
func Localize(root *cobra.Command, cat i18n.Catalog) {
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	if root.Version != "" {
		root.InitDefaultVersionFlag()
		root.Flags().Lookup("version").Usage = cat.T("cli.flag.version")
	}
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		if args := c.Args; args != nil {
			c.Args = func(cmd *cobra.Command, a []string) error {
				err := args(cmd, a)
				var no *NoArgsError
				if errors.As(err, &no) {
					if near := nearCommand(cmd, a[0]); near != "" {
						return errors.New(cat.T("newcomer.cmd.unknownNear", a[0], cmd.CommandPath()+" "+near, no.Path))
					}
					return errors.New(cat.T("cli.err.noArgs", no.Path, no.Path))
				}
				return err
			}
		}
		c.InitDefaultHelpFlag()
		c.Flags().Lookup("help").Usage = cat.T("cli.flag.help")
		addExitCodes(c, cat)
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
	localizeBuiltins(root, cat)

	root.SetUsageFunc(func(c *cobra.Command) error {
		return writeUsage(c.OutOrStderr(), c, cat)
	})
	root.SetHelpFunc(func(c *cobra.Command, _ []string) {
		w := c.OutOrStdout()
		if text := strings.TrimSpace(firstNonEmpty(c.Long, c.Short)); text != "" {
			fmt.Fprintln(w, Wrap(text, HelpWidth))
			fmt.Fprintln(w)
		}
		if c.Runnable() || c.HasSubCommands() {
			_ = writeUsage(w, c, cat)
		}
	})
}

// nearCommand is the subcommand of cmd that typed is a slip of (within
// two edits, or its beginning), or "". Only then is typed shown back: a
// word that close to a command name cannot be an app password's 16 random
// letters pasted in the wrong place.
func nearCommand(cmd *cobra.Command, typed string) string {
	if typed == "" || len(typed) > 16 {
		return ""
	}
	best, bestDist := "", 3
	for _, c := range cmd.Commands() {
		if !c.IsAvailableCommand() && c.Name() != "help" {
			continue
		}
		name := c.Name()
		if len(typed) >= 3 && strings.HasPrefix(name, strings.ToLower(typed)) {
			return name
		}
		if d := gmail.EditDistance(strings.ToLower(typed), name); d < bestDist {
			best, bestDist = name, d
		}
	}
	return best
}

// addExitCodes ends the help of a command that does not give its exit
// codes yet with them, so --help and the man page drawn from it both say
// what a script can act on.
func addExitCodes(c *cobra.Command, cat i18n.Catalog) {
	key := i18n.Key("newcomer.exit." + c.Name())
	if !i18n.Has(key) {
		return
	}
	c.Long = strings.TrimRight(firstNonEmpty(c.Long, c.Short), "\n") + "\n\n" + cat.T(key)
}

// localizeBuiltins translates the commands cobra adds by itself.
func localizeBuiltins(root *cobra.Command, cat i18n.Catalog) {
	name := root.Name()
	for _, c := range root.Commands() {
		switch c.Name() {
		case "help":
			c.Use = cat.T("cli.help.use")
			c.Short = cat.T("cli.help.short")
			c.Long = cat.T("cli.help.long", name)
		case "completion":
			c.Short = cat.T("cli.completion.short")
			c.Long = cat.T("cli.completion.long", name)
			for _, sh := range c.Commands() {
				shell := sh.Name()
				sh.Short = cat.T("cli.completion.shell.short", shell)
				sh.Long = cat.T(i18n.Key("cli.completion."+shell+".long"), name)
				if f := sh.Flags().Lookup("no-descriptions"); f != nil {
					f.Usage = cat.T("cli.completion.noDesc")
				}
			}
		}
	}
}

// writeUsage is cobra's usage text, in the catalog's words.
func writeUsage(w io.Writer, c *cobra.Command, cat i18n.Catalog) error {
	var b strings.Builder
	b.WriteString(cat.T("cli.usage"))
	if c.Runnable() {
		b.WriteString("\n  " + useLine(c, cat))
	}
	if c.HasAvailableSubCommands() {
		b.WriteString("\n  " + c.CommandPath() + " " + cat.T("cli.commandWord"))
	}
	if c.HasExample() {
		b.WriteString("\n\n" + cat.T("cli.examples") + "\n" + c.Example)
	}
	if c.HasAvailableSubCommands() {
		b.WriteString("\n\n" + cat.T("cli.commands"))
		pad := 0
		for _, s := range c.Commands() {
			if s.IsAvailableCommand() || s.Name() == "help" {
				pad = max(pad, len(s.Name()))
			}
		}
		for _, s := range c.Commands() {
			if s.IsAvailableCommand() || s.Name() == "help" {
				b.WriteString("\n" + hanging("  "+s.Name()+strings.Repeat(" ", pad-len(s.Name()))+"  ", s.Short, HelpWidth))
			}
		}
	}
	if c.HasAvailableLocalFlags() {
		b.WriteString("\n\n" + cat.T("cli.flags") + "\n" + flagUsages(c.LocalFlags(), cat))
	}
	if c.HasAvailableInheritedFlags() {
		b.WriteString("\n\n" + cat.T("cli.globalFlags") + "\n" + flagUsages(c.InheritedFlags(), cat))
	}
	if c.HasAvailableSubCommands() {
		b.WriteString("\n\n" + Wrap(cat.T("cli.moreHelp", c.CommandPath()), HelpWidth))
	}
	b.WriteString("\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// placeholder matches the upper-case words of a Use line (ADDRESS, FILE).
var placeholder = regexp.MustCompile(`\b[A-Z][A-Z_]+\b`)

// useLine is cobra's UseLine with its placeholders and "[flags]" in the
// person's language.
func useLine(c *cobra.Command, cat i18n.Catalog) string {
	line := c.UseLine()
	line = strings.Replace(line, "[flags]", cat.T("cli.flagsWord"), 1)
	return placeholder.ReplaceAllStringFunc(line, func(w string) string { return placeholderWord(cat, w) })
}

// placeholderWord translates one placeholder; an unknown one stays as is.
func placeholderWord(cat i18n.Catalog, w string) string {
	if t := cat.T(i18n.Key("cli.ph." + w)); !strings.HasPrefix(t, "!") {
		return t
	}
	return w
}

// flagUsages lists flags as pflag does, with translated value names and
// defaults, each description wrapped under its own column.
func flagUsages(fs *pflag.FlagSet, cat i18n.Catalog) string {
	type row struct{ left, usage string }
	var rows []row
	width := 0
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		name, usage := pflag.UnquoteUsage(f)
		if name != "" {
			name = valueName(cat, name)
		}
		left := "      --" + f.Name
		if f.Shorthand != "" {
			left = "  -" + f.Shorthand + ", --" + f.Name
		}
		if name != "" {
			left += " " + name
		}
		if d := defaultNote(f); d != "" {
			usage += " " + cat.T("cli.default", d)
		}
		rows = append(rows, row{left, usage})
		width = max(width, len(left))
	})
	// A very long flag name would squeeze every description: past this, a
	// description starts on the line below its flag.
	width = min(width, 30)
	var lines []string
	for _, r := range rows {
		if len(r.left) > width {
			lines = append(lines, r.left, hanging(strings.Repeat(" ", width+3), r.usage, HelpWidth))
			continue
		}
		lines = append(lines, hanging(r.left+strings.Repeat(" ", width-len(r.left))+"   ", r.usage, HelpWidth))
	}
	return strings.Join(lines, "\n")
}

// valueName turns pflag's value name (a backquoted word of the usage, or
// the type: "string", "stringArray") into a placeholder in the person's
// language.
func valueName(cat i18n.Catalog, name string) string {
	switch name {
	case "string", "stringArray", "strings":
		return cat.T("cli.ph.VALUE")
	case "int", "uint", "int64":
		return cat.T("cli.ph.NUMBER")
	case "duration":
		return cat.T("cli.ph.DURATION")
	}
	return placeholderWord(cat, name)
}

// defaultNote is the flag's default as worth showing, or "".
func defaultNote(f *pflag.Flag) string {
	switch f.DefValue {
	case "", "false", "0", "[]", "0s":
		return ""
	}
	if f.Value.Type() == "string" {
		return fmt.Sprintf("%q", f.DefValue)
	}
	return f.DefValue
}

// hanging writes text after prefix, wrapped at width, with the following
// lines indented under the first character of text.
func hanging(prefix, text string, width int) string {
	indent := strings.Repeat(" ", ansi.StringWidth(prefix))
	body := wordwrap(text, max(width-len(indent), 20))
	return prefix + strings.ReplaceAll(body, "\n", "\n"+indent)
}

// Wrap re-flows each paragraph of text to width columns. Lines that start
// with a space (commands to type, examples) are kept as written, and so
// are blank lines between paragraphs.
func Wrap(text string, width int) string {
	var out, para []string
	flush := func() {
		if len(para) > 0 {
			out = append(out, wordwrap(strings.Join(para, " "), width))
			para = nil
		}
	}
	for _, line := range strings.Split(text, "\n") {
		switch {
		case strings.TrimSpace(line) == "":
			flush()
			out = append(out, "")
		case strings.HasPrefix(line, " "):
			flush()
			out = append(out, wrapRow(line, width))
		default:
			para = append(para, strings.TrimSpace(line))
		}
	}
	flush()
	return strings.Join(out, "\n")
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if strings.TrimSpace(v) != "" {
			return v
		}
	}
	return ""
}

// wordwrap breaks text at spaces only, so that a hyphenated word
// (bash-completion, e-mail) or a path never splits across lines; a word
// wider than width stands alone on its line.
func wordwrap(text string, width int) string {
	var b strings.Builder
	col := 0
	// A gmailsetup command stays on one line, so it can be copied whole:
	// its spaces are held by a joiner until the line is written.
	text = commandSpan.ReplaceAllStringFunc(text, func(c string) string { return strings.ReplaceAll(c, " ", joiner) })
	for _, w := range strings.Fields(text) {
		w = strings.ReplaceAll(w, joiner, " ")
		ww := ansi.StringWidth(w)
		switch {
		case col == 0:
		case col+1+ww > width:
			b.WriteByte('\n')
			col = 0
		default:
			b.WriteByte(' ')
			col++
		}
		b.WriteString(w)
		col += ww
	}
	return b.String()
}

// commandSpan is a gmailsetup command with its subcommand and flags, as
// the help texts quote it.
var commandSpan = regexp.MustCompile(`gmailsetup(?: (?:password|token|rotate|forget|status|test|export|setup|send|credential|get|msmtp|git|env|netrc|--[a-z][a-z-]*(?:=[^\s]+)?))+`)

// joiner holds a command's spaces while the text is split into words: a
// control character, never in a catalog text, and not a space to Fields.
const joiner = "\x1f"

// wrapRow wraps an indented table row ("  msmtp  an account block…") under
// its second column. Any other indented line (a command to type) is kept
// whole, since a wrapped command no longer pastes.
func wrapRow(line string, width int) string {
	if ansi.StringWidth(line) <= width {
		return line
	}
	lead := len(line) - len(strings.TrimLeft(line, " "))
	gap := strings.Index(line[lead:], "  ")
	if gap < 0 {
		return line
	}
	col := lead + gap + len(line[lead+gap:]) - len(strings.TrimLeft(line[lead+gap:], " "))
	return hanging(line[:col], line[col:], width)
}
