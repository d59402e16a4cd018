package steps

import (
	"context"

	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
)

// Options are the choices made on the command line.
type Options struct {
	AppName string // the name to type on Google's App passwords page
	Demo    bool   // talking to the embedded demo server
	// Rotate opens straight on rotating the saved app password.
	Rotate bool
	// Account picks the saved account to open on; empty means the default.
	Account string
	// DemoPassword is the app password the demo server accepts, shown on
	// the app-password step so the demo can be walked to the end.
	DemoPassword string
	// DemoProgram, in the demo, plays the invoicing software sending its
	// test mail to email (step 9); nil outside the demo.
	DemoProgram func(ctx context.Context, email string) error
	// Timeouts bound the browser launch and the MX look-up; zero fields
	// are the guide's defaults.
	Timeouts guide.Timeouts
}

// Shared is what every step sees: the language, the styles, the outside
// world and the answers. The wizard owns it; steps change Answers only in
// their Update.
type Shared struct {
	// Ctx is the run's root context: every command a step starts (a send,
	// a look-up, a browser launch) ends with it.
	Ctx      context.Context
	Cat      i18n.Catalog
	Styles   Styles
	Deps     guide.Deps
	Opts     Options
	Width    int
	Height   int
	Answers  guide.Answers
	wrapMemo map[wrapKey]string // see wrapped
	nav      *guide.Event       // what the Update under way decided (navigation.go)

	// Home is the person's home folder, for showing paths as ~/…; the
	// wizard reads it once at start, since View does no I/O.
	Home string

	// ClipboardSecret is true while the app password is the last thing a
	// step copied to the clipboard: the wizard empties the clipboard when
	// it ends (OSC 52 with no content), where the terminal allows it.
	ClipboardSecret bool
	// Clip is the last copy to the system clipboard (clipboard.go).
	Clip ClipState
	// Returning is true while the wizard enters a step by going back to
	// it (esc), false when the guide leads there: a step that has done its
	// work (Save's Ready) shows it again only to someone coming back.
	Returning bool
}

// ShowPath shortens a path in the home folder to ~/…, the way people read
// their own files, except on Windows (guide.ShowPath). Paths elsewhere are
// shown whole.
func (s *Shared) ShowPath(p string) string { return guide.ShowPath(s.Home, p) }

// ctx is the root context, or one that never ends for a Shared built
// without one (a step's own tests).
func (s *Shared) ctx() context.Context {
	if s.Ctx == nil {
		return context.TODO()
	}
	return s.Ctx
}

// Tasks is the guide's work, over the wizard's dependencies.
func (s *Shared) Tasks() guide.Tasks {
	return guide.Tasks{Deps: s.Deps, Timeouts: s.Opts.Timeouts, AppName: s.Opts.AppName}
}

// Say is a guide message in the person's language.
func (s *Shared) Say(m guide.Message) string { return m.Text(s.Cat) }

// T is shorthand for the catalog lookup.
func (s *Shared) T(key i18n.Key, args ...any) string { return s.Cat.T(key, args...) }
