package links

// gmailAccounts is Gmail's settings tab "Accounts and Import", where the
// "Send mail as" addresses are added and verified.
const gmailAccounts = "https://mail.google.com/mail/#settings/accounts"

// GmailAccountsSettings is Gmail's "Accounts and Import" settings for
// email: where a From address other than the account becomes a verified
// "Send mail as" alias, without which Gmail rewrites From to the account.
func GmailAccountsSettings(email string) string { return WithUser(gmailAccounts, email) }
