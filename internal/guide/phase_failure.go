// Package explain turns what the mailer reports into catalog keys: the
// phase a send is in, and what a failure means and what to try. The wizard,
// the plain-prompt mode and the commands all say these things the same way.
package guide

import (
	"gmailsetup/internal/i18n"
	"gmailsetup/mailer"
)

// Phase is the catalog key naming what a send is doing.
func Phase(p mailer.Phase) i18n.Key {
	switch p {
	case mailer.PhaseSecuring:
		return "test.phase.securing"
	case mailer.PhaseSigningIn:
		return "test.phase.signingIn"
	case mailer.PhaseSending:
		return "test.phase.sending"
	case mailer.PhaseConfirming:
		return "test.phase.confirming"
	}
	return "test.phase.connecting"
}

// Failure is the pair of catalog keys that explain a failure of kind k: what
// happened and what to try (diag.<kind>.what and diag.<kind>.todo). A kind
// without texts is explained as unknown rather than shown as a raw key.
func Failure(k mailer.Kind) (what, todo i18n.Key) {
	name := k.String()
	if !i18n.Has(i18n.Key("diag." + name + ".what")) {
		name = mailer.KindUnknown.String()
	}
	return i18n.Key("diag." + name + ".what"), i18n.Key("diag." + name + ".todo")
}
