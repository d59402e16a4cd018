package main

import (
	"os"
	"regexp"
	"runtime/debug"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/cobra/doc"

	"gmailsetup/internal/cli"
)

// newManCmd is the hidden "__man DIR" command that make dist runs to write
// one man page per command into DIR, in the language of --lang. It lives in
// the binary because the pages are drawn from the real command tree and the
// real catalog, so they never drift from --help.
func newManCmd(env *cli.Env) *cobra.Command {
	return &cobra.Command{
		Use:    "__man DIR",
		Hidden: true,
		Args:   cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := os.MkdirAll(args[0], 0o755); err != nil {
				return err
			}
			root := cmd.Root()
			root.DisableAutoGenTag = true // its "HISTORY" line would carry a date
			// The root page also lists the wizard's keys and what every
			// exit status means; --help has no room for the keys.
			root.Long = strings.TrimRight(root.Long, "\n") + "\n\n" + env.Cat.T("newcomer.man.keys") + "\n" + env.Cat.T("newcomer.man.exit")
			info, _ := debug.ReadBuildInfo()
			return doc.GenManTree(root, &doc.GenManHeader{
				Section: "1",
				Date:    manDate(info),
				Source:  manSource(moduleVersion(version, info)),
				Manual:  "gmailsetup",
			}, args[0])
		},
	}
}

// manDate is the commit's date, so two builds of one commit write the same
// pages; without VCS information cobra falls back to $SOURCE_DATE_EPOCH or
// today.
func manDate(info *debug.BuildInfo) *time.Time {
	if info == nil {
		return nil
	}
	for _, s := range info.Settings {
		if s.Key == "vcs.time" {
			if t, err := time.Parse(time.RFC3339Nano, s.Value); err == nil {
				t = t.UTC()
				return &t
			}
		}
	}
	return nil
}

// pseudoVersion matches the version go build gives an untagged commit
// (v0.0.0-20261207195830-67881f18f04e, maybe +dirty), keeping its commit.
var pseudoVersion = regexp.MustCompile(`^v[0-9]+\.[0-9]+\.[0-9]+-(?:[0-9A-Za-z.]+\.)?[0-9]{14}-([0-9a-f]{12})(\+dirty)?$`)

// manSource is the left of the man page's footer. man centres the date on
// the same line, so a full pseudo-version ran into it
// ("…67881f18f04eDec 2026"): an untagged build shows its commit only.
func manSource(v string) string {
	if m := pseudoVersion.FindStringSubmatch(v); m != nil {
		v = m[1] + m[2]
	}
	return "gmailsetup " + v
}
