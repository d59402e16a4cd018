// Package winconsole knows whether the program was given a console of its
// own, as Windows does for a double-click in Explorer. That console closes
// the moment the program exits, so whatever it printed last would vanish
// unread: main waits for enter first. Everywhere else (a terminal, a
// script, another system) nothing changes.
package winconsole

import (
	"bufio"
	"fmt"
	"io"
)

// HoldIfOwned waits for a line on in after writing prompt to out, when the
// console is this program's own (OwnsConsole). It returns at once
// otherwise, or at the end of in.
func HoldIfOwned(in io.Reader, out io.Writer, prompt string) {
	if !OwnsConsole() {
		return
	}
	Hold(in, out, prompt)
}

// Hold writes prompt on a line of its own and waits for a line (enter) or
// the end of in.
func Hold(in io.Reader, out io.Writer, prompt string) {
	fmt.Fprint(out, "\n"+prompt+" ")
	_, _ = bufio.NewReader(in).ReadString('\n')
}
