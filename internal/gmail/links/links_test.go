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

// WithUser adds authuser and keeps the rest of the address: its query, its
// fragment, and an authuser already there is replaced, not doubled.
func TestWithUserKeepsTheRestOfTheAddress(t *testing.T) {
	const email = "anna.bianchi@studio.it"
	for page, want := range map[string]string{
		"https://console.cloud.google.com/auth/audience":                    "https://console.cloud.google.com/auth/audience?authuser=anna.bianchi%40studio.it",
		"https://console.cloud.google.com/auth/clients?project=fatture":     "https://console.cloud.google.com/auth/clients?authuser=anna.bianchi%40studio.it&project=fatture",
		"https://mail.google.com/mail/?authuser=0#settings/accounts":        "https://mail.google.com/mail/?authuser=anna.bianchi%40studio.it#settings/accounts",
		"https://myaccount.google.com/?authuser=a%40b.it&authuser=c%40d.it": "https://myaccount.google.com/?authuser=anna.bianchi%40studio.it",
		"https://myaccount.google.com/%zz":                                  "https://myaccount.google.com/%zz", // does not parse: as it was
	} {
		if got := WithUser(page, email); got != want {
			t.Errorf("WithUser(%q) = %q, want %q", page, got, want)
		}
	}
}
