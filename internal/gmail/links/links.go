// Package links builds the Google pages the guide sends people to. Every
// link carries the address (authuser), so a browser signed in to several
// Google accounts opens the right one.
package links

import "net/url"

// The Google pages the wizard opens.
const (
	accountHome    = "https://myaccount.google.com/"
	twoStep        = "https://myaccount.google.com/signinoptions/two-step-verification"
	appPasswords   = "https://myaccount.google.com/apppasswords"
	security       = "https://myaccount.google.com/security"
	accountChooser = "https://accounts.google.com/AccountChooser"
	// Logout is Google's sign-out page; it signs the browser out so the
	// right account can be chosen afresh.
	Logout = "https://accounts.google.com/Logout"
	// HelpAppPasswords is Google's help page "Sign in with app passwords".
	HelpAppPasswords = "https://support.google.com/accounts/answer/185833"
)

// WithUser adds authuser=<email> to a Google page's address, so a browser
// signed in to several Google accounts opens the page as that one. An
// address that does not parse is returned as it is.
func WithUser(page, email string) string {
	u, err := url.Parse(page)
	if err != nil {
		return page
	}
	q := u.Query()
	q.Set("authuser", email)
	u.RawQuery = q.Encode()
	return u.String()
}

// AccountHome is the Google Account page for email.
func AccountHome(email string) string { return WithUser(accountHome, email) }

// TwoStepVerification is the 2-Step Verification page for email.
func TwoStepVerification(email string) string { return WithUser(twoStep, email) }

// AppPasswords is the App passwords page for email.
func AppPasswords(email string) string { return WithUser(appPasswords, email) }

// Security is the security overview for email.
func Security(email string) string { return WithUser(security, email) }

// AccountChooser asks the browser to pick email, then go on to next.
func AccountChooser(email, next string) string {
	q := url.Values{}
	q.Set("Email", email)
	q.Set("continue", next)
	return accountChooser + "?" + q.Encode()
}
