package demo

import (
	"context"

	"gmailsetup/internal/fake/fakegmail"
)

// SendAsQuiFattura plays Qui Fattura in the demo (the guide's step 9): its
// own SMTP client signs in to the demo server as email with the demo's app
// password, and sends its test mail to email, as the real one does when
// the person clicks “Verifica la correttezza della configurazione”.
func (e *Env) SendAsQuiFattura(ctx context.Context, email string) error {
	return fakegmail.SendAsProgram(ctx, e.fake.Endpoints(), email, Password, fakegmail.QuiFatturaSubject)
}
