//go:build linux

package e2e

import (
	"fmt"
	"gmailsetup/internal/guide"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
)

// BenchmarkFirstFrame times, from the start of the process, the arrival of
// the first frame showing "Step 1 of N": the wizard's on a first run
// (nothing saved, a temporary HOME and config; nothing is sent before the
// person types), the wizard's with --demo (which first starts the loopback
// Gmail), and the floor's (the smallest Bubble Tea v2 program, drawing the
// same header) in the same run.
// quiet-pty never answers terminal queries (the plain pty); answering-pty
// replies to device-attribute and background-colour queries as a real
// terminal does. Goal: at most 1.5x the floor, under 100 ms.
func BenchmarkFirstFrame(b *testing.B) {
	floorBin := floor(b)
	for _, c := range []struct {
		name   string
		answer bool
	}{{"quiet-pty", false}, {"answering-pty", true}} {
		b.Run(c.name, func(b *testing.B) {
			var ours, demo, base time.Duration
			for b.Loop() {
				base += firstFrame(b, floorBin, nil, c.answer)
				ours += firstFrame(b, gmailsetupBin, []string{"--lang", "en"}, c.answer)
				demo += firstFrame(b, gmailsetupBin, demoArgs, c.answer)
			}
			n := float64(b.N)
			b.ReportMetric(0, "ns/op") // the processes' whole lives: not the figure
			b.ReportMetric(ms(ours)/n, "ms/first-frame")
			b.ReportMetric(ms(demo)/n, "ms/demo-first-frame")
			b.ReportMetric(ms(base)/n, "ms/floor-first-frame")
			b.ReportMetric(float64(ours)/float64(base), "x-floor")
		})
	}
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// firstFrame runs bin until its first frame with "Step 1 of N" and returns
// how long that frame took; then it quits the program.
func firstFrame(b *testing.B, bin string, args []string, answer bool) time.Duration {
	b.Helper()
	s := start(b, bin, options{args: args, answer: answer, mark: header(guide.Account)})
	s.waitFor(header(guide.Account))
	s.mu.Lock()
	d := s.firstSeen.Sub(s.started)
	s.mu.Unlock()
	s.send("\x03")
	s.wait()
	return d
}

// BenchmarkDemoWalkPeakRSS walks the whole --demo wizard in a pty, to
// Ready, and reports the process's peak resident memory. Goal: 30 MB.
//
// The peak is VmHWM from /proc, read on the Ready screen, not the rusage
// Maxrss after the exit: Go starts a child with vfork, and Linux carries
// the parent's (this benchmark's) peak into the child's Maxrss at exec.
// The walk has done all its work by Ready; only the exit is left.
func BenchmarkDemoWalkPeakRSS(b *testing.B) {
	var peak int64
	for b.Loop() {
		s := start(b, gmailsetupBin, options{args: demoArgs})
		walkTo(s, guide.Save)
		toReady(s)
		peak = max(peak, highWater(b, s.cmd.Process.Pid))
		s.send("\r")
		if code := s.wait(); code != 0 {
			b.Fatalf("exit code %d", code)
		}
	}
	b.ReportMetric(0, "ns/op")
	b.ReportMetric(float64(peak)/1024, "MB/peak-rss")
}

// highWater is a running process's peak resident memory in KiB (VmHWM).
func highWater(b *testing.B, pid int) int64 {
	b.Helper()
	status, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		b.Fatal(err)
	}
	for line := range strings.Lines(string(status)) {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			if err != nil {
				b.Fatalf("VmHWM %q: %v", v, err)
			}
			return kb
		}
	}
	b.Fatalf("no VmHWM in /proc/%d/status", pid)
	return 0
}

// BenchmarkBinarySize reports the size of the binary built with
// -ldflags='-s -w'. Goal: 15 MB.
func BenchmarkBinarySize(b *testing.B) {
	info, err := os.Stat(gmailsetupBin)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
	}
	b.ReportMetric(0, "ns/op")
	b.ReportMetric(float64(info.Size())/(1<<20), "MB/binary")
}
