package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestBashCompletionWithoutThePackage sources the script `completion bash`
// prints (the one make dist ships) into a bash that never loaded Debian's
// bash-completion package, and presses tab there: it must complete, not
// print "_get_comp_words_by_ref: command not found". With the package
// installed, the same line completes through it.
func TestBashCompletionWithoutThePackage(t *testing.T) {
	bash, err := exec.LookPath("bash")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("bash is missing")
		}
		t.Skip("no bash")
	}
	bin := binary(t)
	dir := t.TempDir()
	script, _, code := runBinary(t, nil, "completion", "bash")
	if code != 0 {
		t.Fatalf("completion bash: exit %d", code)
	}
	path := filepath.Join(dir, "gmailsetup.bash")
	if err := os.WriteFile(path, []byte(script), 0o644); err != nil {
		t.Fatal(err)
	}
	// Each line is what the person typed, up to the cursor; want is one
	// completion it must offer.
	cases := []struct{ line, want string }{
		{bin + " sta", "status"},
		{bin + " ", "rotate"},
		{bin + " export ", "msmtp"},
		{bin + " send --b", "--bcc"},
		{bin + " status --acc", "--account"},
	}
	preludes := map[string]string{"without the package": ""}
	if pkg := "/usr/share/bash-completion/bash_completion"; fileExists(pkg) {
		preludes["with the package"] = ". " + pkg + "\n"
	}
	for name, prelude := range preludes {
		for _, c := range cases {
			shell := prelude + `. "$1"
COMP_LINE=$2; COMP_POINT=${#COMP_LINE}
read -r -a COMP_WORDS <<< "$COMP_LINE"
[[ $COMP_LINE == *' ' ]] && COMP_WORDS+=("")
COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
__start_gmailsetup
printf '%s\n' "${COMPREPLY[@]}"
`
			cmd := exec.Command(bash, "--norc", "--noprofile", "-c", shell, "bash", path, c.line)
			cmd.Dir = dir
			cmd.Env = append(os.Environ(), "LANG=C", "LC_ALL=", "GMAILSETUP_CONFIG="+filepath.Join(dir, "config.toml"))
			out, err := cmd.CombinedOutput()
			if err != nil || strings.Contains(string(out), "not found") {
				t.Errorf("%s: %q: %v\n%s", name, c.line, err, out)
				continue
			}
			found := false
			for _, l := range strings.Split(string(out), "\n") {
				if strings.TrimSpace(l) == c.want {
					found = true
				}
			}
			if !found {
				t.Errorf("%s: tab after %q does not offer %s:\n%s", name, c.line, c.want, out)
			}
		}
	}
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
