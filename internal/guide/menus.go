package guide

import "gmailsetup/internal/i18n"

// Option is one choice of a menu: its text and what picking it does. Act
// is an event (a move, see Next) unless Stay, when the step itself acts
// (try again, reveal advice).
type Option struct {
	Key  i18n.Key
	Act  Event
	Stay bool
}

// Menus that depend on where a step is. Each face shows them as they are:
// same options, same order, same numbers.
var (
	// TestFailedMenu follows a failed test mail.
	TestFailedMenu = []Option{
		{Key: "test.choice.paste", Act: PasteAgain},
		{Key: "test.choice.appPassword", Act: NewAppPassword},
		{Key: "test.choice.retry", Stay: true},
		{Key: "test.choice.saveAnyway", Act: Done},
		{Key: "test.choice.quit", Act: Quit},
	}
	// UntestedMenu asks before saving a setup that did not pass the test;
	// the default is to go back to it.
	UntestedMenu = []Option{
		{Key: "save.choice.backToTest", Act: BackToTest},
		{Key: "save.choice.saveAnyway", Stay: true},
		{Key: "save.choice.quit", Act: Quit},
	}
	// ConsentMenu asks whether the secret may go in the file, with no keyring.
	ConsentMenu = []Option{
		{Key: "save.choice.fileYes", Stay: true},
		{Key: "save.choice.fileNo", Stay: true},
	}
	// SaveFailedMenu follows a failed save.
	SaveFailedMenu = []Option{
		{Key: "save.choice.retry", Stay: true},
		{Key: "save.choice.quit", Act: Quit},
	}
	// VerifyFailedMenu follows a saved setup that did not sign in.
	VerifyFailedMenu = []Option{
		{Key: "save.choice.verifyAgain", Stay: true},
		{Key: "save.choice.paste", Act: PasteAgain},
		{Key: "save.choice.quitSaved", Act: Quit},
	}
	// SummaryMenu is what to do with the saved setup.
	SummaryMenu = []Option{
		{Key: "summary.opt.rotate", Act: Rotate},
		{Key: "summary.opt.check", Stay: true},
		{Key: "summary.opt.add", Act: Add},
		{Key: "summary.opt.replace", Act: Replace},
		{Key: "summary.opt.quit", Act: Quit},
	}
	// NoneMenu follows "nothing saved" (rotate) or "no such account".
	NoneMenu = []Option{
		{Key: "summary.opt.new", Act: StartNew},
		{Key: "summary.opt.quit", Act: Quit},
	}
	// BrokenMenu follows a setup file that does not load.
	BrokenMenu = []Option{
		{Key: "summary.opt.replaceBroken", Act: ReplaceBroken},
		{Key: "summary.opt.quit", Act: Quit},
	}
	// NotGoogleMenu follows a domain whose mail Google does not handle.
	NotGoogleMenu = []Option{
		{Key: "account.optChange", Stay: true},
		{Key: "account.optAnyway", Act: Done},
	}
)

// SummaryOpens is what the summary does with the saved setup it loaded,
// in both faces: go on at once with ev (nothing saved and not rotating: a
// new setup; rotating a saved one: the rotation), or show menu (the saved
// setup's, or what to do when nothing, not that account, or a broken file
// was found).
func SummaryOpens(saved Saved, rotate bool) (menu []Option, ev Event, now bool) {
	switch saved.State {
	case SavedNone:
		if !rotate {
			return nil, StartNew, true
		}
		return NoneMenu, 0, false
	case SavedMissing:
		return NoneMenu, 0, false
	case SavedBroken:
		return BrokenMenu, 0, false
	}
	if rotate {
		return SummaryMenu, Rotate, true
	}
	return SummaryMenu, 0, false
}

// Keys are a menu's texts, in order.
func Keys(menu []Option) []i18n.Key {
	out := make([]i18n.Key, len(menu))
	for i, o := range menu {
		out[i] = o.Key
	}
	return out
}

// AnswersAfter is the answers a summary choice starts from: a new setup,
// one replacing the saved account or the broken file, or a rotation.
func AnswersAfter(ev Event, saved Saved, current Answers) Answers {
	switch ev {
	case StartNew, Add:
		return Fresh()
	case ReplaceBroken:
		return ReplacingBroken()
	case Replace:
		return Replacing(saved.Account)
	case Rotate:
		return Rotating(saved.Account)
	}
	return current
}
