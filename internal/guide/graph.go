package guide

import "gmailsetup/internal/gmail"

// Event is what happened at a step that moves the guide: the step is done,
// or the person chose one of the jumps the guide offers.
type Event int

// The events. Each step offers only some; Next says where each one leads.
const (
	Done           Event = iota // the step is finished: on to the next
	TurnOnTwoSV                 // no App passwords page: check 2-Step Verification again
	PasteAgain                  // the test or the check failed: paste the password again
	NewAppPassword              // the test failed: create a new one
	BackToTest                  // saving an untested setup: test it first
	Rotate                      // the saved setup: a new app password for it
	Add                         // the saved setup: add another account
	Replace                     // the saved setup: set it up again from the address
	ReplaceBroken               // the file does not load: set up a new one over it
	StartNew                    // nothing saved after all: a new setup, no way back
	UseOAuth                    // no app passwords: sign in with Google instead
	SignInAgain                 // a Google sign-in failed its test or check: sign in again
	OtherClient                 // the sign-in failed for the client: give another one
	RotateSignIn                // the saved Google sign-in: sign in again (Rotate on it)
	UseInInvoicing              // Ready: on to the invoicing software (step 9)
	Quit                        // the person leaves
)

// Move is where an event leads: To, and whether the way back is forgotten
// (esc cannot lead to a screen that no longer applies), or the end.
type Move struct {
	To     ID
	Forget bool
	End    bool
}

// jumps are every move other than Done, by step and event. It is the
// whole map of the guide's jumps: CONTRIBUTING's diagram is checked
// against it.
var jumps = map[ID]map[Event]Move{
	AppPassword: {TurnOnTwoSV: {To: TwoSVStatus}, UseOAuth: {To: OAuthConsole}},
	TestSend: {PasteAgain: {To: Paste}, NewAppPassword: {To: AppPassword},
		UseOAuth: {To: OAuthConsole}, SignInAgain: {To: OAuthSignIn}},
	Save: {BackToTest: {To: TestSend}, PasteAgain: {To: Paste}, SignInAgain: {To: OAuthSignIn},
		UseInInvoicing: {To: Invoicing}},
	Invoicing:   {NewAppPassword: {To: AppPassword}},
	OAuthSignIn: {OtherClient: {To: OAuthClient}},
	Summary: {
		Rotate:        {To: AppPassword},
		RotateSignIn:  {To: OAuthSignIn},
		Add:           {To: Account},
		Replace:       {To: Account},
		ReplaceBroken: {To: Account},
		StartNew:      {To: Account, Forget: true},
	},
}

// Next is where event at step from leads, given the answers so far. It is
// the one place that knows the order: "2-Step Verification already on:
// skip to the app password" lives here. ok is false for an event the step
// does not offer.
func Next(from ID, ev Event, a *Answers) (m Move, ok bool) {
	switch ev {
	case Quit:
		return Move{To: from, End: true}, true
	case Rotate, PasteAgain:
		// A Google sign-in has no app password to paste or rotate: the
		// same choices sign in again.
		if a.OAuth() {
			ev = map[Event]Event{Rotate: RotateSignIn, PasteAgain: SignInAgain}[ev]
		}
	case Done:
		switch from {
		case TwoSVStatus:
			if a.TwoSV() == TwoSVOn {
				return Move{To: AppPassword}, true
			}
			return Move{To: TwoSVEnable}, true
		case Save, Summary, Invoicing:
			return Move{To: from, End: true}, true
		case OAuthSignIn:
			return Move{To: TestSend}, true
		}
		return Move{To: from + 1}, true
	}
	m, ok = jumps[from][ev]
	return m, ok
}

// Start is the step a run opens on: the saved setup's summary when there
// may be one (or to rotate), the address otherwise.
func Start(rotate, nothingSaved bool) ID {
	if nothingSaved && !rotate {
		return Account
	}
	return Summary
}

// Edge is one arrow of the step diagram.
type Edge struct {
	From, To ID
	Event    Event
}

// Edges lists every arrow of the graph, for the diagram and its test.
func Edges() []Edge {
	var out []Edge
	for id := Account; id <= Last; id++ {
		a := Answers{twoSV: TwoSVOn}
		if m, _ := Next(id, Done, &a); !m.End {
			out = append(out, Edge{id, m.To, Done})
		}
		if id == TwoSVStatus {
			a.twoSV = TwoSVOff
			m, _ := Next(id, Done, &a)
			out = append(out, Edge{id, m.To, Done})
		}
		for ev := TurnOnTwoSV; ev < Quit; ev++ {
			if m, ok := jumps[id][ev]; ok {
				out = append(out, Edge{id, m.To, ev})
			}
		}
	}
	return out
}

// KindOfSaved is the kind of a saved address. A saved setup signed in, so
// its domain is Google's either way: gmail.IsPersonalDomain decides, the
// rule a typed address follows.
func KindOfSaved(email string) AccountKind {
	if gmail.IsPersonalDomain(gmail.Domain(email)) {
		return KindPersonal
	}
	return KindWorkspace
}
