package cli

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"gmailsetup/internal/safetext"
)

// NewCredentialCmd is `gmailsetup credential get|store|erase`: a git
// credential helper (gitcredentials(7)), so that git send-email gets the
// app password from the keyring or the setup file when it needs it and
// git's config never holds it. `export git --write` sets it up for
// smtp://smtp.gmail.com:465 and :587.
//
// git writes the request on stdin as key=value lines up to a blank line
// or the end; the helper answers on stdout in the same form. Nothing but
// those lines goes to stdout; what goes wrong goes to stderr, where git
// send-email's user sees it, and never holds the secret.
//
// Exit codes (git ignores them; they are for people and tests): 0 answered,
// or not a request for us; 1 no saved account for that user name; 2 the
// request or the saved setup cannot be read, or stdout is a terminal.
func NewCredentialCmd(env *Env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "credential get|store|erase",
		Short: env.Cat.T("credential.short"),
		Long:  env.Cat.T("credential.long"),
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 {
				// Not echoed: it might be a pasted secret.
				return errors.New(env.Cat.T("credential.usage"))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return runCredential(env, args[0])
		},
	}
	cmd.SilenceErrors, cmd.SilenceUsage = true, true
	return cmd
}

// credentialMax bounds what is read from git: a request is a few short
// lines, and a helper must not grow without limit on a stream it did not
// choose.
const credentialMax = 64 << 10

// gmailSMTPHost is the server git send-email asks about, on either of
// Gmail's ports.
const gmailSMTPHost = "smtp.gmail.com"

func runCredential(env *Env, op string) error {
	if op == "get" && env.StdoutTTY {
		fmt.Fprintln(env.Stderr, env.Cat.T("credential.terminal"))
		return exit(ExitBroken)
	}
	req, err := readCredentialRequest(env.Stdin)
	if err != nil {
		fmt.Fprintln(env.Stderr, env.Cat.T("credential.badRequest"))
		return exit(ExitBroken)
	}
	if op != "get" {
		// git sends "store" to every helper after a password worked and
		// "erase" after one was refused. Neither changes the saved setup:
		// it is the one place the app password lives, and it changes only
		// through gmailsetup's own checked steps (setup, rotate, forget).
		// Storing would let a password typed at git's prompt, never
		// tested, replace the saved one; erasing on one refusal (a
		// mistyped user name, Google's throttling, a network cut) would
		// lose a password that works. Any other operation is ignored, as
		// git asks of helpers.
		return nil
	}
	if !req.forGmail() {
		return nil // not ours to answer: git asks the next helper or the person
	}
	user := req.get("username")
	if user == "" {
		return nil // git asks for the user name first, then us again
	}
	l, err := load(env)
	if err != nil {
		return err
	}
	var email string
	for _, a := range l.cfg.Accounts {
		if sameAddress(a.Email, user) {
			email = a.Email
			break
		}
	}
	if email == "" {
		fmt.Fprintln(env.Stderr, env.Cat.T("credential.noAccount",
			strconv.QuoteToASCII(user), safetext.Clean(l.store.Path()), safetext.Clean(l.emails())))
		return exit(ExitFailed)
	}
	secret, err := savedSecret(env, l.store, email)
	if err != nil {
		return err
	}
	secret = unspaced(secret)
	if secret == "" || strings.ContainsAny(secret, "\r\n\x00") {
		fmt.Fprintln(env.Stderr, env.Cat.T("credential.badSecret", email))
		return exit(ExitBroken)
	}
	_, err = fmt.Fprintf(env.Stdout, "password=%s\n", secret)
	return err
}

// credentialRequest is what git asked: each key's last value (the
// repeated keys git may send, such as capability[] or wwwauth[], are not
// needed here).
type credentialRequest map[string]string

func (r credentialRequest) get(key string) string { return r[key] }

// forGmail reports whether the request is for Gmail's SMTP server on 465
// or 587, which git send-email names as protocol smtp and host
// "smtp.gmail.com:PORT". Anything else, another host, a port Gmail does
// not use, a path, is not ours: an app password goes only to Gmail.
func (r credentialRequest) forGmail() bool {
	if r.get("protocol") != "smtp" || r.get("path") != "" {
		return false
	}
	host, port, ok := strings.Cut(r.get("host"), ":")
	return ok && strings.EqualFold(host, gmailSMTPHost) && (port == "465" || port == "587")
}

// readCredentialRequest reads key=value lines up to a blank line or the
// end of input. A line without '=' or with a NUL, or more than
// credentialMax bytes in all, is an error: that is not git talking.
func readCredentialRequest(r io.Reader) (credentialRequest, error) {
	req := credentialRequest{}
	br := bufio.NewReader(io.LimitReader(r, credentialMax+1))
	total := 0
	for {
		line, err := br.ReadString('\n')
		total += len(line)
		if total > credentialMax {
			return nil, errors.New("request too long")
		}
		line = strings.TrimSuffix(line, "\n")
		if line == "" && err == nil {
			return req, nil // the blank line that ends a request
		}
		if line != "" {
			key, value, ok := strings.Cut(line, "=")
			if !ok || key == "" || strings.IndexByte(line, 0) >= 0 {
				return nil, errors.New("not a credential request")
			}
			req[key] = value
		}
		if errors.Is(err, io.EOF) {
			return req, nil
		}
		if err != nil {
			return nil, err
		}
	}
}
