package cli

import (
	"bytes"
	"context"
	"errors"
	"os/exec"
	"path/filepath"
	"strings"
)

// gitSendemail is the settings git itself reads for git send-email
// around the file at path: the file with every file it includes
// ([include]), and the [sendemail] settings of the files it includes
// only in some repositories ([includeIf]), which apply there; and, when
// path is git's own global file (global), what the system and global
// files say as well, since they all add up. ok is false when git is
// missing or refuses the file; the caller then reads the text itself.
func gitSendemail(ctx context.Context, path string, global bool) (entries []gitEntry, ok bool) {
	entries, ok = gitConfigList(ctx, []string{"--file", path}, `^(sendemail|credential)\.`)
	if !ok {
		return nil, false
	}
	conds, _ := gitConfigList(ctx, []string{"--file", path, "--type=path"}, `^includeif\..*\.path$`)
	for _, c := range conds {
		p := c.value
		if !filepath.IsAbs(p) {
			p = filepath.Join(filepath.Dir(path), p)
		}
		more, _ := gitConfigList(ctx, []string{"--file", p}, `^sendemail\.`)
		entries = append(entries, more...)
	}
	if global {
		for _, scope := range []string{"--system", "--global"} {
			more, _ := gitConfigList(ctx, []string{scope}, `^sendemail\.`)
			entries = append(entries, more...)
		}
	}
	return entries, true
}

// gitConfigList is `git config ARGS --includes --null --get-regexp RE`,
// read into entries. ok is false when git is missing or fails; no match
// (exit 1) is ok with none.
func gitConfigList(ctx context.Context, args []string, re string) ([]gitEntry, bool) {
	cmd := exec.CommandContext(ctx, "git", append(append([]string{"config"}, args...), "--includes", "--null", "--get-regexp", re)...)
	out, err := cmd.Output()
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit) && exit.ExitCode() == 1:
		return nil, true
	case err != nil:
		return nil, false
	}
	var entries []gitEntry
	for _, rec := range bytes.Split(out, []byte{0}) {
		if len(rec) == 0 {
			continue
		}
		name, value, hasValue := strings.Cut(string(rec), "\n")
		if !hasValue {
			value = "true" // "key" alone is true
		}
		first, last := strings.IndexByte(name, '.'), strings.LastIndexByte(name, '.')
		if first < 0 {
			continue
		}
		e := gitEntry{section: strings.ToLower(name[:first]), key: strings.ToLower(name[last+1:]), value: value}
		if last > first {
			e.sub = name[first+1 : last]
		}
		entries = append(entries, e)
	}
	return entries, true
}
