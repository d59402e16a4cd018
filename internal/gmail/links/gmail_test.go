package links

import "testing"

func TestGmailAccountsSettings(t *testing.T) {
	got := GmailAccountsSettings("mario.rossi@gmail.com")
	if want := "https://mail.google.com/mail/?authuser=mario.rossi%40gmail.com#settings/accounts"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}
