package steps

import (
	"errors"
	"fmt"
	"gmailsetup/explain"
	"strings"

	"gmailsetup/i18n"
	"gmailsetup/mailer"
	"gmailsetup/safetext"
)

// maxDetail bounds the server reply or error text shown under a diagnosis:
// enough to quote Gmail's first line, never a screenful.
const maxDetail = 160

// DiagnosisKeys are the catalog keys that explain a failure of kind k.
func DiagnosisKeys(k mailer.Kind) (what, todo i18n.Key) { return explain.Failure(k) }

// diagnosis renders err for a person: what happened, what to try, and, in
// small print, Gmail's own reply (or the error's text when there was no
// reply), so whoever helps them can see exactly what the server said.
func (s *Shared) diagnosis(err error) string {
	kind := mailer.KindOf(err)
	what, todo := DiagnosisKeys(kind)
	blocks := []string{
		s.Styles.Emphasis.Render(s.T("diag.whatLabel")+": ") + s.T(what),
		s.Styles.Emphasis.Render(s.T("diag.todoLabel")+": ") + s.T(todo),
	}
	if d := s.diagnosisDetail(err); d != "" {
		blocks = append(blocks, s.Styles.Subtle.Render(d))
	}
	return s.paragraphs(blocks...)
}

// diagnosisDetail is the reply line under a diagnosis. The mailer already
// sanitised Reply; cleaning it again costs little and keeps a careless
// Sender from writing escape sequences to the terminal.
func (s *Shared) diagnosisDetail(err error) string {
	if err == nil || mailer.KindOf(err) == mailer.KindCanceled {
		return ""
	}
	var me *mailer.Error
	if errors.As(err, &me) && (me.Code != 0 || me.Reply != "") {
		line := strings.TrimSpace(strings.Join(strings.Fields(fmt.Sprintf("%d %s %s", me.Code, me.Enhanced, me.Reply)), " "))
		if me.Code == 0 {
			line = me.Reply
		}
		return s.T("diag.reply", clipText(safetext.Clean(line), maxDetail))
	}
	return s.T("diag.detail", clipText(safetext.Clean(err.Error()), maxDetail))
}

// clipText shortens s to at most n runes, marking the cut.
func clipText(s string, n int) string {
	r := []rune(strings.TrimSpace(s))
	if len(r) <= n {
		return string(r)
	}
	return string(r[:n-1]) + "…"
}
