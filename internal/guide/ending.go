package guide

import (
	"strings"

	"gmailsetup/internal/gmail/links"
	"gmailsetup/internal/i18n"
	"gmailsetup/internal/safetext"
)

// Ending is what the full-screen wizard leaves on the normal screen once
// its view closes, since the view takes everything it showed with it: after
// a save, the settings a program asks for and where they are kept (never
// the app password); otherwise one line saying nothing was saved, or, on a
// setup saved before, that it is as it was. demo says the save went to the
// demo's throwaway folder.
func Ending(cat i18n.Catalog, a *Answers, demo bool) string {
	where := a.Saved()
	if where.ConfigPath == "" {
		if a.Previous() != nil {
			return cat.T("newcomer.end.unchanged") + "\n"
		}
		return cat.T("newcomer.end.nothing") + "\n"
	}
	head := "newcomer.end.saved"
	if !a.Ready() {
		head = "newcomer.end.savedNotReady"
	}
	lines := []string{cat.T(i18n.Key(head), a.Email())}
	settings := ProgramSettings(a)
	labels := make([]string, 0, len(settings)+2)
	for _, s := range settings {
		labels = append(labels, cat.T(s.Label))
	}
	labels = append(labels, cat.T("newcomer.end.file"), cat.T("newcomer.end.secret"))
	width := 0
	for _, l := range labels {
		width = max(width, len([]rune(l)))
	}
	row := func(label, value string) string {
		return "  " + label + ":" + strings.Repeat(" ", width-len([]rune(label))+1) + value
	}
	for i, s := range settings {
		lines = append(lines, row(labels[i], s.Value))
	}
	lines = append(lines, row(labels[len(settings)], safetext.Clean(where.ConfigPath)))
	secret := map[[2]bool]string{
		{false, false}: "newcomer.end.inFile", {false, true}: "newcomer.end.inKeyring",
		{true, false}: "newcomer.end.oauthFile", {true, true}: "newcomer.end.oauthKeyring",
	}[[2]bool{a.OAuth(), where.Keyring}]
	lines = append(lines, row(labels[len(settings)+1], cat.T(i18n.Key(secret))))
	// A rotation's word on the old app password (step 9 done or not)
	// stays too: the closed view took the only copy of it.
	if m := RevokeOld(a); !m.IsZero() {
		lines = append(lines, safetext.Clean(m.Text(cat)), cat.T("acc.page", links.AppPasswords(a.Email())))
	}
	if demo {
		lines = append(lines, cat.T("newcomer.end.demo"))
	}
	return strings.Join(lines, "\n") + "\n"
}
