package mailer_test

import (
	"context"
	"fmt"
	"time"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/mailer"
)

// The demo: a fake Gmail in the process, which takes the demo app password
// for any address, and a client pointed at it.
func ExampleClient_Send() {
	fake, err := fakegmail.Start(fakegmail.Options{IMAP: true})
	if err != nil {
		panic(err)
	}
	defer fake.Close()

	c := &mailer.Client{Server: mailer.Server(fake.Endpoints())}
	acct := mailer.Account{Email: "ada@gmail.com", Password: fakegmail.DemoPasswordSpaced}
	msg := mailer.NewTestMessage(acct.Email, "gmailsetup test %s", "It works.", time.Now())

	res, err := c.Send(context.Background(), acct, msg, nil)
	if err != nil {
		fmt.Println(mailer.KindOf(err), err)
		return
	}
	fmt.Println("port", res.Port, "arrived", res.Arrived)

	_, err = c.Verify(context.Background(), mailer.Account{Email: acct.Email, Password: "wrongwrongwrongw"}, nil)
	fmt.Println(mailer.KindOf(err))
	// Output:
	// port 465 arrived true
	// bad-credentials
}
