package fakegmail

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/emersion/go-smtp"
)

// Gmail's help links, as they end its multi-line replies.
const (
	linkBadCredentials = "https://support.google.com/mail/?p=BadCredentials"
	linkSecondFactor   = "https://support.google.com/mail/?p=InvalidSecondFactor"
	linkWantAuth       = "https://support.google.com/mail/?p=WantAuthError"
	linkTooMany        = "https://support.google.com/mail/answer/7126229"
	linkDailyLimit     = "https://support.google.com/a/answer/166852"
	linkNoSuchUser     = "https://support.google.com/mail/?p=NoSuchUser"
)

// gsmtpID is a session-ish identifier like the one Gmail ends every reply
// with, so replies look alike without being byte-identical across runs.
func gsmtpID() string {
	var b [10]byte
	rand.Read(b[:])
	h := hex.EncodeToString(b[:])
	return h[:13] + "-" + h[13:] + "sm" + fmt.Sprint(int(b[0])*1000+int(b[1])) + ".0"
}

// gmailReply builds a multi-line reply the way Gmail words them: the
// enhanced code repeated on the first lines, then "  <link> <id> - gsmtp".
// go-smtp prints every line after the first of Message with its own code
// prefix and the enhanced code only on the last, so the first lines carry
// the enhanced code in their text.
func gmailReply(code int, enh smtp.EnhancedCode, hostile string, link string, lines ...string) *smtp.SMTPError {
	e := fmt.Sprintf("%d.%d.%d", enh[0], enh[1], enh[2])
	var b strings.Builder
	for i, l := range lines {
		if i == 0 && hostile != "" {
			l += " " + hostile
		}
		b.WriteString(e + " " + l + "\n")
	}
	b.WriteString(" " + link + " " + gsmtpID() + " - gsmtp")
	return &smtp.SMTPError{Code: code, EnhancedCode: enh, Message: b.String()}
}

func (o *Options) badCredentials() *smtp.SMTPError {
	return gmailReply(535, smtp.EnhancedCode{5, 7, 8}, o.HostileText, linkBadCredentials,
		"Username and Password not accepted. For more information, go to")
}

func (o *Options) needAppPassword() *smtp.SMTPError {
	return gmailReply(534, smtp.EnhancedCode{5, 7, 9}, o.HostileText, linkSecondFactor,
		"Application-specific password required. Learn more at")
}

func (o *Options) tooManyAttempts() *smtp.SMTPError {
	return gmailReply(454, smtp.EnhancedCode{4, 7, 0}, o.HostileText, linkTooMany,
		"Too many login attempts, please try again later. For more information, go to")
}

func (o *Options) dailyLimit() *smtp.SMTPError {
	return gmailReply(550, smtp.EnhancedCode{5, 4, 5}, o.HostileText, linkDailyLimit,
		"Daily user sending limit exceeded. For more information on Gmail",
		"sending limits go to")
}

func (o *Options) noSuchUser() *smtp.SMTPError {
	return gmailReply(550, smtp.EnhancedCode{5, 1, 1}, o.HostileText, linkNoSuchUser,
		"The email account that you tried to reach does not exist. Please try",
		"double-checking the recipient's email address for typos or",
		"unnecessary spaces. For more information, go to")
}

func (o *Options) wantAuth() *smtp.SMTPError {
	return gmailReply(530, smtp.EnhancedCode{5, 7, 0}, "", linkWantAuth,
		"Authentication Required. For more information, go to")
}

// temporary is Gmail's 421; the connection closes after it is written.
func (o *Options) temporary() *smtp.SMTPError {
	msg := "Try again later, closing connection."
	if o.HostileText != "" {
		msg += " " + o.HostileText
	}
	return &smtp.SMTPError{Code: 421, EnhancedCode: smtp.EnhancedCode{4, 7, 0}, Message: msg + " " + gsmtpID() + " - gsmtp"}
}
