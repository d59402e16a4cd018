package links

import (
	"io"
	"sync"

	"github.com/pkg/browser"
)

// Browser opens pages with the system's browser through pkg/browser.
type Browser struct{}

var silence sync.Once

// Open launches the browser on url. Whatever the launcher prints is thrown
// away: it would scribble over the wizard's screen.
func (Browser) Open(url string) error {
	silence.Do(func() {
		browser.Stdout = io.Discard
		browser.Stderr = io.Discard
	})
	return browser.OpenURL(url)
}
