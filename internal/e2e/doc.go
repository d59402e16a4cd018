// Package e2e runs the built gmailsetup binary in a real pseudo-terminal,
// the way a person would, and measures what it costs: time to first frame,
// peak memory of a whole walk, binary size. It holds tests and benchmarks
// only; floor/ is the smallest Bubble Tea program, the baseline the
// benchmarks compare against.
package e2e
