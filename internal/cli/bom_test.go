package cli

import (
	"context"
	"strings"
	"testing"

	"gmailsetup/internal/i18n"
)

// An app password file saved by Windows' Notepad starts with a UTF-8 byte
// order mark, and ends with CRLF; both are taken off. A mark anywhere else
// is still an invisible character.
func TestPasswordFileWithBOM(t *testing.T) {
	cat := i18n.New(i18n.IT)
	for _, in := range []string{"\ufeffabcd efgh ijkl mnop\r\n", "\ufeffabcdefghijklmnop", "abcd efgh ijkl mnop\r\n"} {
		got, msg := readAppPassword(context.Background(), cat, strings.NewReader(in))
		if msg != "" || got != "abcdefghijklmnop" {
			t.Errorf("%q: got %d letters, message %q", in, len(got), msg)
		}
	}
	_, msg := readAppPassword(context.Background(), cat, strings.NewReader("abcd efgh\ufeff ijkl mnop\n"))
	if msg != cat.T("hardening.paste.invisible") {
		t.Errorf("a mark inside the password: message %q", msg)
	}
}
