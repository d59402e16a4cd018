package mailer

import (
	"fmt"
	"io"
	"strings"
	"sync"

	"gmailsetup/internal/safetext"
)

// transcript writes the debug log: one line per protocol line, "C: " for
// the client and "S: " for the server, after a "[465]" or "[587]" tag
// because both ports may be talking at once. Server text is sanitised;
// AUTH payloads never reach it (the caller passes "[redacted]" instead) and
// any secret that still turns up, say echoed by a server, is masked.
type transcript struct {
	mu      sync.Mutex
	w       io.Writer
	secrets *secretSet
}

func newTranscript(w io.Writer, secrets *secretSet) *transcript {
	if w == nil {
		return nil
	}
	return &transcript{w: w, secrets: secrets}
}

func (t *transcript) log(port int, dir, line string) {
	if t == nil {
		return
	}
	line = t.secrets.redact(safetext.Clean(line))
	t.mu.Lock()
	defer t.mu.Unlock()
	fmt.Fprintf(t.w, "[%d] %s: %s\n", port, dir, line)
}

// secretSet is what must never be shown: the password in its forms, and
// the OAuth token with the SASL messages that carry it, added once the
// token has come (it is fetched while the connection is being set up).
type secretSet struct {
	mu   sync.RWMutex
	list []string
}

func (ss *secretSet) add(secrets ...string) {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	for _, s := range secrets {
		if len(s) >= 4 {
			ss.list = append(ss.list, s)
		}
	}
}

// redact masks every secret in s.
func (ss *secretSet) redact(s string) string {
	ss.mu.RLock()
	defer ss.mu.RUnlock()
	for _, sec := range ss.list {
		if strings.Contains(s, sec) {
			s = strings.ReplaceAll(s, sec, "[redacted]")
		}
	}
	return s
}
