package guide

import (
	"fmt"
	"runtime"
	"strings"

	"gmailsetup/internal/safetext"
	"gmailsetup/internal/storage"
)

// exposedTo says who else can get at an unsafe file: its mode on Unix
// ("644"); on Windows, where modes mean nothing, the accounts its access
// list lets in ("Everyone, BUILTIN\Users").
func exposedTo(e *storage.UnsafeError) string {
	if runtime.GOOS == "windows" {
		return safetext.Clean(strings.Join(e.Others, ", "))
	}
	return fmt.Sprintf("%o", e.Mode.Perm())
}
