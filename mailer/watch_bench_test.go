package mailer_test

import (
	"testing"
	"time"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/mailer"
)

// BenchmarkWatchArrivalIDLE measures how soon a watch reports another
// program's mail over IDLE: from the moment that program starts sending
// (an upper bound on the time since delivery) to Watch returning it, in
// ms/arrival. Each iteration is one sign-in, one mail.
func BenchmarkWatchArrivalIDLE(b *testing.B) {
	fake := startFake(b, fakegmail.Options{IMAP: true})
	c, _ := client(b, fake)
	var total, worst time.Duration
	for b.Loop() {
		done, _ := startWatch(b.Context(), b, c, mailer.Watch{From: addr, Quiet: time.Minute})
		start := time.Now()
		if err := fakegmail.SendAsProgram(b.Context(), fake.Endpoints(), addr, pass, fakegmail.QuiFatturaSubject); err != nil {
			b.Fatal(err)
		}
		r := <-done
		if r.err != nil {
			b.Fatal(r.err)
		}
		d := time.Since(start)
		total += d
		worst = max(worst, d)
	}
	b.ReportMetric(float64(total.Microseconds())/1000/float64(b.N), "ms/arrival")
	b.ReportMetric(float64(worst.Microseconds())/1000, "ms-worst")
}
