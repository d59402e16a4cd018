package fakegmail

// Host names the fake's certificate is valid for, so clients verify it with
// the same ServerName they use for the real Gmail. The certificate comes
// from a throwaway CA kept only in memory (internal/fakeca).
const (
	SMTPHost = "smtp.gmail.com"
	IMAPHost = "imap.gmail.com"
)
