package main

import "sync"

// forcedExit holds what must be undone even when a signal's grace runs out
// and the process ends from the watcher, past every defer: the demo's
// temporary folder, which holds a client-secret file.
var forcedExit struct {
	sync.Mutex
	fns []func()
}

// onForcedExit adds f to the clean-ups run before a forced exit. f must be
// safe to call twice and from another goroutine (sync.OnceFunc).
func onForcedExit(f func()) {
	forcedExit.Lock()
	defer forcedExit.Unlock()
	forcedExit.fns = append(forcedExit.fns, f)
}

// runForcedExit runs the clean-ups, last added first.
func runForcedExit() {
	forcedExit.Lock()
	fns := forcedExit.fns
	forcedExit.Unlock()
	for i := len(fns) - 1; i >= 0; i-- {
		fns[i]()
	}
}
