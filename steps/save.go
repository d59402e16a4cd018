package steps

import (
	"context"
	"errors"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"gmailsetup/internal/guide"
	"gmailsetup/internal/storage"
	"gmailsetup/mailer"
)

// SaveStep is the guide's last step: show what will be saved, save it (in
// the keyring, or with consent in the file), sign in once more with what
// was saved, and say how programs use it.
type SaveStep struct {
	s         *Shared
	state     saveState
	seq       int  // the current save or check; older results are ignored
	allowFile bool // what the last save was allowed to do
	where     storage.Where
	err       error
	readErr   error // reading the saved setup back failed (not a mail error)
	cancel    context.CancelFunc
	spin      spinner.Model
	menu      Menu // the guide's menu of the state on screen
	keys      saveKeys
	copied    copiedWhat // what the Ready screen's last copy key put in the clipboard
	// noBack is set by esc on Ready: the setup is saved, so there is no
	// step to go back to as if it were not; the screen says so instead.
	noBack bool
}

type saveState int

const (
	saveReview       saveState = iota // the summary; enter (or a choice) saves
	saveSaving                        // Store.Save running
	saveConsent                       // no keyring: may the secret go in the file?
	saveDeclined                      // no: nothing saved
	saveFailed                        // Store.Save failed
	saveVerifying                     // signing in with what was saved
	saveVerifyFailed                  // saved, but the check failed
	saveReady                         // done
)

type saveKeys struct {
	Save, Finish, Cancel key.Binding
	ready                readyKeys
}

// saveDoneMsg is how save number seq ended.
type saveDoneMsg struct {
	seq   int
	where storage.Where
	err   error
}

// saveVerifiedMsg is how the check after save number seq ended. readErr is
// set when the saved setup could not be read back; err is the sign-in's.
type saveVerifiedMsg struct {
	seq     int
	readErr error
	err     error
}

func init() { register(guide.Save, NewSave) }

// NewSave builds the save step.
func NewSave(s *Shared) Step {
	return &SaveStep{
		s:    s,
		spin: newSpinner(s),
		keys: saveKeys{
			Save: key.NewBinding(key.WithKeys("enter"), key.WithHelp(s.keyName("enter"), s.T("save.key.save"))),
			// enter on Ready (or after "quit without saving") ends the
			// wizard: "continue" would promise a next screen.
			Finish: key.NewBinding(key.WithKeys("enter"), key.WithHelp(s.keyName("enter"), s.T("invoicing.key.finish"))),
			Cancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp(s.keyName("esc"), s.T("key.cancel"))),
			ready:  newReadyKeys(s),
		},
	}
}

// ID is Save.
func (v *SaveStep) ID() guide.ID { return guide.Save }

// Enter shows the summary again, unless a save or check is under way.
func (v *SaveStep) Enter() tea.Cmd {
	// Back from step 9, Ready stays as it was; led here again (a new app
	// password after step 9's Google sign-in note), it is a new save.
	if v.s.Returning && (v.state == saveSaving || v.state == saveVerifying || v.state == saveReady) {
		// Its copy notice is stale, though: step 9's copy keys may have
		// put something else in the clipboard since.
		v.copied = copiedNothing
		return nil
	}
	v.review()
	return nil
}

// Update runs the save, the consent, the check, and the menus.
func (v *SaveStep) Update(msg tea.Msg) (Step, tea.Cmd) {
	switch msg := msg.(type) {
	case saveDoneMsg:
		if msg.seq == v.seq && v.state == saveSaving {
			return v.saved(msg)
		}
	case saveVerifiedMsg:
		if msg.seq == v.seq && v.state == saveVerifying {
			return v.verified(msg), nil
		}
	case spinner.TickMsg:
		return v, tick(&v.spin, v.state == saveSaving || v.state == saveVerifying, msg)
	case tea.KeyPressMsg:
		return v.key(msg)
	}
	return v, nil
}

// review is the summary, with a menu when the test did not pass: saving an
// untested setup takes an explicit choice, and the default is to go back.
func (v *SaveStep) review() *SaveStep {
	s := v.s
	v.state, v.err, v.readErr = saveReview, nil, nil
	v.copied, v.noBack = copiedNothing, false // a notice from an earlier Ready is stale
	v.menu = newGuideMenu(s, guide.UntestedMenu)
	return v
}

func (v *SaveStep) key(msg tea.KeyPressMsg) (Step, tea.Cmd) {
	switch v.state {
	case saveReview:
		if v.s.Answers.Tested() {
			if key.Matches(msg, v.keys.Save) {
				return v.save(guide.FileConsentGiven(&v.s.Answers))
			}
			return v, nil
		}
		return v.pick(msg, func() (Step, tea.Cmd) { return v.save(guide.FileConsentGiven(&v.s.Answers)) })
	case saveConsent:
		var opt guide.Option
		var ok bool
		if v.menu, opt, ok = v.menu.Pick(msg); ok {
			if opt == guide.ConsentMenu[0] {
				return v.save(true)
			}
			v.state = saveDeclined
		}
	case saveFailed:
		return v.pick(msg, func() (Step, tea.Cmd) { return v.save(v.allowFile) })
	case saveVerifying:
		if key.Matches(msg, v.keys.Cancel) {
			v.cancel()
			v.seq++
			return v.verified(saveVerifiedMsg{seq: v.seq, err: &mailer.Error{Kind: mailer.KindCanceled, Err: context.Canceled}}), nil
		}
	case saveVerifyFailed:
		return v.pick(msg, v.verify)
	case saveReady:
		if msg.String() == "esc" {
			v.noBack = true
			return v, nil
		}
		if cmd, ok := v.copyKey(msg); ok {
			v.noBack = false
			return v, cmd
		}
		if cmd, ok := v.invoicingKey(msg); ok {
			return v, cmd
		}
		if key.Matches(msg, v.keys.Finish) {
			return v, v.s.Quit()
		}
	case saveDeclined:
		if key.Matches(msg, v.keys.Finish) {
			return v, v.s.Quit()
		}
	}
	return v, nil
}

// pick follows the guide's menu on screen: an option that moves goes
// where the guide leads it; the one that stays is the step's own (save
// anyway, try again, check again).
func (v *SaveStep) pick(msg tea.KeyPressMsg, stay func() (Step, tea.Cmd)) (Step, tea.Cmd) {
	var opt guide.Option
	var ok bool
	if v.menu, opt, ok = v.menu.Pick(msg); !ok {
		return v, nil
	}
	if opt.Stay {
		return stay()
	}
	return v, v.s.Go(opt.Act)
}

// save writes the setup from a command. First without the file: a keyring
// is the better place, and the file needs the person's consent.
func (v *SaveStep) save(allowFile bool) (Step, tea.Cmd) {
	v.seq++
	v.state, v.allowFile, v.err = saveSaving, allowFile, nil
	if v.s.Deps.Store == nil {
		v.err = errors.New(v.s.T("save.noStore"))
		return v.failed(), nil
	}
	tasks, answers, seq := v.s.Tasks(), v.s.Answers, v.seq
	cmd := func() tea.Msg {
		where, err := tasks.Save(answers, allowFile)
		return saveDoneMsg{seq: seq, where: where, err: err}
	}
	return v, tea.Batch(cmd, v.spin.Tick)
}

func (v *SaveStep) saved(msg saveDoneMsg) (Step, tea.Cmd) {
	s := v.s
	switch {
	case msg.err == nil:
		v.where = msg.where
		s.Answers.SetSaved(v.where)
		return v.verify()
	case !v.allowFile && errors.Is(msg.err, storage.ErrNoKeyring):
		v.state, v.err = saveConsent, msg.err // the question names why
		v.menu = newGuideMenu(s, guide.ConsentMenu)
		return v, nil
	}
	v.err = msg.err
	return v.failed(), nil
}

func (v *SaveStep) failed() *SaveStep {
	v.state = saveFailed
	v.menu = newGuideMenu(v.s, guide.SaveFailedMenu)
	return v
}

// verify reads the setup back as a program would and signs in with it,
// sending nothing (guide.Tasks.VerifySaved).
func (v *SaveStep) verify() (Step, tea.Cmd) {
	v.seq++
	v.state, v.err, v.readErr = saveVerifying, nil, nil
	if v.s.Deps.Sender == nil {
		return v.verified(saveVerifiedMsg{seq: v.seq, err: errors.New(v.s.T("test.noSender"))}), nil
	}
	ctx, cancel := context.WithCancel(v.s.ctx())
	v.cancel = cancel
	tasks, email, seq := v.s.Tasks(), v.s.Answers.Email(), v.seq
	cmd := func() tea.Msg {
		readErr, err := tasks.VerifySaved(ctx, email)
		return saveVerifiedMsg{seq: seq, readErr: readErr, err: err}
	}
	return v, tea.Batch(cmd, v.spin.Tick)
}

func (v *SaveStep) verified(msg saveVerifiedMsg) *SaveStep {
	if v.cancel != nil {
		v.cancel()
	}
	if msg.readErr == nil && msg.err == nil {
		v.state = saveReady
		v.copied, v.noBack = copiedNothing, false // nothing copied on this Ready yet
		v.s.Answers.SetReady()
		return v
	}
	v.state, v.err, v.readErr = saveVerifyFailed, msg.err, msg.readErr
	v.menu = newGuideMenu(v.s, guide.VerifyFailedMenuFor(&v.s.Answers))
	return v
}

// storePath is where the setup file is, for the person to see.
func (v *SaveStep) storePath() string {
	if v.s.Deps.Store == nil {
		return ""
	}
	return v.s.Deps.Store.Path()
}

// summary is the aligned list of what will be saved. The password is
// always masked here.
func (v *SaveStep) summary() string {
	s := v.s
	path := v.s.ShowPath(v.storePath())
	rows := [][2]string{
		{s.T("save.label.address"), s.Answers.Email()},
		{s.T("save.label.kind"), s.Say(guide.KindText(s.Answers.Kind()))},
		{s.T("save.label.server"), s.T("save.serverValue", guide.Port(&s.Answers))},
		v.secretRow(),
		{s.T("save.label.file"), path},
	}
	width := 0
	for _, r := range rows {
		width = max(width, lipgloss.Width(r[0]))
	}
	lines := make([]string, len(rows))
	for i, r := range rows {
		label := s.Styles.Subtle.Render(r[0] + ":" + strings.Repeat(" ", width-lipgloss.Width(r[0])+1))
		lines[i] = hangWrap(label, r[1], guide.Width(s.Width))
	}
	return strings.Join(lines, "\n")
}

// secretRow is the secret being saved, never shown: the app password
// masked, or the Google sign-in by its client.
func (v *SaveStep) secretRow() [2]string {
	s := v.s
	if s.Answers.OAuth() {
		return [2]string{s.T("oauthui.save.signin"), s.T("oauthui.save.signinValue", guide.Clip(s.Answers.Client().ID, 80))}
	}
	return [2]string{s.T("save.label.password"), maskedAppPassword}
}

// View draws the current state.
func (v *SaveStep) View() string {
	s := v.s
	st := s.Styles
	switch v.state {
	case saveReview:
		if s.Answers.Tested() {
			return s.paragraphs(v.summary(), st.OK.Render("✓ "+s.T("save.tested")), st.Emphasis.Render(s.T("save.pressEnter")))
		}
		return s.paragraphs(v.summary(), st.Warn.Render(s.T("save.untested"))) + "\n\n" + v.menu.View(s)
	case saveSaving:
		return s.paragraphs(v.summary(), v.spin.View()+" "+s.T("save.saving"))
	case saveConsent:
		return s.paragraphs(st.Warn.Render(s.T(guide.ConsentKey(&s.Answers, guide.NoKeyring(v.err)), s.ShowPath(v.storePath())))) + "\n\n" + v.menu.View(s)
	case saveDeclined:
		return s.paragraphs(s.T(guide.ConsentKey(&s.Answers, "save.declined")), st.Emphasis.Render(s.T("save.pressQuit")))
	case saveFailed:
		return s.paragraphs(st.Error.Render(s.T("save.failed", guide.Clip(v.err.Error(), guide.MaxError))), s.T("save.failedNote")) +
			"\n\n" + v.menu.View(s)
	case saveVerifying:
		return s.paragraphs(st.OK.Render("✓ "+s.T("save.savedIn", s.ShowPath(v.where.ConfigPath))), v.spin.View()+" "+s.T("save.verifying"))
	case saveVerifyFailed:
		var why string
		if v.readErr != nil {
			why = st.Error.Render(s.Say(guide.ReadBackFailed(v.readErr, s.Answers.Email())))
		} else {
			why = st.Error.Render(s.T("save.verifyFailed")) + "\n\n" + s.diagnosis(v.err)
		}
		return s.paragraphs(s.T("save.savedIn", s.ShowPath(v.where.ConfigPath)), why) + "\n\n" + v.menu.View(s)
	case saveReady:
		return v.readyView()
	}
	return ""
}

// readyView is the end: where things are and what to type in a program.
func (v *SaveStep) readyView() string {
	s := v.s
	secret := s.T(guide.SecretWhere(&s.Answers, v.where.Keyring))
	return s.paragraphs(s.Styles.OK.Render("✓ "+s.T("save.ready")),
		s.T("save.savedIn", s.ShowPath(v.where.ConfigPath))+" "+secret,
		v.settingsView(),
		v.copiedNotice(),
		v.noBackNotice(),
		v.revokeReminder(),
		v.invoicingOffer())
}

// noBackNotice answers esc on Ready: saved is saved; rotate or forget
// change it later.
func (v *SaveStep) noBackNotice() string {
	if !v.noBack {
		return ""
	}
	return v.s.Styles.Warn.Render(v.s.T("newcomer.ready.noBack"))
}

// howPassword is what a program types as its password: the app password,
// or for a Google sign-in the command that gives it an access token.
func (v *SaveStep) howPassword() string {
	s := v.s
	if !s.Answers.OAuth() {
		return s.T("save.how.password")
	}
	return s.T("oauthui.save.how.password", s.Answers.Email())
}

// revokeReminder asks, after a rotation, to revoke the old app password on
// Google's page, naming it as the page lists it. Until then it still works
// for anyone who has it.
func (v *SaveStep) revokeReminder() string {
	s, prev := v.s, v.s.Answers.Replaces()
	if note := guide.EndNote(&s.Answers, s.Deps.Now()); !note.IsZero() {
		return s.Styles.Warn.Render(s.Say(note))
	}
	if prev == nil || prev.IsOAuth() {
		return ""
	}
	return v.rotationReminder()
}

// Keys depend on the state.
func (v *SaveStep) Keys() []key.Binding {
	switch v.state {
	case saveReview:
		if v.s.Answers.Tested() {
			return []key.Binding{v.keys.Save}
		}
		return v.menu.Keys()
	case saveConsent, saveFailed, saveVerifyFailed:
		return v.menu.Keys()
	case saveVerifying:
		return []key.Binding{v.keys.Cancel}
	case saveReady:
		offer := invoicingOfferKey(v.s)
		if v.s.Answers.OAuth() {
			return []key.Binding{v.keys.Finish, offer, v.keys.ready.Line}
		}
		return []key.Binding{v.keys.Finish, offer, v.keys.ready.Password, v.keys.ready.Line}
	case saveDeclined:
		return []key.Binding{v.keys.Finish}
	}
	return nil
}

// CapturesText is false: there is no field here.
func (v *SaveStep) CapturesText() bool { return false }

// CapturesEsc is true while saving (a half-done save must not be left),
// while checking (esc stops the check), and on Ready: going back to "press
// enter to save" would pretend nothing was saved.
func (v *SaveStep) CapturesEsc() bool {
	return v.state == saveSaving || v.state == saveVerifying || v.state == saveReady
}
