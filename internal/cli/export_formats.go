package cli

import (
	"bytes"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"gmailsetup/internal/gmail"
	"gmailsetup/internal/i18n"
)

// snippetInput is what a format renders: one account, and its secret only
// when the format holds it. Every field has been checked by checkAccount;
// each format still quotes what it writes, or refuses it.
type snippetInput struct {
	Cat     i18n.Catalog
	Email   string
	Host    string
	Port    int
	Secret  string // empty unless the format holds it
	PassCmd string // msmtp: the shell command that prints the secret
	Helper  string // git: the credential helper, a shell command after "!"
	// OAuth is set for a Google sign-in: msmtp then authenticates with
	// OAUTHBEARER and PassCmd prints an access token (gmailsetup token).
	OAuth bool
	// GitSeen, when GitRead, is git's own reading of the file's sendemail
	// and credential settings, included files and all (gitSendemail); git
	// decides, not our reading of the text.
	GitSeen []gitEntry
	GitRead bool
}

// exportPlan is how a snippet fits the file it is added to. The zero plan
// is the snippet on its own, as printed.
type exportPlan struct {
	// Identity, for git, names the [sendemail "NAME"] section to write
	// because the file's [sendemail] already sends through another address.
	Identity string
	// HaveSendemail, for git: the file already has this account's
	// sendemail settings, in the section named by Identity ("" for
	// [sendemail]); only the credential helper is added.
	HaveSendemail bool
	// HaveHelper, for git: the file already calls gmailsetup for both ports.
	HaveHelper bool
	// MakeDefault, for msmtp: the file has no default account, so this one
	// becomes it and plain `msmtp RECIPIENT` works.
	MakeDefault bool
	// OtherDefault, for msmtp: the file has a default account, left alone.
	OtherDefault bool
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
	// render writes the snippet as plan says, or names the value the file
	// cannot hold (an *unquotableError).
	render func(in snippetInput, plan exportPlan) (string, error)
	// defaultFile is where --write appends; false when the tool has none.
	defaultFile func() (string, bool)
	// plan reads the file's old text (nil for a new file) and says how the
	// snippet fits in, or errAlreadyThere when there is nothing to add.
	plan func(old []byte, in snippetInput) (exportPlan, error)
	// removeHint tells how to take the old entry out of path; plan is
	// what plan found.
	removeHint func(in snippetInput, plan exportPlan, path string) string
}

// unquotableError is a value a format cannot hold however it is quoted: a
// line break where the tool reads lines, say. what is a catalog key naming
// the value; the value itself is not repeated, it may be anything.
type unquotableError struct{ what i18n.Key }

func (e *unquotableError) Error() string { return "cannot quote " + string(e.what) }

var exportFormats = []exportFormat{
	{name: "msmtp", secret: secretNever, private: true, render: msmtpBlock,
		defaultFile: msmtpFile, plan: msmtpPlan,
		removeHint: func(in snippetInput, _ exportPlan, path string) string {
			return in.Cat.T("export.remove.msmtp", in.Email, path)
		}},
	{name: "git", secret: secretNever, render: gitBlock,
		defaultFile: gitFile, plan: gitPlan,
		removeHint: func(in snippetInput, plan exportPlan, path string) string {
			section := "sendemail"
			if plan.Identity != "" {
				section += "." + plan.Identity
			}
			q, _ := shellArg(path)
			return in.Cat.T("export.remove.git", "git config --file "+q+" --remove-section "+section)
		}},
	{name: "env", secret: secretOnRequest, render: envBlock,
		defaultFile: func() (string, bool) { return "", false }, plan: envPlan,
		removeHint: func(in snippetInput, _ exportPlan, path string) string {
			return in.Cat.T("export.remove.env", path)
		}},
	{name: "netrc", secret: secretAlways, private: true, render: netrcLine,
		defaultFile: netrcFile, plan: netrcPlan,
		removeHint: func(in snippetInput, _ exportPlan, path string) string {
			return in.Cat.T("export.remove.netrc", in.Host, in.Email, path)
		}},
}

// lineWriter builds a snippet line by line, keeping the first value that
// could not be quoted.
type lineWriter struct {
	b   strings.Builder
	err error
}

func (w *lineWriter) line(format string, args ...any) {
	fmt.Fprintf(&w.b, format+"\n", args...)
}

// quoted is quote(s), or "" after noting that s, the value named by what,
// cannot be held.
func (w *lineWriter) quoted(quote func(string) (string, bool), s string, what i18n.Key) string {
	q, ok := quote(s)
	if !ok && w.err == nil {
		w.err = &unquotableError{what: what}
	}
	return q
}

// comment is a # line holding text from the catalog around an address;
// the address has been checked, and the comment is cut at any line break
// all the same, so it can only ever be one line.
func (w *lineWriter) comment(text string) {
	if i := strings.IndexFunc(text, func(r rune) bool { return r == '\n' || r == '\r' }); i >= 0 {
		text = text[:i]
	}
	w.line("# %s", text)
}

func (w *lineWriter) done() (string, error) {
	if w.err != nil {
		return "", w.err
	}
	return w.b.String(), nil
}

// msmtpBlock is an msmtp account named after the address. TLS is on for
// both ports: implicit on 465, STARTTLS on 587.
func msmtpBlock(in snippetInput, plan exportPlan) (string, error) {
	starttls := "off"
	if in.Port == 587 {
		starttls = "on"
	}
	var w lineWriter
	w.comment(in.Cat.T("export.comment", in.Email))
	account := w.quoted(msmtpAccount, in.Email, "export.value.address")
	w.line("account %s", account)
	w.line("host %s", w.quoted(msmtpArg, in.Host, "export.value.host"))
	w.line("port %d", in.Port)
	w.line("tls on")
	w.line("tls_starttls %s", starttls)
	if in.OAuth {
		w.line("auth oauthbearer")
	} else {
		w.line("auth on")
	}
	w.line("user %s", w.quoted(msmtpArg, in.Email, "export.value.address"))
	w.line("from %s", w.quoted(msmtpArg, in.Email, "export.value.address"))
	eval := "passwordeval " + w.quoted(msmtpArg, in.PassCmd, "export.value.configPath")
	if len(eval) > msmtpLineMax && w.err == nil {
		w.err = &unquotableError{what: "export.value.tooLong"}
	}
	w.line("%s", eval)
	if plan.MakeDefault {
		w.comment(in.Cat.T("export.msmtp.defaultComment"))
		w.line("account default : %s", account)
	}
	return w.done()
}

// msmtpAccount is an address as an msmtp account name: msmtp splits the
// account line at ':' (inheritance) and ',' (a list) and trims blanks and
// quotes around the name, so none of these can be in it, and none can be
// quoted away.
func msmtpAccount(s string) (string, bool) {
	if s == "" || s == "default" || hasControl(s) ||
		strings.ContainsFunc(s, func(r rune) bool { return r == ':' || r == ',' || r == '"' || unicode.IsSpace(r) }) {
		return "", false
	}
	return s, true
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

// msmtpPlan finds an account for this address ("account NAME", or
// "account NAME : OTHER", which inherits), and whether the file has a
// default account. msmtp names the first account "default" when the file
// starts with settings before any account or defaults line.
func msmtpPlan(old []byte, in snippetInput) (exportPlan, error) {
	hasDefault := false
	for i, f := range lineFields(old) {
		if i == 0 && f[0] != "account" && f[0] != "defaults" {
			hasDefault = true
		}
		if f[0] != "account" || len(f) < 2 {
			continue
		}
		name, _, _ := strings.Cut(strings.Join(f[1:], " "), ":")
		name = strings.Trim(strings.TrimSpace(name), `"`)
		if name == "default" {
			hasDefault = true
		}
		if sameAddress(name, in.Email) {
			return exportPlan{}, errAlreadyThere
		}
	}
	return exportPlan{MakeDefault: !hasDefault, OtherDefault: hasDefault}, nil
}

// gitIdentity is the name of the [sendemail "NAME"] section written next
// to another address's settings.
const gitIdentity = "gmail"

// gitHelperPorts are the ports git send-email may ask the helper about.
var gitHelperPorts = []int{465, 587}

// gitBlock is git send-email's settings, and the credential helper that
// gives git the app password when it needs it. The helper lists start
// empty for these two URLs, which drops helpers set for every URL (such
// as "store", which would write the app password into ~/.git-credentials
// after each send) for smtp.gmail.com only.
func gitBlock(in snippetInput, plan exportPlan) (string, error) {
	enc := "ssl"
	if in.Port == 587 {
		enc = "tls"
	}
	var w lineWriter
	w.comment(in.Cat.T("export.comment", in.Email))
	if !plan.HaveSendemail {
		if plan.Identity == "" {
			w.line("[sendemail]")
		} else {
			w.line("[sendemail %s]", w.quoted(gitSubsection, plan.Identity, "export.value.address"))
		}
		w.line("\tsmtpServer = %s", w.quoted(gitText, in.Host, "export.value.host"))
		w.line("\tsmtpServerPort = %d", in.Port)
		w.line("\tsmtpEncryption = %s", enc)
		w.line("\tsmtpUser = %s", w.quoted(gitText, in.Email, "export.value.address"))
	}
	if !plan.HaveHelper {
		w.comment(in.Cat.T("export.git.helperComment"))
		helper := w.quoted(gitValue, "!"+in.Helper, "export.value.program")
		for _, port := range gitHelperPorts {
			w.line("[credential %s]", w.quoted(gitSubsection, gitHelperURL(in.Host, port), "export.value.host"))
			w.line("\thelper =")
			w.line("\thelper = %s", helper)
		}
	}
	return w.done()
}

// gitHelperURL is the URL git send-email asks credentials for: protocol
// smtp, and the server with its port as host.
func gitHelperURL(host string, port int) string {
	return fmt.Sprintf("smtp://%s:%d", host, port)
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

// gitPlan decides where this account's settings go, from what git reads
// (in.GitSeen: the file and what it includes), else from the file's text.
// A [sendemail] or
// [sendemail "NAME"] section whose smtpUser is this address already has
// them. A [sendemail] that sends through another server or address is
// left alone: this account becomes the identity "gmail" (or "gmail-2",
// … when that name is taken), picked with git send-email --identity.
// The helper is added unless both URLs already call gmailsetup.
func gitPlan(old []byte, in snippetInput) (exportPlan, error) {
	type section struct {
		user string
		used bool // names a server or a user
	}
	sections := map[string]*section{} // by identity; "" is [sendemail]
	helpers := map[int]bool{}
	entries := gitEntries(old)
	if in.GitRead {
		entries = in.GitSeen
	}
	for _, e := range entries {
		switch {
		case e.section == "sendemail":
			s := sections[e.sub]
			if s == nil {
				s = &section{}
				sections[e.sub] = s
			}
			if e.key == "smtpuser" {
				s.user = e.value
			}
			s.used = s.used || e.key == "smtpuser" || e.key == "smtpserver"
		case e.section == "credential" && e.key == "helper":
			for _, port := range gitHelperPorts {
				if strings.EqualFold(e.sub, gitHelperURL(in.Host, port)) && isOurHelper(e.value) {
					helpers[port] = true
				}
			}
		}
	}
	plan := exportPlan{HaveHelper: len(helpers) == len(gitHelperPorts)}
	ids := slices.Sorted(maps.Keys(sections)) // "" first
	for _, id := range ids {
		if sameAddress(sections[id].user, in.Email) {
			plan.HaveSendemail, plan.Identity = true, id
			break
		}
	}
	if !plan.HaveSendemail && sections[""] != nil && sections[""].used {
		plan.Identity = gitIdentity
		for n := 2; sections[plan.Identity] != nil; n++ {
			plan.Identity = fmt.Sprintf("%s-%d", gitIdentity, n)
		}
	}
	if plan.HaveSendemail && plan.HaveHelper {
		return plan, errAlreadyThere
	}
	return plan, nil
}

// isOurHelper reports whether a helper value calls gmailsetup's credential
// command, wherever the program is.
func isOurHelper(v string) bool {
	return strings.HasPrefix(v, "!") && strings.Contains(v, "gmailsetup") && strings.HasSuffix(v, " credential")
}

// envBlock is KEY=value lines in shell syntax: a shell's ".", systemd's
// EnvironmentFile and dotenv libraries read them alike (docker --env-file
// does not unquote, which only matters for a value that needs quotes).
func envBlock(in snippetInput, _ exportPlan) (string, error) {
	var w lineWriter
	w.comment(in.Cat.T("export.comment", in.Email))
	w.line("SMTP_HOST=%s", w.quoted(shellLine, in.Host, "export.value.host"))
	w.line("SMTP_PORT=%d", in.Port)
	w.line("SMTP_USERNAME=%s", w.quoted(shellLine, in.Email, "export.value.address"))
	w.line("SMTP_FROM=%s", w.quoted(shellLine, in.Email, "export.value.address"))
	if in.Secret != "" {
		w.line("SMTP_PASSWORD=%s", w.quoted(shellLine, in.Secret, "export.value.secret"))
	}
	return w.done()
}

// shellLine is shellArg for files read line by line, where a quoted line
// break would still end the line for every reader but a shell.
func shellLine(s string) (string, bool) {
	if hasControl(s) {
		return "", false
	}
	return shellArg(s)
}

// envPlan finds SMTP_HOST or SMTP_USERNAME already set.
func envPlan(old []byte, _ snippetInput) (exportPlan, error) {
	for _, f := range lineFields(old) {
		line := strings.TrimPrefix(strings.Join(f, " "), "export ")
		if strings.HasPrefix(line, "SMTP_HOST=") || strings.HasPrefix(line, "SMTP_USERNAME=") {
			return exportPlan{}, errAlreadyThere
		}
	}
	return exportPlan{}, nil
}

// netrcLine is one machine entry, secret included: that is what netrc is.
// netrc has no quoting every reader agrees on, so a value that would need
// it is refused.
func netrcLine(in snippetInput, _ exportPlan) (string, error) {
	for _, v := range []struct {
		s    string
		what i18n.Key
	}{{in.Host, "export.value.host"}, {in.Email, "export.value.address"}, {in.Secret, "export.value.secret"}} {
		if !netrcToken(v.s) {
			return "", &unquotableError{what: v.what}
		}
	}
	return fmt.Sprintf("machine %s login %s password %s\n", in.Host, in.Email, in.Secret), nil
}

// netrcFile is ~/.netrc.
func netrcFile() (string, bool) {
	home, err := os.UserHomeDir()
	if err != nil {
		return "", false
	}
	return filepath.Join(home, ".netrc"), true
}

// netrcPlan finds an entry for this host and login. netrc is a stream of
// tokens, so an entry may span lines.
func netrcPlan(old []byte, in snippetInput) (exportPlan, error) {
	if netrcHas(old, in) {
		return exportPlan{}, errAlreadyThere
	}
	return exportPlan{}, nil
}

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
			if strings.EqualFold(machine, in.Host) && sameAddress(tokens[i+1], in.Email) {
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
	for _, line := range bytes.Split(text, []byte("\n")) {
		f := strings.Fields(string(line))
		if len(f) == 0 || strings.HasPrefix(f[0], "#") || strings.HasPrefix(f[0], ";") {
			continue
		}
		out = append(out, f)
	}
	return out
}

// sameAddress reports whether two addresses name one mailbox: a file that
// has MARIO.ROSSI@GMAIL.COM already has mario.rossi@gmail.com, and git
// asking for mariorossi@gmail.com asks for that saved account.
func sameAddress(a, b string) bool {
	return gmail.SameMailbox(a, b)
}
