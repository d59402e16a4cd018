package mailer_test

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/mailer"
)

// Sending a message built elsewhere to two people, with a progress bar's
// numbers, through the demo fake.
func ExampleClient_SendRaw() {
	fake, err := fakegmail.Start(fakegmail.Options{})
	if err != nil {
		panic(err)
	}
	defer fake.Close()

	var sent int64
	c := &mailer.Client{
		Server:       mailer.Server(fake.Endpoints()),
		BodyProgress: func(n int64) { sent = n },
	}
	acct := mailer.Account{Email: "ada@gmail.com", Password: fakegmail.DemoPasswordSpaced}
	msg := "From: ada@gmail.com\nTo: bob@example.com, carol@example.com\nSubject: Hello\n" +
		"Message-ID: <hello.1@example.com>\n\nHi both.\n"

	res, err := c.SendRaw(context.Background(), acct, acct.Email,
		[]string{"bob@example.com", "carol@example.com"}, strings.NewReader(msg), nil)
	if err != nil {
		fmt.Println(mailer.KindOf(err), err)
		return
	}
	fmt.Println("port", res.Port, "id", res.MessageID, "sent", sent == int64(len(msg)))

	_, err = c.SendRaw(context.Background(), acct, acct.Email,
		[]string{"bob@example.com", "nobody"}, strings.NewReader(msg), nil)
	var e *mailer.Error
	if errors.As(err, &e) {
		fmt.Println(e.Kind, e.Recipients)
	}
	// Output:
	// port 465 id hello.1@example.com sent true
	// rejected [nobody]
}
