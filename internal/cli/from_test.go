package cli

import (
	"bytes"
	"net/mail"
	"strings"
	"testing"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/internal/i18n"
)

// TestSendFromAnotherAddressWarns: --from with an address other than the
// account's is sent with that From, and before sending the person is told
// that Gmail rewrites it unless it is a verified "Send mail as" address,
// with the link to that account's Gmail settings. The account spelt
// another way is not another address.
func TestSendFromAnotherAddressWarns(t *testing.T) {
	h, _ := sendHarness(t, fakegmail.Options{})
	h.expect(h.run(NewSendCmd(h.env), "--to", "a@example.com", "--from", "Fatture <fatture@rossi.it>"), ExitOK)
	stderr := h.err.String()
	contains(t, "stderr", stderr, `unless fatture@rossi.it is a verified "Send mail as" address of `+testEmail,
		"https://mail.google.com/mail/?authuser=mario.rossi%40gmail.com#settings/accounts")
	msgs := h.fake.Messages()
	if len(msgs) != 1 || msgs[0].From != testEmail {
		t.Fatalf("messages %+v, want one with the account as envelope sender", msgs)
	}
	m, err := mail.ReadMessage(bytes.NewReader(msgs[0].Data))
	if err != nil {
		t.Fatal(err)
	}
	if from, _ := m.Header.AddressList("From"); len(from) != 1 || from[0].Address != "fatture@rossi.it" || from[0].Name != "Fatture" {
		t.Errorf("From: %v", from)
	}

	h.err.b.Reset()
	h.expect(h.run(NewSendCmd(h.env), "--to", "a@example.com", "--from", "MarioRossi@gmail.com"), ExitOK)
	if strings.Contains(h.err.String(), "Send mail as") {
		t.Errorf("the account itself got the warning:\n%s", h.err)
	}

	h.err.b.Reset()
	h.env.Cat = i18n.New(i18n.IT)
	h.expect(h.run(NewSendCmd(h.env), "--to", "a@example.com", "--from", "fatture@rossi.it"), ExitOK)
	contains(t, "stderr", h.err.String(), `Gmail mostrerà la mail come inviata da `+testEmail+`, non da fatture@rossi.it`)

	h.expect(h.run(NewSendCmd(h.env), "--to", "a@example.com", "--from", "fatture"), ExitBroken)
	if n := len(h.fake.Messages()); n != 3 {
		t.Errorf("%d messages, want 3: a bad --from must send nothing", n)
	}
}
