package links

import (
	"context"
	"errors"
	"io"
	"os/exec"
	"runtime"
	"sync"

	"github.com/pkg/browser"
)

// Browser opens pages with the system's browser.
type Browser struct{}

var silence sync.Once

// unixLaunchers are what pkg/browser tries on Linux and the BSDs, in order.
var unixLaunchers = []string{"xdg-open", "x-www-browser", "www-browser"}

// Open launches the browser on url. On Linux and the BSDs the launcher is
// started here, under ctx: when the run ends or the caller gives up, the
// launcher is killed rather than left behind. Elsewhere pkg/browser starts
// the system's opener, which returns at once. Whatever a launcher prints is
// thrown away: it would scribble over the wizard's screen.
func (Browser) Open(ctx context.Context, url string) error {
	if runtime.GOOS == "darwin" || runtime.GOOS == "windows" {
		silence.Do(func() {
			browser.Stdout = io.Discard
			browser.Stderr = io.Discard
		})
		return browser.OpenURL(url)
	}
	for _, name := range unixLaunchers {
		path, err := exec.LookPath(name)
		if err != nil {
			continue
		}
		cmd := exec.CommandContext(ctx, path, url)
		cmd.Stdout, cmd.Stderr = io.Discard, io.Discard
		return cmd.Run()
	}
	return errNoLauncher
}

var errNoLauncher = errors.New("none of xdg-open, x-www-browser or www-browser is installed")
