// Command dist builds the release archives that `make dist` writes:
// gmailsetup for every system in targets, each in a .tar.gz (a .zip for
// Windows) with the README, the licence, shell completions and man pages,
// plus a SHA256SUMS. Two runs on one commit give byte-identical archives:
// the binaries are built with -trimpath from a clean clone of the commit, and
// every archive entry has a fixed order, owner, mode and time (the commit's).
//
// It builds from a clone, not from the working tree, because go build
// records VCS information (the revision --version shows) only where .git is
// a folder, which it is not in a git worktree, and because uncommitted
// changes have no place in a release.
package main

import (
	"crypto/sha256"
	"debug/buildinfo"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"
)

// targets are the systems people run: most of them Windows and macOS.
var targets = []target{
	{"linux", "amd64"}, {"linux", "arm64"},
	{"darwin", "amd64"}, {"darwin", "arm64"},
	{"windows", "amd64"}, {"windows", "arm64"},
}

type target struct{ goos, goarch string }

func (t target) String() string { return t.goos + "_" + t.goarch }

func (t target) exe() string {
	if t.goos == "windows" {
		return "gmailsetup.exe"
	}
	return "gmailsetup"
}

func main() {
	out := flag.String("out", "dist", "folder for the archives and SHA256SUMS")
	version := flag.String("version", "", "version to stamp instead of the one go build derives from the commit (main.version)")
	flag.Parse()
	if err := run(*out, *version); err != nil {
		fmt.Fprintln(os.Stderr, "dist:", err)
		os.Exit(1)
	}
}

func run(out, version string) error {
	top, err := git("", "rev-parse", "--show-toplevel")
	if err != nil {
		return err
	}
	commit, err := git(top, "rev-parse", "HEAD")
	if err != nil {
		return err
	}
	if status, err := git(top, "status", "--porcelain", "--untracked-files=no"); err == nil && status != "" {
		fmt.Fprintf(os.Stderr, "dist: uncommitted changes are left out: building commit %.12s as it is\n", commit)
	}
	work, err := os.MkdirTemp("", "gmailsetup-dist-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)

	src := filepath.Join(work, "src")
	if err := cloneCommit(top, commit, src); err != nil {
		return err
	}
	bins := map[target]string{}
	var stamp *stampInfo
	for _, t := range targets {
		bin := filepath.Join(work, "bin", t.String(), t.exe())
		fmt.Fprintf(os.Stderr, "dist: building %s\n", t)
		if err := build(src, t, version, bin); err != nil {
			return err
		}
		s, err := readStamp(bin, version)
		if err != nil {
			return fmt.Errorf("%s: %w", t, err)
		}
		if stamp != nil && *s != *stamp {
			return fmt.Errorf("%s was stamped %+v, the others %+v", t, *s, *stamp)
		}
		stamp, bins[t] = s, bin
	}
	if stamp.revision != commit {
		return fmt.Errorf("the binaries record revision %q, want %s", stamp.revision, commit)
	}

	host := target{runtime.GOOS, runtime.GOARCH}
	hostBin, ok := bins[host]
	if !ok {
		hostBin = filepath.Join(work, "bin", "host", host.exe())
		if err := build(src, host, version, hostBin); err != nil {
			return err
		}
	}
	extras, err := generated(hostBin, filepath.Join(work, "gen"))
	if err != nil {
		return err
	}
	// The README links to the pages under docs/: they travel with it (the
	// pictures stay in the repository).
	docs, err := filepath.Glob(filepath.Join(src, "docs", "*.md"))
	if err != nil {
		return err
	}
	names := []string{"README.md", "LICENSE"}
	for _, d := range docs {
		names = append(names, "docs/"+filepath.Base(d))
	}
	for _, name := range names {
		data, err := os.ReadFile(filepath.Join(src, name))
		if err != nil {
			return err
		}
		extras = append(extras, entry{name: name, mode: 0o644, data: data})
	}

	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	if err := clean(out); err != nil {
		return err
	}
	var sums []string
	for _, t := range targets {
		data, err := os.ReadFile(bins[t])
		if err != nil {
			return err
		}
		base := fmt.Sprintf("gmailsetup_%s_%s", strings.TrimPrefix(stamp.version, "v"), t)
		files := append([]entry{{name: t.exe(), mode: 0o755, data: data}}, extras...)
		name, archive, err := pack(base, t.goos == "windows", files, stamp.time)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(out, name), archive, 0o644); err != nil {
			return err
		}
		sum := sha256.Sum256(archive)
		sums = append(sums, hex.EncodeToString(sum[:])+"  "+name+"\n")
		fmt.Fprintf(os.Stderr, "dist: wrote %s (%d bytes)\n", filepath.Join(out, name), len(archive))
	}
	slices.Sort(sums)
	return os.WriteFile(filepath.Join(out, "SHA256SUMS"), []byte(strings.Join(sums, "")), 0o644)
}

// cloneCommit checks commit out, detached, into a new clone at dst that
// borrows the objects of the repository top belongs to (no copy).
func cloneCommit(top, commit, dst string) error {
	common, err := git(top, "rev-parse", "--path-format=absolute", "--git-common-dir")
	if err != nil {
		return err
	}
	if _, err := git("", "clone", "--quiet", "--shared", "--no-checkout", common, dst); err != nil {
		return err
	}
	_, err = git(dst, "-c", "advice.detachedHead=false", "checkout", "--quiet", "--detach", commit)
	return err
}

// build compiles the binary for t. CGO is off, so the result does not
// depend on the machine's C toolchain, and the microarchitecture levels are
// pinned to the defaults so a GOAMD64 in someone's environment cannot change
// it. -buildvcs=true overrides a GOFLAGS=-buildvcs=false.
func build(src string, t target, version, bin string) error {
	ldflags := "-s -w"
	if version != "" {
		ldflags += " -X main.version=" + version
	}
	cmd := exec.Command("go", "build", "-trimpath", "-buildvcs=true", "-ldflags="+ldflags, "-o", bin, ".")
	cmd.Dir = src
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOOS="+t.goos, "GOARCH="+t.goarch,
		"GOAMD64=v1", "GOARM64=v8.0", "GOWORK=off")
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("go build for %s: %w", t, err)
	}
	return nil
}

// stampInfo is what the binaries say about themselves.
type stampInfo struct {
	version  string
	revision string
	time     time.Time
}

// readStamp reads the build information go build embedded in bin: the
// version names the archives and the commit time dates every entry.
func readStamp(bin, override string) (*stampInfo, error) {
	info, err := buildinfo.ReadFile(bin)
	if err != nil {
		return nil, err
	}
	s := &stampInfo{version: override}
	if s.version == "" {
		s.version = info.Main.Version
	}
	modified := ""
	for _, kv := range info.Settings {
		switch kv.Key {
		case "vcs.revision":
			s.revision = kv.Value
		case "vcs.time":
			if s.time, err = time.Parse(time.RFC3339Nano, kv.Value); err != nil {
				return nil, err
			}
		case "vcs.modified":
			modified = kv.Value
		}
	}
	switch {
	case s.revision == "" || s.time.IsZero():
		return nil, errors.New("no VCS information was recorded")
	case modified != "false":
		return nil, fmt.Errorf("vcs.modified=%q in a clean clone", modified)
	case s.version == "" || s.version == "(devel)" || strings.ContainsAny(s.version, `/\ `):
		return nil, fmt.Errorf("unusable version %q", s.version)
	}
	s.time = s.time.UTC()
	return s, nil
}

// clean removes what an earlier run wrote, so no stale archive of another
// version sits beside the new SHA256SUMS. Only our own names go.
func clean(out string) error {
	old, err := filepath.Glob(filepath.Join(out, "gmailsetup_*"))
	if err != nil {
		return err
	}
	for _, p := range append(old, filepath.Join(out, "SHA256SUMS")) {
		if err := os.Remove(p); err != nil && !errors.Is(err, os.ErrNotExist) {
			return err
		}
	}
	return nil
}

func git(dir string, args ...string) (string, error) {
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("git %s: %w", strings.Join(args, " "), err)
	}
	return strings.TrimSpace(string(out)), nil
}
