package main

import (
	"os"
	"runtime/debug"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/cobra/doc"
)

// newManCmd is the hidden "__man DIR" command that make dist runs to write
// one man page per command into DIR, in the language of --lang. It lives in
// the binary because the pages are drawn from the real command tree and the
// real catalog, so they never drift from --help.
func newManCmd() *cobra.Command {
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
			info, _ := debug.ReadBuildInfo()
			return doc.GenManTree(root, &doc.GenManHeader{
				Section: "1",
				Date:    manDate(info),
				Source:  "gmailsetup " + moduleVersion(version, info),
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
