package gmail

import (
	"fmt"
	"regexp"
	"strconv"
	"time"
)

// numbered matches a label that already carries a " (N)" counter.
var numbered = regexp.MustCompile(`^(.*) \((\d+)\)$`)

// RotationLabel suggests a name for a new app password that tells it apart
// from the saved one on Google's page, which lists app passwords by name and
// creation date: the app name and the month ("gmailsetup 2026-12"), and
// within the same month a counter ("gmailsetup 2026-12 (2)"). The revoke
// reminder can then name the old one exactly.
func RotationLabel(app, saved string, now time.Time) string {
	label := fmt.Sprintf("%s %s", app, now.Format("2006-01"))
	if saved != label && !hasCounter(saved, label) {
		return label
	}
	n := 2
	if m := numbered.FindStringSubmatch(saved); m != nil && m[1] == label {
		if k, err := strconv.Atoi(m[2]); err == nil && k < 1<<20 {
			n = k + 1
		}
	}
	return fmt.Sprintf("%s (%d)", label, n)
}

// hasCounter reports whether saved is label with a " (N)" counter.
func hasCounter(saved, label string) bool {
	m := numbered.FindStringSubmatch(saved)
	return m != nil && m[1] == label
}
