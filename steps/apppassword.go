package steps

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"gmailsetup/internal/gmail/links"
	"gmailsetup/internal/guide"
)

// AppPasswordStep is the guide's step 8: create an app password on Google's
// page and copy it. A panel explains why the page may be missing.
type AppPasswordStep struct {
	s      *Shared
	page   page
	why    bool // the "no App passwords?" panel is open
	pasted bool // something was pasted here, too early
	keys   appPassKeys
}

type appPassKeys struct {
	Continue, Open, Why, Close, TwoSV, OAuth key.Binding
}

func init() { register(guide.AppPassword, NewAppPassword) }

// NewAppPassword builds the app-password step.
func NewAppPassword(s *Shared) Step {
	return &AppPasswordStep{
		s: s,
		keys: appPassKeys{
			Continue: continueKey(s),
			Open:     openKey(s),
			Why:      helpKey(s, s.T("apppass.key.why")),
			Close:    key.NewBinding(key.WithKeys("esc", "?"), key.WithHelp(s.keyName("esc"), s.T("apppass.key.close"))),
			TwoSV:    key.NewBinding(key.WithKeys("2"), key.WithHelp("2", s.T("apppass.key.twoSV"))),
			OAuth:    key.NewBinding(key.WithKeys("g"), key.WithHelp("g", s.T("oauthui.key.useOAuth"))),
		},
	}
}

// ID is AppPassword.
func (a *AppPasswordStep) ID() guide.ID { return guide.AppPassword }

// Title names the step.

// Enter opens Google's page the first time (and again if the address has
// changed since).
func (a *AppPasswordStep) Enter() tea.Cmd {
	a.pasted = false
	a.s.Tasks().ChooseLabel(&a.s.Answers)
	cmd, _ := a.page.enter(a.s, links.AppPasswords)
	return cmd
}

func (a *AppPasswordStep) url() string { return links.AppPasswords(a.s.Answers.Email()) }

// CurrentURL is the App passwords page, for the wizard's copy and QR keys.
func (a *AppPasswordStep) CurrentURL() string { return a.url() }

// Update handles the keys and the browser's result.
func (a *AppPasswordStep) Update(msg tea.Msg) (Step, tea.Cmd) {
	switch msg := msg.(type) {
	case LinkOpenedMsg:
		a.page.state = a.page.state.next(a.url(), msg)
	case tea.PasteMsg:
		// A paste here is too early: say where it belongs.
		a.pasted = strings.TrimSpace(msg.Content) != ""
	case tea.KeyPressMsg:
		if a.why {
			switch {
			case key.Matches(msg, a.keys.Close):
				a.why = false
			case key.Matches(msg, a.keys.TwoSV):
				a.why = false
				return a, a.s.Go(guide.TurnOnTwoSV)
			case key.Matches(msg, a.keys.OAuth):
				a.why = false
				return a, a.s.Go(guide.UseOAuth)
			}
			return a, nil
		}
		switch {
		case key.Matches(msg, a.keys.Continue):
			return a, a.s.Next()
		case key.Matches(msg, a.keys.Open):
			return a, a.page.open(a.s, a.url())
		case key.Matches(msg, a.keys.Why):
			a.why = true
		}
	}
	return a, nil
}

// View shows the link, the three things to do on Google's page, or the panel.
func (a *AppPasswordStep) View() string {
	s := a.s
	link := s.T("apppass.intro", s.Answers.Email()) + "\n" + s.Link(a.url())
	if st := s.linkStatus(a.page.state); st != "" {
		link += "\n" + st
	}
	if a.why {
		return s.paragraphs(link, a.whyPanel())
	}
	w := guide.Width(s.Width)
	steps := strings.Join([]string{
		hangWrap("1. ", s.T("apppass.step1", s.Styles.Emphasis.Render(s.Answers.Label())), w),
		hangWrap("2. ", s.T("apppass.step2"), w),
		hangWrap("3. ", s.T("apppass.step3"), w),
	}, "\n")
	if p := s.Answers.Replaces(); p != nil {
		steps += "\n" + s.Styles.Subtle.Render(s.wrapped(s.T("lastmile.rotate.name", p.AppPasswordLabel), w, false))
	}
	next := s.Styles.Subtle.Render(s.T("apppass.missingHint"))
	if a.pasted {
		next = s.Styles.Warn.Render(s.T("apppass.pastedEarly"))
	}
	warn := s.Styles.Warn.Render(s.T("apppass.warn"))
	if s.Opts.Demo {
		// In the demo there is no Google page: say what to paste instead.
		warn = s.Styles.Badge.Render(s.T("apppass.demo", s.Opts.DemoPassword))
	}
	return s.paragraphs(link, steps, warn,
		s.Styles.Emphasis.Render(s.T("apppass.then"))+"\n"+next)
}

// whyPanel lists the causes of a missing App passwords page, each with what
// to do, the one likeliest for the address marked.
func (a *AppPasswordStep) whyPanel() string {
	s := a.s
	inner := max(guide.Width(s.Width)-4, 20) // border and padding
	lines := []string{s.Styles.Emphasis.Render(s.T("apppass.why.title"))}
	for _, r := range guide.WhyMissing(s.Answers.Kind(), s.Answers.TwoSV()) {
		if r.Likely {
			lines = append(lines, s.Styles.Warn.Render(hangWrap("• ", s.T(r.Key)+" ("+s.T("newcomer.why.likely")+")", inner)))
			continue
		}
		lines = append(lines, hangWrap("• ", s.T(r.Key), inner))
	}
	lines = append(lines, s.T("apppass.why.help")+"\n"+s.LinkIn(guide.HelpAppPasswords, inner))
	lines = append(lines, s.Styles.Emphasis.Render(hangWrap("→ ", s.T("newcomer.why.useOAuth"), inner)))
	return s.Styles.Panel.Width(inner + 4).Render(strings.Join(lines, "\n"))
}

// Keys are enter, o and ?, or the panel's keys while it is open.
func (a *AppPasswordStep) Keys() []key.Binding {
	if a.why {
		return []key.Binding{a.keys.TwoSV, a.keys.OAuth, a.keys.Close}
	}
	return []key.Binding{a.keys.Continue, a.keys.Open, a.keys.Why}
}

// CapturesText is false: there is no field here.
func (a *AppPasswordStep) CapturesText() bool { return false }

// CapturesEsc is true while the panel is open, so esc closes it.
func (a *AppPasswordStep) CapturesEsc() bool { return a.why }

// hangWrap wraps text after prefix (a number, a bullet) so that the lines
// after the first start under the text, not under the prefix.
func hangWrap(prefix, text string, width int) string {
	pw := lipgloss.Width(prefix)
	body := softWrap(text, max(width-pw, 10))
	return prefix + strings.ReplaceAll(body, "\n", "\n"+strings.Repeat(" ", pw))
}
