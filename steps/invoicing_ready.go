package steps

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"gmailsetup/internal/gmail/links"
	"gmailsetup/internal/guide"
)

// Ready offers the guide's step 9 with f; enter still finishes, so a
// person with no invoicing software ends with one key as before.

func invoicingOfferKey(s *Shared) key.Binding {
	return key.NewBinding(key.WithKeys("f"), key.WithHelp("f", s.T("invoicing.key.offer")))
}

// invoicingKey answers f on the Ready screen.
func (v *SaveStep) invoicingKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	if !guide.InvoicingOffered(&v.s.Answers) || !key.Matches(msg, invoicingOfferKey(v.s)) {
		return nil, false
	}
	return v.s.Go(guide.UseInInvoicing), true
}

// invoicingOffer is the last line of Ready: f for step 9, or enter to
// finish.
func (v *SaveStep) invoicingOffer() string {
	s := v.s
	if !guide.InvoicingOffered(&s.Answers) {
		return s.Styles.Emphasis.Render(s.T("save.pressQuit"))
	}
	return s.Styles.Emphasis.Render(s.T("invoicing.ready.offer"))
}

// rotationReminder is the rotation's word on the old app password, in
// the right order (guide.RevokeOld), with Google's page.
func (v *SaveStep) rotationReminder() string {
	s := v.s
	m := guide.RevokeOld(&s.Answers)
	if m.IsZero() {
		return ""
	}
	return s.Styles.Warn.Render(s.Say(m)) + "\n" + s.Link(links.AppPasswords(s.Answers.Replaces().Email))
}
