package main

import (
	"runtime"
	"runtime/debug"
	"strings"
	"time"
)

// version overrides the module version in --version when set at build time
// with -ldflags "-X main.version=…". Left empty, the version comes from the
// build info that go build records (a tag, or a pseudo-version from the
// commit).
var version string

// versionString is what --version prints after "gmailsetup version".
func versionString() string {
	info, _ := debug.ReadBuildInfo()
	return formatVersion(version, info)
}

// moduleVersion is override when set, else the main module's version as go
// build recorded it, else "devel" (go run, or a build without VCS
// information).
func moduleVersion(override string, info *debug.BuildInfo) string {
	switch {
	case override != "":
		return override
	case info != nil && info.Main.Version != "" && info.Main.Version != "(devel)":
		return info.Main.Version
	}
	return "devel"
}

// formatVersion renders the version people quote in a bug report: the
// module version (or override, when not empty), then the commit it was built
// from, with "+dirty" when the tree had uncommitted changes, its date, and
// the Go release and platform. info may be nil (no build info at all).
//
//	v1.2.0 (1a2b3c4d5e6f, 2026-12-01; go1.26.8 windows/amd64)
func formatVersion(override string, info *debug.BuildInfo) string {
	v := moduleVersion(override, info)
	var rev, date, goVersion string
	dirty := false
	if info != nil {
		goVersion = info.GoVersion
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.time":
				if t, err := time.Parse(time.RFC3339Nano, s.Value); err == nil {
					date = t.UTC().Format(time.DateOnly)
				}
			case "vcs.modified":
				dirty = s.Value == "true"
			}
		}
	}
	if goVersion == "" {
		goVersion = runtime.Version()
	}
	var parts []string
	if rev != "" {
		if len(rev) > 12 {
			rev = rev[:12] // as long as in a pseudo-version
		}
		if dirty {
			rev += "+dirty"
		}
		parts = append(parts, rev)
	}
	if date != "" {
		parts = append(parts, date)
	}
	built := goVersion + " " + runtime.GOOS + "/" + runtime.GOARCH
	if len(parts) == 0 {
		return v + " (" + built + ")"
	}
	return v + " (" + strings.Join(parts, ", ") + "; " + built + ")"
}
