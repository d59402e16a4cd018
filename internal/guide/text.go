package guide

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"gmailsetup/internal/i18n"
	"gmailsetup/internal/safetext"
	"gmailsetup/internal/storage"
	"gmailsetup/mailer"
)

// Date is a calendar day as an argument of a Message, written the way the
// message's language writes dates (04/03/2025, 2025-03-04).
type Date time.Time

// Text is the day in cat's language, in local time.
func (d Date) Text(cat i18n.Catalog) string { return cat.Date(time.Time(d).Local()) }

// DateTime is a day and a time of day as an argument of a Message.
type DateTime time.Time

// Text is the day and time in cat's language, in local time.
func (d DateTime) Text(cat i18n.Catalog) string { return cat.DateTime(time.Time(d).Local()) }

// Clip cleans s for a terminal and shortens it to at most n runes, marking
// the cut. Cleaning first means a cut never leaves half an escape sequence.
func Clip(s string, n int) string {
	r := []rune(strings.TrimSpace(safetext.Clean(s)))
	if len(r) <= n {
		return string(r)
	}
	return string(r[:n-1]) + "…"
}

// Width is the width to lay text out in: w, or 80 when the terminal has
// not said (0) or said nonsense.
func Width(w int) int {
	if w <= 0 {
		return 80
	}
	return w
}

// MaxDetail bounds the server reply or error text shown under a diagnosis:
// enough to quote Gmail's first line, never a screenful.
const MaxDetail = 160

// MaxError bounds a storage error quoted in full.
const MaxError = 300

// Diagnosis explains a failed send or sign-in: what happened, what to try,
// and Gmail's own reply (or the error's text when there was none), so
// whoever helps can see what the server said. detail is zero for a send
// the person stopped.
func Diagnosis(err error) (what, todo, detail Message) { return DiagnosisUpTo(err, MaxDetail) }

// MaxReply bounds a server reply quoted where there is no width to keep
// (plain mode prints lines, and a screen reader reads them whole): the
// whole of any real reply, but not a hostile server's endless one.
const MaxReply = 2000

// DiagnosisUpTo is Diagnosis with the reply or error text shortened to max
// runes: a screen clips at MaxDetail, plain mode quotes up to MaxReply.
func DiagnosisUpTo(err error, max int) (what, todo, detail Message) {
	if errors.Is(err, ErrSamePassword) {
		return Msg("lastmile.same.what"), Msg("lastmile.same.todo"), Message{}
	}
	if w, t, ok := GoogleProblem(err); ok {
		// Google refused a token: its own words say more than "sign-in failed".
		return w, t, Message{}
	}
	w, t := TestMailFailure(mailer.KindOf(err))
	var lost *mailer.Error
	if errors.As(err, &lost) && lost.Kind == mailer.KindMaybeSent && lost.Searched {
		return Msg(w), Msg(t), Msg("maybesent.test.notFound")
	}
	return Msg(w), Msg(t), DetailUpTo(err, max)
}

// Detail is Gmail's own reply to a failed send or sign-in, or the error's
// text when there was none, cleaned and cut at MaxDetail; zero for no
// error or a send the person stopped.
func Detail(err error) Message { return DetailUpTo(err, MaxDetail) }

// DetailUpTo is Detail cut at max runes instead (plain mode: MaxReply).
func DetailUpTo(err error, max int) Message {
	if err == nil || mailer.KindOf(err) == mailer.KindCanceled {
		return Message{}
	}
	var me *mailer.Error
	if errors.As(err, &me) && (me.Code != 0 || me.Reply != "") {
		line := strings.Join(strings.Fields(fmt.Sprintf("%d %s %s", me.Code, me.Enhanced, me.Reply)), " ")
		if me.Code == 0 {
			line = me.Reply
		}
		return Msg("diag.reply", Clip(line, max))
	}
	return Msg("diag.detail", Clip(err.Error(), max))
}

// TestMailFailure is Failure for the wizard's test mail: the same, but
// for a mail that may have gone although Gmail's answer was lost, where a
// second test mail harms no one and the words are gentler.
func TestMailFailure(k mailer.Kind) (what, todo i18n.Key) {
	if k == mailer.KindMaybeSent {
		return "maybesent.test.what", "maybesent.test.todo"
	}
	return Failure(k)
}

// TestFailedHeadline is the line above a failed test mail's diagnosis:
// "not sent", unless the mail went out and only Gmail's answer was lost.
func TestFailedHeadline(err error) i18n.Key {
	if mailer.KindOf(err) == mailer.KindMaybeSent {
		return "maybesent.test.headline"
	}
	return "test.failed"
}

// StorageProblem explains a failure to read or write the saved setup, with
// the exact fix where there is one, always in the person's language.
func StorageProblem(err error) Message {
	if err == nil {
		return Message{}
	}
	if key, args, ok := Storage(err); ok {
		return Msg(key, args...)
	}
	key, args := storageMore(err)
	return Msg(key, args...)
}

// ReadBackFailed says the setup just saved did not read back, and why:
// the account missing from the file, by name, or the storage failure
// worded as StorageProblem words it.
func ReadBackFailed(err error, email string) Message {
	if errors.Is(err, ErrNotInFile) {
		return Msg("save.readBackFailed", Msg("save.notInFile", email))
	}
	if key, args, ok := Storage(err); ok {
		return Msg("save.readBackFailed", Msg(key, args...))
	}
	key, args := storageMore(err)
	return Msg("save.readBackFailed", Msg(key, args...))
}

// PasswordName is how Google's App passwords page lists a saved password:
// its label and the day it was created.
func PasswordName(a storage.Account) Message {
	label := a.AppPasswordLabel
	if label == "" {
		label = "?"
	}
	if a.AppPasswordCreated.IsZero() {
		return Msg("guide.quoted", label)
	}
	return Msg("summary.labelDate", label, Date(a.AppPasswordCreated))
}

// SavedDetails are the lines describing a saved account, without its
// secret: address, server, where the secret is, the app password's name,
// when it last signed in.
func SavedDetails(a storage.Account) []Message {
	secret := Msg("summary.secretKeyring")
	if a.SecretStore == storage.SecretInFile {
		secret = Msg("summary.secretFile")
	}
	verified := Msg("summary.never")
	if !a.LastVerified.IsZero() {
		verified = Msg("guide.verbatim", DateTime(a.LastVerified))
	}
	how := Msg("summary.label", PasswordName(a))
	if a.IsOAuth() {
		how = Msg("oauthui.summary.signin", Clip(a.ClientID, 80))
	}
	out := []Message{
		Msg("summary.address", a.Email),
		Msg("summary.server", fmt.Sprintf("%s:%d", a.Host, a.Port)),
		Msg("summary.secret", secret),
		how,
		Msg("summary.verified", verified),
	}
	if when, ok := a.SignInExpires(); ok {
		out = append(out, Msg("oauthui.summary.expires", when.Local().Format("2006-01-02")))
	}
	return out
}

// KindText names the kind of account in the summary before saving.
func KindText(k AccountKind) Message {
	switch k {
	case KindPersonal:
		return Msg("save.kind.personal")
	case KindWorkspace:
		return Msg("save.kind.workspace")
	}
	return Msg("save.kind.other")
}

// SendPhase names what a send of the person's own mail is doing (the send
// command): explain's phases, with the mail not called a test. That
// command confirms nothing, but for one case: Gmail's answer to the whole
// mail was lost, and it looks for the mail in Sent.
func SendPhase(p mailer.Phase) i18n.Key {
	if p == mailer.PhaseConfirming {
		return "maybesent.send.looking"
	}
	return i18n.Key("send." + strings.TrimPrefix(string(Phase(p)), "test."))
}
