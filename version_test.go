package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
)

func TestFormatVersion(t *testing.T) {
	platform := runtime.GOOS + "/" + runtime.GOARCH
	vcs := func(modified string) []debug.BuildSetting {
		return []debug.BuildSetting{
			{Key: "-trimpath", Value: "true"},
			{Key: "vcs", Value: "git"},
			{Key: "vcs.revision", Value: "1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b"},
			{Key: "vcs.time", Value: "2026-11-27T14:53:43Z"},
			{Key: "vcs.modified", Value: modified},
		}
	}
	for _, c := range []struct {
		name, override string
		info           *debug.BuildInfo
		want           string
	}{
		{"tagged release", "", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Path: "gmailsetup", Version: "v1.2.0"}, Settings: vcs("false")},
			"v1.2.0 (1a2b3c4d5e6f, 2026-11-27; go1.26.8 " + platform + ")"},
		{"untagged commit", "", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v0.0.0-20261127145343-1a2b3c4d5e6f"}, Settings: vcs("false")},
			"v0.0.0-20261127145343-1a2b3c4d5e6f (1a2b3c4d5e6f, 2026-11-27; go1.26.8 " + platform + ")"},
		{"uncommitted changes", "", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v0.0.0-20261127145343-1a2b3c4d5e6f+dirty"}, Settings: vcs("true")},
			"v0.0.0-20261127145343-1a2b3c4d5e6f+dirty (1a2b3c4d5e6f+dirty, 2026-11-27; go1.26.8 " + platform + ")"},
		{"-X main.version wins over the module version", "1.2.0-rc1", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v1.1.0"}, Settings: vcs("false")},
			"1.2.0-rc1 (1a2b3c4d5e6f, 2026-11-27; go1.26.8 " + platform + ")"},
		{"go install from the proxy: no VCS", "", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v1.2.0"}},
			"v1.2.0 (go1.26.8 " + platform + ")"},
		{"go run: (devel), no VCS", "", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "(devel)"}},
			"devel (go1.26.8 " + platform + ")"},
		{"no build info", "", nil, "devel (" + runtime.Version() + " " + platform + ")"},
		{"a time in another zone is given in UTC", "", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v1.2.0"},
			Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "abc"}, {Key: "vcs.time", Value: "2026-11-27T23:30:00-02:00"}}},
			"v1.2.0 (abc, 2026-11-28; go1.26.8 " + platform + ")"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := formatVersion(c.override, c.info); got != c.want {
				t.Errorf("formatVersion = %q\nwant            %q", got, c.want)
			}
		})
	}
}

// TestVersionFromGitCheckout builds gmailsetup in a fresh clone of this
// commit, as someone who cloned the repository would, and checks that
// --version names the commit and its date, then "+dirty" once a tracked
// file changes. -buildvcs=true is spelled out because a GOFLAGS of
// -buildvcs=false would otherwise drop the VCS information; go build's
// default (auto) records it in a clone. (In a git worktree, where .git is a
// file, go build records none: see internal/cmd/dist.)
func TestVersionFromGitCheckout(t *testing.T) {
	gitOut := func(dir string, args ...string) string {
		t.Helper()
		cmd := exec.Command("git", args...)
		cmd.Dir, cmd.Env = dir, append(os.Environ(), "TZ=UTC") // vcs.time is in UTC
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("git %v: %v", args, err)
		}
		return strings.TrimSpace(string(out))
	}
	common := gitOut(".", "rev-parse", "--path-format=absolute", "--git-common-dir")
	commit := gitOut(".", "rev-parse", "HEAD")
	clone := filepath.Join(t.TempDir(), "gmailsetup")
	gitOut("", "clone", "--quiet", "--shared", "--no-checkout", common, clone)
	gitOut(clone, "-c", "advice.detachedHead=false", "checkout", "--quiet", "--detach", commit)
	date := gitOut(clone, "show", "-s", "--format=%cd", "--date=format-local:%Y-%m-%d", "HEAD")

	bin := filepath.Join(t.TempDir(), "gmailsetup")
	versionOf := func(ldflags string) string {
		t.Helper()
		build := exec.Command("go", "build", "-trimpath", "-buildvcs=true", "-ldflags="+ldflags, "-o", bin, ".")
		build.Dir = clone
		if out, err := build.CombinedOutput(); err != nil {
			t.Fatalf("go build in the clone: %v\n%s", err, out)
		}
		out, err := exec.Command(bin, "--version").Output()
		if err != nil {
			t.Fatalf("--version: %v", err)
		}
		return strings.TrimSpace(string(out))
	}

	got := versionOf("")
	want := "(" + commit[:12] + ", " + date + "; "
	if !strings.HasPrefix(got, "gmailsetup version v") || !strings.Contains(got, want) || strings.Contains(got, "dirty") {
		t.Errorf("--version in a clean clone = %q, want a v… version and %q", got, want)
	}

	readme := filepath.Join(clone, "README.md")
	f, err := os.OpenFile(readme, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("\nchanged\n")
	f.Close()
	got = versionOf("-X main.version=9.9.9-test")
	want = "gmailsetup version 9.9.9-test (" + commit[:12] + "+dirty, " + date + "; "
	if !strings.HasPrefix(got, want) {
		t.Errorf("--version with a change and -X main.version = %q, want it to start %q", got, want)
	}
}
