package accessible

import (
	"unicode/utf8"

	"gmailsetup/gmail"
)

// pasteCharLimit is the longest paste taken as a try at an app password,
// the wizard's limit: anything longer is another text copied by mistake.
const pasteCharLimit = 256

// paste is step 6: the app password, read without echo and checked with
// the wizard's messages. It is never printed.
func (s *session) paste() (step, error) {
	s.header(6, "paste.title")
	s.out.line(s.t("paste.intro"))
	for {
		s.out.line(s.t("acc.paste.prompt"))
		raw, echoOff, err := s.in.secret()
		if echoOff {
			s.out.blank() // the person's enter was not echoed either
		}
		if err != nil {
			return 0, err
		}
		if utf8.RuneCountInString(raw) > pasteCharLimit {
			s.out.line(s.t("paste.err.tooLong", pasteCharLimit))
			continue
		}
		pw, problem := gmail.NormalizeAppPassword(raw)
		if msg := s.pasteProblem(pw, problem); msg != "" {
			s.out.line(msg)
			continue
		}
		s.password = pw
		s.out.line(s.t("paste.ok", s.letters(len(pw))))
		return stepTest, nil
	}
}

// pasteProblem is the wizard's message for problem, "" when there is none.
func (s *session) pasteProblem(pw string, problem gmail.AppPasswordProblem) string {
	n := len(pw) // only ASCII letters are kept
	switch problem {
	case gmail.AppPasswordEmpty:
		return s.t("paste.err.empty")
	case gmail.AppPasswordTooFew:
		if missing := gmail.AppPasswordLen - n; missing > 1 {
			return s.t("paste.err.missing.other", s.letters(n), missing)
		}
		return s.t("paste.err.missing.one", s.letters(n))
	case gmail.AppPasswordTooMany:
		return s.t("paste.err.tooMany", s.letters(n))
	case gmail.AppPasswordNotLetters:
		return s.t("paste.err.notLetters")
	}
	return ""
}

// letters is "1 letter" or "15 letters".
func (s *session) letters(n int) string {
	if n == 1 {
		return s.t("paste.letters.one")
	}
	return s.t("paste.letters.other", n)
}
