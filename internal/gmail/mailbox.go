package gmail

import "strings"

// Mailbox is the key that says which mailbox addr reaches, for telling
// whether two addresses are one account: the whole address lower-cased,
// and for gmail.com and googlemail.com also without the dots before the @
// and with googlemail.com as gmail.com, since Gmail ignores both
// (MARIO.ROSSI@GMAIL.COM, mariorossi@gmail.com and mario.rossi@googlemail.com
// are one account). It is a key, never something to show: people see the
// address as they typed it.
//
// A "+tag" is kept. Gmail delivers mario+fatture@gmail.com to mario's
// mailbox, but it is not a name anyone signs in with (SMTP AUTH refuses
// it), so it can never be a saved, working account; matching it to mario's
// would hand mario's app password to an address that looks different from
// the one saved, where the person should rather be told the difference.
// Workspace domains keep their dots: only Gmail ignores them.
func Mailbox(addr string) string {
	addr = strings.ToLower(strings.TrimSpace(addr))
	at := strings.LastIndexByte(addr, '@')
	if at < 0 {
		return addr
	}
	local, domain := addr[:at], addr[at+1:]
	if domain == "googlemail.com" {
		domain = "gmail.com"
	}
	if domain == "gmail.com" {
		local = strings.ReplaceAll(local, ".", "")
	}
	return local + "@" + domain
}

// SameMailbox reports whether a and b reach the same mailbox; see Mailbox.
// Two empty addresses are not the same mailbox: there is none.
func SameMailbox(a, b string) bool {
	return a != "" && b != "" && Mailbox(a) == Mailbox(b)
}
