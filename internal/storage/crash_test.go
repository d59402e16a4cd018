//go:build unix

package storage_test

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"gmailsetup/internal/storage"
)

// crashEnv tells a re-executed test binary to be the crash test's child,
// and where to save.
const crashEnv = "GMAILSETUP_CRASH_CHILD"

const (
	crashKills = 200
	crashSaves = 200
)

// crashVariant is the setup saved at step i of the child's loop: two setups
// of different sizes (several pages apart), so a torn write cannot pass
// for either.
func crashVariant(i int) (storage.Account, string) {
	a := account("ada@gmail.com")
	if i%2 == 0 {
		a.Name, a.Port = strings.Repeat("a", 3000), 587
		return a, "variantavariaaaa"
	}
	a.Name, a.Port = strings.Repeat("b", 9000), 465
	return a, "variantbvariabbb"
}

// TestCrashChildHelperProcess is the child: it saves alternating setups and reports
// each step on stdout, until it is killed. It does nothing in a normal run.
func TestCrashChildHelperProcess(t *testing.T) {
	path := os.Getenv(crashEnv)
	if path == "" {
		t.Skip("only run by TestCrashDuringSave")
	}
	s := storage.Open(path, storage.WithoutKeyring())
	say := func(format string, args ...any) {
		os.Stdout.WriteString(fmt.Sprintf("crash: "+format+"\n", args...)) // one write, unbuffered
	}
	say("ready")
	for i := range crashSaves {
		say("saving %d", i)
		a, secret := crashVariant(i)
		if _, err := s.Save(a, secret, true); err != nil {
			say("error %v", err)
			os.Exit(3)
		}
		say("saved %d", i)
	}
}

// crashLanes run side by side, each on its own file: a child spends most
// of its life starting up, which two cores can do two at a time.
const crashLanes = 2

// TestCrashDuringSave kills a saving child with SIGKILL at random moments,
// crashKills times in all; after every kill the file must hold exactly the
// setup from before the save in flight or the one it was writing, and at
// most that save's temp file may be left over.
func TestCrashDuringSave(t *testing.T) {
	if testing.Short() {
		t.Skip("takes several seconds: re-executes the test binary 200 times")
	}
	// What Load returns for each variant, from real saves elsewhere.
	var want [2]storage.Config
	for v := range want {
		s := storage.Open(configPath(t), storage.WithoutKeyring())
		a, secret := crashVariant(v)
		mustSave(t, s, a, secret, true)
		want[v] = mustLoad(t, s)
	}
	for lane := range crashLanes {
		t.Run(fmt.Sprintf("lane%d", lane), func(t *testing.T) {
			t.Parallel()
			crashLane(t, want, crashKills/crashLanes)
		})
	}
}

func crashLane(t *testing.T, want [2]storage.Config, kills int) {
	path := configPath(t)
	dir := filepath.Dir(path)
	s := storage.Open(path, storage.WithoutKeyring())
	state := -1 // the variant on disk; -1: no file yet
	midSave := 0
	start := time.Now()
	for kill := range kills {
		started, saved := runAndKill(t, path)
		if started > saved {
			midSave++
		}

		// The file is the last finished save's, or the one in flight's.
		allowed := map[int]bool{}
		if saved >= 0 {
			allowed[saved%2] = true
		} else {
			allowed[state] = true
		}
		if started > saved {
			allowed[started%2] = true
		}
		cfg, err := s.Load()
		got := -1
		switch {
		case errors.Is(err, storage.ErrNotFound):
		case err != nil:
			t.Fatalf("kill %d (saving %d, saved %d): file unreadable: %v", kill, started, saved, err)
		case reflect.DeepEqual(cfg, want[0]):
			got = 0
		case reflect.DeepEqual(cfg, want[1]):
			got = 1
		default:
			t.Fatalf("kill %d: file is neither setup: %+v", kill, cfg)
		}
		if !allowed[got] {
			t.Fatalf("kill %d (saving %d, saved %d): file holds variant %d, want one of %v", kill, started, saved, got, allowed)
		}
		state = got
		if left := temps(t, dir); len(left) > 1 {
			t.Fatalf("kill %d: %d temp files accumulated: %v", kill, len(left), left)
		}
	}
	t.Logf("%d kills in %v, %d of them during a save", kills, time.Since(start).Round(time.Millisecond), midSave)
	if midSave == 0 {
		t.Error("no kill landed during a save: the test proved nothing")
	}
	// The next save cleans up what the last kill left.
	a, secret := crashVariant(0)
	mustSave(t, s, a, secret, true)
	if left := temps(t, dir); len(left) != 0 {
		t.Errorf("temp files after a clean save: %v", left)
	}
}

// runAndKill starts the child, lets it run 0–5 ms past its start, kills it
// and returns the last save it started and the last it finished (-1: none).
func runAndKill(t *testing.T, path string) (started, saved int) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChildHelperProcess$", "-test.count=1")
	cmd.Env = append(os.Environ(), crashEnv+"="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	r := bufio.NewReader(out)
	first, err := r.ReadString('\n')
	if err != nil || first != "crash: ready\n" {
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("child did not start: %q, %v", first, err)
	}
	time.Sleep(time.Duration(rand.IntN(5001)) * time.Microsecond)
	cmd.Process.Kill() // SIGKILL: no deferred cleanup runs
	rest, _ := io.ReadAll(r)
	cmd.Wait()

	started, saved = -1, -1
	for _, line := range strings.Split(string(rest), "\n") {
		var n *int
		switch {
		case strings.HasPrefix(line, "crash: saving "):
			n = &started
		case strings.HasPrefix(line, "crash: saved "):
			n = &saved
		case strings.HasPrefix(line, "crash: error "):
			t.Fatalf("child: %s", line)
		default:
			continue
		}
		i, err := strconv.Atoi(line[strings.LastIndex(line, " ")+1:])
		if err != nil {
			t.Fatalf("child wrote %q", line) // lines are single pipe writes, never cut
		}
		*n = i
	}
	return started, saved
}
