package mailer

import (
	"fmt"
	"io"
	"strings"
	"sync"

	"gmailsetup/safetext"
)

// transcript writes the debug log: one line per protocol line, "C: " for
// the client and "S: " for the server, after a "[465]" or "[587]" tag
// because both ports may be talking at once. Server text is sanitised;
// AUTH payloads never reach it (the caller passes "[redacted]" instead) and
// any secret that still turns up, say echoed by a server, is masked.
type transcript struct {
	mu      sync.Mutex
	w       io.Writer
	secrets []string
}

func newTranscript(w io.Writer, secrets []string) *transcript {
	if w == nil {
		return nil
	}
	return &transcript{w: w, secrets: secrets}
}

func (t *transcript) log(port int, dir, line string) {
	if t == nil {
		return
	}
	line = redact(safetext.Clean(line), t.secrets)
	t.mu.Lock()
	defer t.mu.Unlock()
	fmt.Fprintf(t.w, "[%d] %s: %s\n", port, dir, line)
}

// redact masks every non-empty secret in s.
func redact(s string, secrets []string) string {
	for _, sec := range secrets {
		if len(sec) >= 4 && strings.Contains(s, sec) {
			s = strings.ReplaceAll(s, sec, "[redacted]")
		}
	}
	return s
}
