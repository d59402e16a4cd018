package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/emersion/go-message/mail"
	"github.com/spf13/cobra"

	"gmailsetup/internal/gmail"
	"gmailsetup/internal/gmail/links"
	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
	"gmailsetup/internal/safetext"
	"gmailsetup/mailer"
)

// rawSender sends a message that is already built, as the mailer's
// SendRaw does: it signs in as acct, gives the server from and rcpts as the
// envelope, and streams msg. progress is as for mailer.Client.Send. An
// error is a *mailer.Error.
type rawSender interface {
	SendRaw(ctx context.Context, acct mailer.Account, from string, rcpts []string, msg io.Reader, progress func(mailer.Phase)) (mailer.Result, error)
}

// newSender is what send sends through: the mailer, which tells written
// how many bytes of the message have gone, for the progress line.
var newSender = func(env *Env, written func(int64)) rawSender {
	c := env.client()
	c.BodyProgress = written
	return c
}

// sendOpts are send's flags.
type sendOpts struct {
	account     string
	from        string // the From address, when not the account's
	to, cc, bcc []string
	subject     string
	body        string // a file, "-" for standard input, "" for none
	attach      []string
}

// NewSendCmd is `gmailsetup send`: a mail with attachments from the saved
// account, through the same mailer as the test mail, so a failure gets the
// same diagnosis. Everything that can be checked is checked before
// connecting: the recipients, each attachment, and Gmail's 25 MB limit.
//
// On success it prints the Message-ID. Exit codes: 0 sent; 1 Gmail
// refused or could not be reached, or no saved setup; 2 the mail cannot be
// sent as asked (a missing attachment, too large, a bad address); 3 the
// whole mail went out and Gmail's answer was lost: it may have been sent,
// so a script must not simply send it again.
func NewSendCmd(env *Env) *cobra.Command {
	var o sendOpts
	cmd := &cobra.Command{
		Use:   "send --to ADDRESS [--attach FILE]...",
		Short: env.Cat.T("send.short"),
		Long:  env.Cat.T("send.long"),
		Args:  NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runSend(env.context(), env, o)
		},
	}
	cmd.SilenceErrors, cmd.SilenceUsage = true, true
	f := cmd.Flags()
	f.StringVar(&o.account, "account", "", env.Cat.T("send.flag.account"))
	f.StringVar(&o.from, "from", "", env.Cat.T("hardening.send.flag.from"))
	f.StringArrayVar(&o.to, "to", nil, env.Cat.T("send.flag.to"))
	f.StringArrayVar(&o.cc, "cc", nil, env.Cat.T("send.flag.cc"))
	f.StringArrayVar(&o.bcc, "bcc", nil, env.Cat.T("send.flag.bcc"))
	f.StringVar(&o.subject, "subject", "", env.Cat.T("send.flag.subject"))
	f.StringVar(&o.body, "body", "", env.Cat.T("send.flag.body"))
	f.StringArrayVar(&o.attach, "attach", nil, env.Cat.T("send.flag.attach"))
	return cmd
}

func runSend(ctx context.Context, env *Env, o sendOpts) error {
	cat := env.Cat
	to, ok1 := parseRecipients(env, "--to", o.to)
	cc, ok2 := parseRecipients(env, "--cc", o.cc)
	bcc, ok3 := parseRecipients(env, "--bcc", o.bcc)
	from, ok4 := parseFrom(env, o.from)
	if !ok1 || !ok2 || !ok3 || !ok4 {
		return exit(ExitBroken)
	}
	if len(to) == 0 {
		fmt.Fprintln(env.Stderr, cat.T("send.noTo"))
		return exit(ExitBroken)
	}

	files, raw, ok := checkAttachments(env, o.attach)
	if !ok {
		return exit(ExitBroken)
	}
	body, err := readBody(ctx, env, o.body)
	if err != nil {
		return err
	}
	if raw += int64(len(body)); raw > MaxAttachBytes {
		fmt.Fprintln(env.Stderr, cat.T("send.tooLarge", megabytes(cat, raw), megabytes(cat, MaxAttachBytes)))
		fmt.Fprintln(env.Stderr, cat.T("send.tooLarge.todo"))
		return exit(ExitBroken)
	}

	store, acct, err := savedAccount(env, o.account)
	if err != nil {
		return err
	}
	signIn, err := mailAccount(env, store, acct)
	if err != nil {
		return err
	}

	if from == nil {
		from = &mail.Address{Name: acct.Name, Address: acct.Email}
	} else if !gmail.SameMailbox(from.Address, acct.Email) {
		// Said before sending: the mail goes, but may not look as meant.
		fmt.Fprintln(env.Stderr, cat.T("hardening.from.rewrite", from.Address, acct.Email))
		fmt.Fprintln(env.Stderr, "  "+links.GmailAccountsSettings(acct.Email))
	}
	msg, id, err := renderMessage(outgoing{
		From: from,
		To:   to, Cc: cc,
		Subject: o.subject, Body: body, Files: files, Date: env.now(),
	})
	var big *tooLargeError
	var changed *changedError
	switch {
	case errors.As(err, &big):
		fmt.Fprintln(env.Stderr, cat.T("send.tooLarge", megabytes(cat, big.Size), megabytes(cat, big.Limit)))
		fmt.Fprintln(env.Stderr, cat.T("send.tooLarge.todo"))
		return exit(ExitBroken)
	case errors.Is(err, errBodyNotText):
		fmt.Fprintln(env.Stderr, cat.T("send.bodyNotText"))
		return exit(ExitBroken)
	case errors.As(err, &changed):
		fmt.Fprintln(env.Stderr, cat.T("harden.attach.changed", shownPath(changed.Path)))
		return exit(ExitBroken)
	case err != nil:
		// A file changed or vanished between the check and now.
		fmt.Fprintln(env.Stderr, cat.T("send.buildError", guide.ReasonFor(cat, err)))
		return exit(ExitBroken)
	}

	rcpts := make([]string, 0, len(to)+len(cc)+len(bcc))
	seen := map[string]bool{}
	for _, a := range append(append(append([]*mail.Address(nil), to...), cc...), bcc...) {
		if k := gmail.Mailbox(a.Address); !seen[k] {
			seen[k] = true
			rcpts = append(rcpts, a.Address)
		}
	}

	p := newSendProgress(env, int64(msg.Len()))
	res, err := newSender(env, p.written).SendRaw(ctx, signIn, acct.Email, rcpts, msg, p.phase)
	p.done()
	if mailer.KindOf(err) == mailer.KindMaybeSent {
		return maybeSent(ctx, env, err, id)
	}
	if err != nil {
		return diagnoseMail(env, cat.T("send.failed"), err, acct)
	}
	if res.ReplyLost {
		fmt.Fprintln(env.Stderr, cat.T("maybesent.send.found"))
	}
	if env.StdoutTTY {
		fmt.Fprintln(env.Stdout, cat.T("send.ok", strings.Join(rcpts, ", "), res.Port))
		fmt.Fprintln(env.Stdout, cat.T("send.messageID", "<"+id+">"))
	} else {
		fmt.Fprintln(env.Stdout, "<"+id+">")
	}
	return nil
}

// maybeSent says that the mail may have gone, and what the look in Sent
// found: never "not sent, try again", which would send an invoice twice.
func maybeSent(ctx context.Context, env *Env, err error, id string) error {
	cat, w := env.Cat, env.Stderr
	fmt.Fprintln(w, cat.T("maybesent.send.headline"))
	fmt.Fprintf(w, "%s: %s\n", cat.T("diag.whatLabel"), cat.T("diag.maybe-sent.what"))
	fmt.Fprintf(w, "%s: %s\n", cat.T("diag.todoLabel"), cat.T("diag.maybe-sent.todo"))
	var me *mailer.Error
	if errors.As(err, &me) && me.Searched {
		fmt.Fprintln(w, cat.T("maybesent.send.notFound", "<"+id+">"))
	} else {
		fmt.Fprintln(w, cat.T("maybesent.send.unchecked", "<"+id+">", id))
	}
	if ctx.Err() != nil {
		return exit(ExitInterrupted)
	}
	return exit(ExitMaybeSent)
}

// parseRecipients reads each flag value as an address list ("a@x, Name
// <b@y>"), telling the person about every one it cannot read.
func parseRecipients(env *Env, flag string, values []string) ([]*mail.Address, bool) {
	var out []*mail.Address
	ok := true
	for _, v := range values {
		list, err := mail.ParseAddressList(v)
		if err != nil || len(list) == 0 || strings.ContainsAny(v, "\r\n") {
			if shown, ok := shownValue(v); ok {
				fmt.Fprintln(env.Stderr, env.Cat.T("send.badAddress", flag, shown))
			} else {
				fmt.Fprintln(env.Stderr, env.Cat.T("hardening.send.badAddress", flag))
			}
			ok = false
			continue
		}
		for _, a := range list {
			if mailer.CheckAddress(a.Address) != nil {
				// Refused here, not by Gmail: say so, exit 2.
				fmt.Fprintln(env.Stderr, env.Cat.T("harden.send.unsendable", flag, guide.Clip(a.Address, guide.MaxDetail)))
				ok = false
			}
		}
		out = append(out, list...)
	}
	return out, ok
}

// parseFrom reads --from: one address, with or without a name. nil when
// not given.
func parseFrom(env *Env, v string) (*mail.Address, bool) {
	if v == "" {
		return nil, true
	}
	a, err := mail.ParseAddress(v)
	if err == nil && !strings.ContainsAny(v, "\r\n") {
		if mailer.CheckAddress(a.Address) != nil {
			fmt.Fprintln(env.Stderr, env.Cat.T("harden.send.unsendable", "--from", guide.Clip(a.Address, guide.MaxDetail)))
			return nil, false
		}
		return a, true
	}
	if shown, ok := shownValue(v); ok {
		fmt.Fprintln(env.Stderr, env.Cat.T("send.badAddress", "--from", shown))
	} else {
		fmt.Fprintln(env.Stderr, env.Cat.T("hardening.send.badAddress", "--from"))
	}
	return nil, false
}

// checkAttachments opens and stats every file, reporting each one that is
// missing, unreadable or not a regular file, before anything is built or
// sent; nothing here can block on a FIFO or a device. It returns the files
// and their total size.
func checkAttachments(env *Env, paths []string) ([]attachment, int64, bool) {
	var files []attachment
	var total int64
	ok := true
	for _, p := range paths {
		f, st, err := openRegular(p, nil)
		head := make([]byte, 512)
		n := 0
		if err == nil {
			n, err = io.ReadFull(f, head)
			if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
				err = nil
			}
			f.Close()
		}
		if err != nil {
			fmt.Fprintln(env.Stderr, env.Cat.T("send.attachError", shownPath(p), osReason(env, err)))
			ok = false
			continue
		}
		path, seen := p, st
		files = append(files, attachment{
			Name: attachmentName(p),
			Type: guessType(p, head[:n]),
			Size: st.Size(),
			// Opened again when the mail is built: still a regular file,
			// and still the one checked here.
			// Its size must not have changed either, and it is read
			// through a reader that stops one byte past that size: a
			// file that grows between the check and the build (a
			// download still running, a hostile truncate to 3 GB) is
			// refused, never read whole.
			Open: func() (io.ReadCloser, error) {
				f, st, err := openRegular(path, seen)
				if err != nil {
					return nil, err
				}
				if st.Size() != seen.Size() {
					f.Close()
					return nil, &changedError{Path: path}
				}
				return &exactReader{f: f, left: seen.Size(), path: path}, nil
			},
		})
		total += st.Size()
	}
	return files, total, ok
}

// osReason says why a file could not be used, in the person's language.
func osReason(env *Env, err error) string {
	switch {
	case errors.Is(err, os.ErrNotExist):
		return env.Cat.T("send.reason.missing")
	case errors.Is(err, os.ErrPermission):
		return env.Cat.T("send.reason.permission")
	case errors.Is(err, errNotAFile):
		return env.Cat.T("hardening.reason.notFile")
	}
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// shownPath is a path as it can be printed: a name with a control
// character in it must not reach the terminal as is.
func shownPath(p string) string { return safetext.Clean(p) }

// readBody reads the text from a regular file, from standard input for
// "-", or nothing. A FIFO or a device is refused (a pipe goes through
// "-"); a stdin that never closes ends with ctrl+c. On failure it has told
// the person and returns the exit.
func readBody(ctx context.Context, env *Env, from string) ([]byte, error) {
	var r io.Reader
	switch from {
	case "":
		return nil, nil
	case "-":
		r = env.Stdin
	default:
		f, _, err := openRegular(from, nil)
		if err != nil {
			fmt.Fprintln(env.Stderr, env.Cat.T("send.bodyError", shownPath(from), osReason(env, err)))
			if errors.Is(err, errNotAFile) {
				fmt.Fprintln(env.Stderr, env.Cat.T("hardening.body.pipe"))
			}
			return nil, exit(ExitBroken)
		}
		defer f.Close()
		r = f
	}
	b, err := readAll(ctx, r, MaxAttachBytes+1)
	if ctx.Err() != nil {
		fmt.Fprintln(env.Stderr, env.Cat.T("hardening.interrupted"))
		return nil, exit(ExitInterrupted)
	}
	if err != nil {
		fmt.Fprintln(env.Stderr, env.Cat.T("send.bodyError", shownPath(from), osReason(env, err)))
		return nil, exit(ExitBroken)
	}
	return b, nil
}

// megabytes is n in MB with one decimal, as Gmail counts them (MiB), with
// the language's decimal mark.
func megabytes(cat i18n.Catalog, n int64) string {
	return cat.Decimal(float64(n)/(1<<20), 1)
}
