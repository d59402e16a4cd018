package links

import (
	"net/url"
	"testing"
)

func TestEveryPageCarriesTheAddress(t *testing.T) {
	const email = "mario.rossi+fatture@gmail.com"
	for name, link := range map[string]string{
		"home":          AccountHome(email),
		"two-step":      TwoStepVerification(email),
		"app passwords": AppPasswords(email),
		"security":      Security(email),
	} {
		u, err := url.Parse(link)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got := u.Query().Get("authuser"); got != email {
			t.Errorf("%s: authuser = %q in %s", name, got, link)
		}
		if u.Scheme != "https" || u.Host != "myaccount.google.com" {
			t.Errorf("%s: unexpected page %s", name, link)
		}
	}
}

func TestAccountChooserContinuesToPage(t *testing.T) {
	next := AppPasswords("a@example.com")
	u, err := url.Parse(AccountChooser("a@example.com", next))
	if err != nil {
		t.Fatal(err)
	}
	if u.Query().Get("Email") != "a@example.com" || u.Query().Get("continue") != next {
		t.Fatalf("chooser lost its parameters: %s", u)
	}
}
