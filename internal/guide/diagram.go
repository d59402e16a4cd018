package guide

import (
	"fmt"
	"strings"
)

// eventLabels name the arrows of the diagram.
var eventLabels = map[Event]string{
	TurnOnTwoSV:    "no App passwords",
	PasteAgain:     "paste again",
	NewAppPassword: "new password",
	BackToTest:     "untested: test first",
	Rotate:         "rotate",
	Add:            "add",
	Replace:        "replace",
	ReplaceBroken:  "replace broken file",
	StartNew:       "nothing saved",
	UseOAuth:       "Google sign-in instead",
	SignInAgain:    "sign in again",
	OtherClient:    "another client",
	RotateSignIn:   "rotate a Google sign-in",
}

// Diagram is the step graph as a Mermaid flowchart, drawn from Edges:
// CONTRIBUTING.md shows it, and a test keeps the two the same.
func Diagram() string {
	var b strings.Builder
	b.WriteString("flowchart TD\n")
	node := func(id ID) string {
		if id.Numbered() {
			return fmt.Sprintf("%s[%d %s]", id, id.Number(), id)
		}
		return fmt.Sprintf("%s([%s])", id, id)
	}
	for _, e := range Edges() {
		label := eventLabels[e.Event]
		if e.From == TwoSVStatus && e.Event == Done {
			label = map[ID]string{AppPassword: "on", TwoSVEnable: "off"}[e.To]
		}
		if label != "" {
			label = "|" + label + "|"
		}
		fmt.Fprintf(&b, "  %s -->%s %s\n", node(e.From), label, node(e.To))
	}
	return b.String()
}
