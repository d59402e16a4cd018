//go:build windows

package winconsole

import (
	"unsafe"

	"github.com/inconshreveable/mousetrap"

	"golang.org/x/sys/windows"
)

// getConsoleProcessList is kernel32's GetConsoleProcessList, which
// x/sys/windows does not wrap.
var getConsoleProcessList = windows.NewLazySystemDLL("kernel32.dll").NewProc("GetConsoleProcessList")

// OwnsConsole reports whether Explorer started this process (a
// double-click) and it is the only one attached to its console: Windows
// made the console for it, and it closes when the program exits. Run from
// cmd, PowerShell or Windows Terminal, the shell is attached too; with no
// console at all (a service, a pipe), the call fails; a scheduled task has
// a console of its own, but its parent is not Explorer, and nobody would
// press enter. All give false.
func OwnsConsole() bool {
	var pids [2]uint32
	if getConsoleProcessList.Find() != nil || !mousetrap.StartedByExplorer() {
		return false
	}
	n, _, _ := getConsoleProcessList.Call(uintptr(unsafe.Pointer(&pids[0])), uintptr(len(pids)))
	return n == 1
}
