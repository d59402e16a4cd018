package steps

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"gmailsetup/internal/guide"
)

// The Ready screen is where the guide's step 9 happens: the person types
// the same settings, and pastes the same app password, into their
// invoicing software, whose page may be in another window by now. Each
// line can be copied with its number, and the app password with c, so
// nothing has to be retyped and the clipboard need not have survived.

// readyKeys copy the settings and the app password.
type readyKeys struct {
	Password key.Binding // c: the app password
	Line     key.Binding // 1–4: server, port, encryption, user name
}

func newReadyKeys(s *Shared) readyKeys {
	return readyKeys{
		Password: key.NewBinding(key.WithKeys("c"), key.WithHelp("c", s.T("lastmile.key.copyPassword"))),
		Line:     key.NewBinding(key.WithKeys("1", "2", "3", "4"), key.WithHelp("1–4", s.T("lastmile.key.copyLine"))),
	}
}

// copiedWhat is what the last copy key copied: nothing, a setting (its
// number from 1), or the password.
type copiedWhat int

const (
	copiedNothing  copiedWhat = 0
	copiedPassword copiedWhat = -1
)

// copyKey answers c and 1–4 on the Ready screen. The password goes to the
// system clipboard and through the terminal (OSC 52), never onto the
// screen; the wizard empties the clipboard when it ends.
func (v *SaveStep) copyKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	s := v.s
	switch {
	case key.Matches(msg, v.keys.ready.Password) && !s.Answers.OAuth():
		// A Google sign-in has no app password to paste: programs ask
		// gmailsetup token for a fresh access token instead.
		v.copied = copiedPassword
		return copyPassword(s), true
	case key.Matches(msg, v.keys.ready.Line):
		settings := guide.ProgramSettings(&s.Answers)
		n := int(msg.Text[0] - '0')
		v.copied = copiedWhat(n)
		return copySetting(s, settings[n-1].Value), true
	}
	return nil, false
}

// copyPassword puts the app password in the clipboard, for every screen
// that offers c (Ready, the invoicing software's step); the wizard
// empties the clipboard when it ends.
func copyPassword(s *Shared) tea.Cmd {
	s.ClipboardSecret = true
	return s.Copy(s.Answers.Password())
}

// copySetting puts a setting in the clipboard in place of whatever was
// there, the password included.
func copySetting(s *Shared, value string) tea.Cmd {
	s.ClipboardSecret = false // the password is no longer what it holds
	return s.Copy(value)
}

// settingsView lists what a program's settings page asks for, each line
// with the key that copies it; the password is named, never shown.
func (v *SaveStep) settingsView() string {
	s := v.s
	var rows []settingRow
	for i, st := range guide.ProgramSettings(&s.Answers) {
		rows = append(rows, settingRow{fmt.Sprint(i + 1), s.T(st.Label), st.Value})
	}
	password := s.T("lastmile.set.password")
	if s.Answers.OAuth() {
		// No password, so no c to copy one: how programs get a token.
		return s.settingsList(s.T("oauthui.set.intro"), rows, password, v.howPassword())
	}
	rows = append(rows, settingRow{"c", password, s.T("lastmile.set.passwordValue")})
	return s.settingsList(s.T("lastmile.set.intro"), rows, "", "")
}

// copiedNotice says what the last copy key put in the clipboard, "" before
// any.
func (v *SaveStep) copiedNotice() string {
	s := v.s
	if v.copied == copiedNothing || !s.Clip.Done {
		return ""
	}
	switch {
	case v.copied == copiedPassword && s.Clip.OK:
		return s.Styles.OK.Render("✓ " + s.T("lastmile.copied.password"))
	case v.copied == copiedPassword:
		return s.Styles.Warn.Render(s.T("windows.clip.notPassword"))
	}
	st := guide.ProgramSettings(&s.Answers)[v.copied-1]
	if s.Clip.OK {
		return s.Styles.OK.Render("✓ " + s.T("lastmile.copied.line", s.T(st.Label), st.Value))
	}
	return s.Styles.Warn.Render(s.T("windows.clip.notLine", s.T(st.Label), st.Value))
}
