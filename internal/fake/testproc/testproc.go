// Package testproc runs a test again in a child process: the same test
// binary, for that one top-level test. It serves tests only; no package
// outside a _test.go file may import it (TestOnlyTestsImportIt).
//
// A child does not skip: InChild tells the test it is the child, and the
// test runs its body. So none of these children needs a name ending in
// HelperProcess, the only skip CI allows (.ci/testreport.go).
package testproc

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"testing"
	"time"
)

// childEnv names the test a re-executed test binary runs as a child.
const childEnv = "GMAILSETUP_TEST_CHILD"

// InChild reports whether this process is the test binary run again for
// t, by Run or AsNobody: the test is then to run its body.
func InChild(t *testing.T) bool { return os.Getenv(childEnv) == t.Name() }

// command is the test binary exe run for t alone, through wrap (a command
// and its arguments put before the binary, or none), with env and the
// variable that makes InChild true.
func command(ctx context.Context, t *testing.T, exe string, env []string, wrap ...string) *exec.Cmd {
	args := slices.Concat(wrap, []string{exe, "-test.run=^" + t.Name() + "$", "-test.count=1", "-test.v"})
	cmd := exec.CommandContext(ctx, args[0], args[1:]...)
	cmd.Env = append(slices.Clip(env), childEnv+"="+t.Name())
	cmd.WaitDelay = 5 * time.Second
	return cmd
}

// Run runs the test binary again for t alone, with env, through wrap (a
// command and its arguments put before the binary, such as
// dbus-run-session --), and returns its output and why it failed, if it
// did. The child's whole run is bounded by limit, so that a hang fails
// instead of waiting for go test's own timeout.
func Run(t *testing.T, env []string, limit time.Duration, wrap ...string) (string, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), limit)
	defer cancel()
	out, err := command(ctx, t, os.Args[0], env, wrap...).CombinedOutput()
	if ctx.Err() != nil {
		return string(out), fmt.Errorf("the child did not finish within %v (a hang)", limit)
	}
	if err != nil {
		return string(out), fmt.Errorf("the child failed: %w", err)
	}
	return string(out), nil
}
