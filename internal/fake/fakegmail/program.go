package fakegmail

import (
	"context"
	"crypto/tls"
	"fmt"
	"strings"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// QuiFatturaSubject is the subject of the test mail the invoicing
// software sends from the settings page (the guide's step 9).
const QuiFatturaSubject = "Qui Fattura - Verifica configurazione posta"

// SendAsProgram is another program on the person's computer, an invoicing
// software, sending its own test mail: a separate SMTP client (go-smtp's,
// not the wizard's), over implicit TLS to ends, signed in as user with
// password, from user to user. It is how tests and the demo play Qui
// Fattura pressing "Verifica la correttezza della configurazione".
func SendAsProgram(ctx context.Context, ends Endpoints, user, password, subject string) error {
	d := tls.Dialer{Config: &tls.Config{ServerName: ends.Host, RootCAs: ends.RootCAs, MinVersion: tls.VersionTLS12}}
	conn, err := d.DialContext(ctx, "tcp", ends.ImplicitAddr)
	if err != nil {
		return err
	}
	stop := context.AfterFunc(ctx, func() { conn.Close() })
	defer stop()
	c := smtp.NewClient(conn)
	defer c.Close()
	if err := c.Hello("quifattura.invalid"); err != nil {
		return err
	}
	if err := c.Auth(sasl.NewPlainClient("", user, strings.ReplaceAll(password, " ", ""))); err != nil {
		return err
	}
	msg := fmt.Sprintf("From: Qui Fattura <%s>\r\nTo: %s\r\nSubject: %s\r\nDate: %s\r\nMessage-ID: <%d.qf@quifattura.invalid>\r\n"+
		"Content-Type: text/plain; charset=utf-8\r\n\r\nQuesta è una mail di prova inviata da Qui Fattura.\r\n",
		user, user, subject, time.Now().Format(time.RFC1123Z), time.Now().UnixNano())
	if err := c.SendMail(user, []string{user}, strings.NewReader(msg)); err != nil {
		return err
	}
	return c.Quit()
}
