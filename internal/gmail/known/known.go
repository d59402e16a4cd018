// Package known finds the Gmail address a person has most likely already
// told other programs on this computer, so the wizard can start with it
// filled in: git's user.email and sendemail settings, $EMAIL, and msmtp's
// configuration. It reads; it never writes, and it never asks the network.
package known

import (
	"bufio"
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"gmailsetup/internal/gmail"
)

// Source says where an address was found, for the hint under the field.
type Source string

// The places an address can come from, in the order they are asked.
const (
	GitSendEmail Source = "git sendemail"
	GitUser      Source = "git user.email"
	EnvEMAIL     Source = "$EMAIL"
	Msmtp        Source = "msmtp"
)

// Found is one address and where it was seen.
type Found struct {
	Address string
	Source  Source
	// Personal is true for gmail.com and googlemail.com; any other domain
	// is Google-hosted only if its MX records say so, which the caller
	// checks before offering it.
	Personal bool
}

// Git runs git with args and returns what it printed. It is the one piece
// of the outside world here that is not a file.
type Git func(ctx context.Context, args ...string) (string, error)

// Config is where Lookup looks.
type Config struct {
	Getenv func(string) string
	Home   string
	Git    Git // nil: git is not asked
}

// maxFile bounds what is read of a configuration file: a FIFO or a huge
// file in its place must not hang or bloat the wizard.
const maxFile = 256 << 10

// Lookup lists the valid addresses found, most specific first (what git
// send-email and msmtp send as, then user.email, then $EMAIL), each
// mailbox once. Nothing invalid is returned: a value with control
// characters or a typo is skipped, never repaired.
func Lookup(ctx context.Context, c Config) []Found {
	var out []Found
	add := func(raw string, src Source) {
		addr := strings.TrimSpace(raw)
		if addr == "" || gmail.CheckAddress(addr).Problem != gmail.AddressOK {
			return
		}
		for _, f := range out {
			if strings.EqualFold(f.Address, addr) {
				return
			}
		}
		out = append(out, Found{Address: addr, Source: src, Personal: gmail.IsPersonalDomain(gmail.Domain(addr))})
	}
	if c.Git != nil {
		for _, key := range []string{"sendemail.from", "sendemail.smtpUser"} {
			if v, err := c.Git(ctx, "config", "--get", key); err == nil {
				add(bareAddress(v), GitSendEmail)
			}
		}
	}
	for _, path := range msmtpFiles(c) {
		for _, v := range msmtpAddresses(path) {
			add(v, Msmtp)
		}
	}
	if c.Git != nil {
		if v, err := c.Git(ctx, "config", "--get", "user.email"); err == nil {
			add(v, GitUser)
		}
	}
	if c.Getenv != nil {
		add(bareAddress(c.Getenv("EMAIL")), EnvEMAIL)
	}
	return out
}

// RunGit is the real Git: a bounded `git` call with no terminal prompts.
func RunGit(ctx context.Context, args ...string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, "git", args...)
	cmd.Env = append(os.Environ(), "GIT_TERMINAL_PROMPT=0")
	out, err := cmd.Output()
	return strings.TrimSpace(string(out)), err
}

// bareAddress takes "Mario Rossi <mario@gmail.com>" to "mario@gmail.com".
func bareAddress(s string) string {
	s = strings.TrimSpace(s)
	if i, j := strings.LastIndex(s, "<"), strings.LastIndex(s, ">"); i >= 0 && j > i {
		return s[i+1 : j]
	}
	return s
}

// msmtpFiles are msmtp's user configuration files, as msmtp itself looks
// for them.
func msmtpFiles(c Config) []string {
	var files []string
	xdg := ""
	if c.Getenv != nil {
		xdg = c.Getenv("XDG_CONFIG_HOME")
	}
	if xdg == "" && c.Home != "" {
		xdg = filepath.Join(c.Home, ".config")
	}
	if xdg != "" {
		files = append(files, filepath.Join(xdg, "msmtp", "config"))
	}
	if c.Home != "" {
		files = append(files, filepath.Join(c.Home, ".msmtprc"))
	}
	return files
}

// msmtpAddresses reads the "from" and "user" values of an msmtp file that
// talk to smtp.gmail.com, or every "from" when no host is named.
func msmtpAddresses(path string) []string {
	f, err := openRegular(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	var out, pending []string
	// A host set under "defaults" holds for every account that names none.
	inDefaults, defaultGmail, gmailHost := false, false, false
	flush := func() {
		if gmailHost {
			out = append(out, pending...)
		}
		pending, gmailHost = nil, defaultGmail
	}
	sc := bufio.NewScanner(io.LimitReader(f, maxFile))
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 || strings.HasPrefix(fields[0], "#") {
			continue
		}
		if fields[0] == "defaults" {
			inDefaults = true
			continue
		}
		if len(fields) < 2 {
			continue
		}
		switch fields[0] {
		case "account":
			flush()
			inDefaults = false
		case "host":
			gmailHost = strings.EqualFold(fields[1], "smtp.gmail.com")
			if inDefaults {
				defaultGmail = gmailHost
			}
		case "from", "user":
			pending = append(pending, strings.Trim(fields[1], `"`))
		}
	}
	flush()
	return out
}

// openRegular opens path for reading only if it is a regular file, without
// blocking on a FIFO.
func openRegular(path string) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|nonBlock, 0)
	if err != nil {
		return nil, err
	}
	if st, err := f.Stat(); err != nil || !st.Mode().IsRegular() {
		f.Close()
		return nil, os.ErrInvalid
	}
	return f, nil
}
