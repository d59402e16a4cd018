package guide

import (
	"context"
	"errors"
	"io/fs"
	"net"
	"os"
	"syscall"

	"gmailsetup/internal/i18n"
	"gmailsetup/internal/safetext"
)

// maxTechnical bounds the raw text kept after "technical details:".
const maxTechnical = 160

// reasons maps what the system or a library can say to a catalog key. The
// first that matches wins, so the specific come before the general.
var reasons = []struct {
	is  func(error) bool
	key i18n.Key
}{
	{errIs(syscall.ENOSPC), "reason.diskFull"},
	{errIs(syscall.EROFS), "reason.readOnly"},
	{errIs(syscall.ELOOP), "reason.linkLoop"},
	{errIs(syscall.ENOTDIR), "reason.notDir"},
	{errIs(syscall.EISDIR), "reason.isDir"},
	{errIs(fs.ErrPermission), "reason.permission"},
	{errIs(fs.ErrNotExist), "reason.notExist"},
	{errIs(fs.ErrExist), "reason.exists"},
	{errIs(os.ErrDeadlineExceeded), "reason.timeout"},
	{errIs(context.DeadlineExceeded), "reason.timeout"},
	{errIs(context.Canceled), "reason.canceled"},
	{errIs(syscall.ECONNREFUSED), "reason.refused"},
	{errIs(syscall.ECONNRESET), "reason.reset"},
	{isDNS, "reason.dns"},
	{isTimeout, "reason.timeout"},
}

func errIs(target error) func(error) bool {
	return func(err error) bool { return errors.Is(err, target) }
}

func isDNS(err error) bool {
	var d *net.DNSError
	return errors.As(err, &d)
}

func isTimeout(err error) bool {
	var t interface{ Timeout() bool }
	return errors.As(err, &t) && t.Timeout()
}

// Reason words a system or library error in the person's language, for a
// message that says what failed and adds ": <reason>". An error it does
// not know is kept, cleaned for the terminal and shortened, behind a
// translated "technical details:" label, so English from the system is
// never the message itself.
func ReasonFor(cat i18n.Catalog, err error) string {
	if err == nil {
		return ""
	}
	for _, r := range reasons {
		if r.is(err) {
			return cat.T(r.key)
		}
	}
	text := []rune(safetext.Clean(err.Error()))
	if len(text) > maxTechnical {
		text = append(text[:maxTechnical-1], '…')
	}
	return cat.T("reason.technical", string(text))
}
