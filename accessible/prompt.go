package accessible

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"gmailsetup/i18n"
	"gmailsetup/safetext"
)

// stepCount matches the wizard's "Step N of 8", so both modes number the
// same steps alike.
const stepCount = 8

// header announces a step: "Step 3 of 8: Is 2-Step Verification on?".
func (s *session) header(n int, title i18n.Key) {
	s.out.blank()
	s.out.line(s.t("wizard.stepOf", n, stepCount) + ": " + s.t(title))
}

// choose asks question (when not empty) and reads a number until it is one
// of options; it returns the option's index from 0. The choices are one
// line, "1) On  2) Off  3) I can't find it — type a number and press
// enter.", repeated after every wrong answer with what to do.
func (s *session) choose(question string, options ...string) (int, error) {
	if question != "" {
		s.out.line(question)
	}
	numbered := make([]string, len(options))
	for i, o := range options {
		numbered[i] = fmt.Sprintf("%d) %s", i+1, o)
	}
	choices := s.t("acc.choices", strings.Join(numbered, "  "))
	for {
		s.out.line(choices)
		ans, err := s.in.line()
		if err != nil {
			return 0, err
		}
		ans = strings.TrimSpace(safetext.Clean(ans))
		n, err := strconv.Atoi(strings.TrimRight(ans, ").")) // "2)" and "2." as well as "2"
		switch {
		case err == nil && n >= 1 && n <= len(options):
			return n - 1, nil
		case ans == "":
			s.out.line(s.t("acc.noChoice", len(options)))
		default:
			s.out.line(s.t("acc.badChoice", clip(ans, 40), len(options)))
		}
	}
}

// waitEnter prints prompt and waits for a line, whatever it holds.
func (s *session) waitEnter(prompt string) error {
	s.out.line(prompt)
	_, err := s.in.line()
	return err
}

// openPage opens url in the browser and says, on one line that names the
// address, whether it worked. A launcher that hangs is given up on after
// openTimeout; it keeps running on its own.
func (s *session) openPage(ctx context.Context, url string) {
	if s.cfg.Demo {
		s.out.line(s.t("acc.link.demo", url))
		return
	}
	if s.cfg.Opener == nil {
		s.out.line(s.t("acc.link.failed", url))
		return
	}
	done := make(chan error, 1)
	go func() { done <- s.cfg.Opener.Open(url) }()
	timer := time.NewTimer(openTimeout)
	defer timer.Stop()
	var err error
	select {
	case err = <-done:
	case <-timer.C:
		err = context.DeadlineExceeded
	case <-ctx.Done():
		err = ctx.Err()
	}
	if err != nil {
		s.out.line(s.t("acc.link.failed", url))
		return
	}
	s.out.line(s.t("acc.link.opened", url))
}

// clip cleans s for a terminal and shortens it to at most n runes, marking
// the cut. Cleaning first means a cut never leaves half an escape sequence.
func clip(s string, n int) string {
	r := []rune(strings.TrimSpace(safetext.Clean(s)))
	if len(r) <= n {
		return string(r)
	}
	return string(r[:n-1]) + "…"
}
