package commands

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"gmailsetup/i18n"
	"gmailsetup/storage"
)

// snippetInput is what a format renders: one account, and its secret only
// when the format holds it.
type snippetInput struct {
	Cat     i18n.Catalog
	Email   string
	Host    string
	Port    int
	Secret  string // empty unless the format holds it
	PassCmd string // the shell command that prints the secret
}

// secretUse says whether a format holds the app password.
type secretUse int

const (
	secretNever     secretUse = iota // the tool asks for it another way
	secretOnRequest                  // only with --include-secret
	secretAlways                     // useless without it
)

// exportFormat is one tool's snippet and the file it lives in.
type exportFormat struct {
	name    string
	secret  secretUse
	private bool // its file must be readable only by its owner
	render  func(snippetInput) string
	// defaultFile is where --write appends; false when the tool has none.
	defaultFile func() (string, bool)
	// has reports whether a file's text already holds this account.
	has func(old []byte, in snippetInput) bool
	// removeHint tells how to take the old entry out of path.
	removeHint func(in snippetInput, path string) string
}

var exportFormats = []exportFormat{
	{name: "msmtp", secret: secretNever, private: true, render: msmtpBlock,
		defaultFile: msmtpFile, has: msmtpHas,
		removeHint: func(in snippetInput, path string) string {
			return in.Cat.T("export.remove.msmtp", in.Email, path)
		}},
	{name: "git", secret: secretNever, render: gitBlock,
		defaultFile: gitFile, has: gitHas,
		removeHint: func(in snippetInput, path string) string {
			return in.Cat.T("export.remove.git", "git config --file "+storage.ShellQuote(path)+" --remove-section sendemail")
		}},
	{name: "env", secret: secretOnRequest, render: envBlock,
		defaultFile: func() (string, bool) { return "", false }, has: envHas,
		removeHint: func(in snippetInput, path string) string {
			return in.Cat.T("export.remove.env", path)
		}},
	{name: "netrc", secret: secretAlways, private: true, render: netrcLine,
		defaultFile: netrcFile, has: netrcHas,
		removeHint: func(in snippetInput, path string) string {
			return in.Cat.T("export.remove.netrc", in.Host, in.Email, path)
		}},
}

// msmtpBlock is an msmtp account named after the address. TLS is on for
// both ports: implicit on 465, STARTTLS on 587.
func msmtpBlock(in snippetInput) string {
	starttls := "off"
	if in.Port == 587 {
		starttls = "on"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n", in.Cat.T("export.comment", in.Email))
	fmt.Fprintf(&b, "account %s\n", in.Email)
	fmt.Fprintf(&b, "host %s\n", in.Host)
	fmt.Fprintf(&b, "port %d\n", in.Port)
	b.WriteString("tls on\n")
	fmt.Fprintf(&b, "tls_starttls %s\n", starttls)
	b.WriteString("auth on\n")
	fmt.Fprintf(&b, "user %s\n", in.Email)
	fmt.Fprintf(&b, "from %s\n", in.Email)
	fmt.Fprintf(&b, "passwordeval %s\n", msmtpQuote(in.PassCmd))
	return b.String()
}

// msmtpQuote puts s in double quotes as msmtp's configuration reads them:
// a backslash escapes the next character.
func msmtpQuote(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}

// msmtpFile is ~/.msmtprc, or msmtp's XDG file when only that exists.
func msmtpFile() (string, bool) {
	home, err := os.UserHomeDir()
	if err != nil {
		return "", false
	}
	rc := filepath.Join(home, ".msmtprc")
	if _, err := os.Stat(rc); err != nil {
		if dir, err := os.UserConfigDir(); err == nil {
			xdg := filepath.Join(dir, "msmtp", "config")
			if _, err := os.Stat(xdg); err == nil {
				return xdg, true
			}
		}
	}
	return rc, true
}

// msmtpHas finds an "account NAME" line for this address; "account NAME :
// OTHER" inherits, and counts too.
func msmtpHas(old []byte, in snippetInput) bool {
	for _, f := range lineFields(old) {
		if len(f) >= 2 && f[0] == "account" && strings.TrimSuffix(f[1], ":") == in.Email {
			return true
		}
	}
	return false
}

// gitBlock is git send-email's settings. git asks for the password, or
// its credential helper gives it.
func gitBlock(in snippetInput) string {
	enc := "ssl"
	if in.Port == 587 {
		enc = "tls"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n", in.Cat.T("export.comment", in.Email))
	b.WriteString("[sendemail]\n")
	fmt.Fprintf(&b, "\tsmtpServer = %s\n", in.Host)
	fmt.Fprintf(&b, "\tsmtpServerPort = %d\n", in.Port)
	fmt.Fprintf(&b, "\tsmtpEncryption = %s\n", enc)
	fmt.Fprintf(&b, "\tsmtpUser = %s\n", in.Email)
	return b.String()
}

// gitFile is ~/.gitconfig, or git's XDG file when only that exists.
func gitFile() (string, bool) {
	home, err := os.UserHomeDir()
	if err != nil {
		return "", false
	}
	rc := filepath.Join(home, ".gitconfig")
	if _, err := os.Stat(rc); err != nil {
		if dir, err := os.UserConfigDir(); err == nil {
			xdg := filepath.Join(dir, "git", "config")
			if _, err := os.Stat(xdg); err == nil {
				return xdg, true
			}
		}
	}
	return rc, true
}

// gitHas finds a [sendemail] section that already names a server or user:
// a second one would silently override the first.
func gitHas(old []byte, _ snippetInput) bool {
	in := false
	for _, f := range lineFields(old) {
		line := strings.Join(f, " ")
		if strings.HasPrefix(line, "[") {
			in = strings.EqualFold(strings.ReplaceAll(line, " ", ""), "[sendemail]")
			continue
		}
		key := strings.ToLower(strings.TrimSpace(strings.SplitN(line, "=", 2)[0]))
		if in && (key == "smtpserver" || key == "smtpuser") {
			return true
		}
	}
	return false
}

// envBlock is KEY=value lines that a shell, docker --env-file, systemd's
// EnvironmentFile and dotenv libraries all read the same way.
func envBlock(in snippetInput) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n", in.Cat.T("export.comment", in.Email))
	fmt.Fprintf(&b, "SMTP_HOST=%s\n", in.Host)
	fmt.Fprintf(&b, "SMTP_PORT=%d\n", in.Port)
	fmt.Fprintf(&b, "SMTP_USERNAME=%s\n", shellWord(in.Email))
	fmt.Fprintf(&b, "SMTP_FROM=%s\n", shellWord(in.Email))
	if in.Secret != "" {
		fmt.Fprintf(&b, "SMTP_PASSWORD=%s\n", in.Secret)
	}
	return b.String()
}

// envHas finds SMTP_HOST or SMTP_USERNAME already set.
func envHas(old []byte, _ snippetInput) bool {
	for _, f := range lineFields(old) {
		line := strings.TrimPrefix(strings.Join(f, " "), "export ")
		if strings.HasPrefix(line, "SMTP_HOST=") || strings.HasPrefix(line, "SMTP_USERNAME=") {
			return true
		}
	}
	return false
}

// netrcLine is one machine entry, secret included: that is what netrc is.
func netrcLine(in snippetInput) string {
	return fmt.Sprintf("machine %s login %s password %s\n", in.Host, in.Email, in.Secret)
}

// netrcFile is ~/.netrc.
func netrcFile() (string, bool) {
	home, err := os.UserHomeDir()
	if err != nil {
		return "", false
	}
	return filepath.Join(home, ".netrc"), true
}

// netrcHas finds an entry for this host and login. netrc is a stream of
// tokens, so an entry may span lines.
func netrcHas(old []byte, in snippetInput) bool {
	var tokens []string
	for _, f := range lineFields(old) {
		tokens = append(tokens, f...)
	}
	machine := ""
	for i := 0; i+1 < len(tokens); i++ {
		switch tokens[i] {
		case "machine":
			machine = tokens[i+1]
			i++
		case "default":
			machine = ""
		case "login":
			if machine == in.Host && tokens[i+1] == in.Email {
				return true
			}
			i++
		}
	}
	return false
}

// lineFields splits text into lines of whitespace-separated fields,
// leaving out blank lines and # comments.
func lineFields(text []byte) [][]string {
	var out [][]string
	sc := bufio.NewScanner(bytes.NewReader(text))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) == 0 || strings.HasPrefix(f[0], "#") || strings.HasPrefix(f[0], ";") {
			continue
		}
		out = append(out, f)
	}
	return out
}
