package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"gmailsetup/internal/guide"
	"gmailsetup/mailer"
)

// NewTestCmd is `gmailsetup test`: sign in with the saved setup (and with
// --send, send a test mail to the account itself). Results go to stdout,
// progress and diagnoses to stderr. Exit 0 when it worked, 1 when Gmail
// refused or could not be reached (with the diagnosis), or the codes of
// status when the setup cannot be read; 130 when stopped with ctrl+c.
func NewTestCmd(env *Env) *cobra.Command {
	var (
		account string
		send    bool
	)
	cmd := &cobra.Command{
		Use:   "test",
		Short: env.Cat.T("cmd.test.short"),
		Long:  env.Cat.T("cmd.test.long"),
		Args:  NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runTest(cmd, env, account, send)
		},
	}
	cmd.Flags().StringVar(&account, "account", "", env.Cat.T("cmd.flag.account"))
	cmd.Flags().BoolVar(&send, "send", false, env.Cat.T("cmd.test.flag.send"))
	return cmd
}

func runTest(cmd *cobra.Command, env *Env, email string, send bool) error {
	l, err := load(env)
	if err != nil {
		return err
	}
	accts, err := l.pick(env, email, false)
	if err != nil {
		return err
	}
	a := accts[0]
	acct, err := mailAccount(env, l.store, a)
	if err != nil {
		return err
	}
	ctx, stop := interruptible(cmd.Context())
	defer stop()

	cat := env.Cat
	tasks := guide.Tasks{Deps: guide.Deps{Sender: env.client(), Store: l.store, Clock: guide.ClockFunc(env.now)}}
	var msg *mailer.Message
	if send {
		m := guide.TestMessage(cat, a.Email, env.now())
		msg = &m
	}
	res, _, recordErr, err := tasks.TrySaved(ctx, acct, msg, progressOf(env, acct))
	if err != nil {
		if k := mailer.KindOf(err); k == mailer.KindBadCredentials || k == mailer.KindTokenRefused {
			defer fmt.Fprintln(env.Stderr, cat.T("cmd.test.rotate", a.Email))
		}
		if mailer.KindOf(err) == mailer.KindMaybeSent {
			return maybeSentTest(env, err)
		}
		return diagnoseMail(env, cat.T("cmd.test.failed", a.Email), err, a)
	}

	fmt.Fprintln(env.Stdout, cat.T("cmd.test.ok", env.Server.Host, res.Port, a.Email, seconds(cat, res.Elapsed)))
	if send {
		reportDelivery(env, *msg, res)
	}
	if recordErr != nil {
		// The test passed; only the note of when failed. Say so, and why.
		text, _ := explain(cat, recordErr, l.store.Path())
		fmt.Fprintln(env.Stderr, cat.T("cmd.test.notRecorded", text))
	}
	return nil
}

// reportDelivery says the test mail was accepted, and whether it was seen
// arriving in the mailbox.
func reportDelivery(env *Env, msg mailer.Message, res mailer.Result) {
	cat := env.Cat
	fmt.Fprintln(env.Stdout, cat.T("cmd.test.sent", msg.To, msg.Subject))
	switch {
	case res.Arrived:
		fmt.Fprintln(env.Stdout, cat.T("cmd.test.arrived", seconds(cat, res.ArrivedAfter)))
	case res.ConfirmErr != nil:
		fmt.Fprintln(env.Stdout, cat.T("cmd.test.unconfirmed", detail(cat, res.ConfirmErr)))
	}
}

// maybeSentTest says the test mail may have gone although Gmail's answer
// was lost: gently, as a second test mail harms no one. The test did not
// pass: exit 1.
func maybeSentTest(env *Env, err error) error {
	cat, w := env.Cat, env.Stderr
	what, todo, detail := guide.Diagnosis(err)
	fmt.Fprintln(w, cat.T("maybesent.test.headline"))
	fmt.Fprintf(w, "%s: %s\n", cat.T("diag.whatLabel"), what.Text(cat))
	fmt.Fprintf(w, "%s: %s\n", cat.T("diag.todoLabel"), todo.Text(cat))
	if !detail.IsZero() {
		fmt.Fprintln(w, detail.Text(cat))
	}
	return exit(ExitFailed)
}
