package storage

import (
	"errors"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
)

// decode parses the file. Every failure becomes a *SyntaxError holding only
// a position and a redacted message: toml's own errors embed the whole input.
func decode(path string, data []byte) (cfg Config, keys [][]string, err error) {
	defer func() {
		// A parser bug must not take the wizard down on a hand-edited file,
		// and the panic value may quote the input, so it is not kept.
		if r := recover(); r != nil {
			cfg, keys = Config{}, nil
			err = &SyntaxError{Path: path, Line: 1, Msg: "the TOML parser failed on this file"}
		}
	}()
	md, err := toml.Decode(string(data), &cfg)
	if err != nil {
		return Config{}, nil, syntaxError(path, data, err)
	}
	for _, k := range md.Keys() {
		keys = append(keys, []string(k))
	}
	return cfg, keys, nil
}

// linePrefix matches the location toml puts in front of the message of its
// type errors, which are plain errors without a Position.
var linePrefix = regexp.MustCompile(`^toml: (?:line (\d+) )?(?:\(last key "[^"]*"\))?:? ?`)

func syntaxError(path string, data []byte, err error) *SyntaxError {
	se := &SyntaxError{Path: path}
	var pe toml.ParseError
	if errors.As(err, &pe) {
		se.Line, se.Column, se.Msg = pe.Position.Line, pe.Position.Col, pe.Message
	} else {
		msg := err.Error()
		if m := linePrefix.FindStringSubmatch(msg); m != nil {
			se.Line, _ = strconv.Atoi(m[1])
			msg = msg[len(m[0]):]
		}
		se.Msg = msg
	}
	if se.Line < 1 {
		se.Line = 1
	}
	se.Msg = redact(se.Msg, secretLines(data))
	return se
}

// maxMsg caps the parser's message: it can quote a whole oversized token.
const maxMsg = 160

// quoted matches the text the parser quotes back: "…" (Go %q) or '…'.
var quoted = regexp.MustCompile(`"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'`)

// word matches the rest of the message, a word at a time.
var word = regexp.MustCompile(`[^\s"']+`)

// minWord is the shortest unquoted word redact hides: "a", "is" and "of"
// would match most password lines and hint at nothing.
const minWord = 3

// redact hides the parts of the parser's message that come from a password
// line. The parser quotes the text it choked on (found "hunter" instead,
// invalid escape '\2') and prints numbers bare (98765… is out of range),
// and that text may be part of an app password. Quoted text is hidden when
// it occurs in a secret line; unquoted words of minWord bytes or more too.
// This errs towards hiding, which only shortens a message.
func redact(msg string, secrets []string) string {
	if len(msg) > maxMsg {
		cut := maxMsg
		for cut > 0 && !utf8.RuneStart(msg[cut]) {
			cut--
		}
		msg = msg[:cut] + "…"
	}
	if len(secrets) == 0 {
		return msg
	}
	var b strings.Builder
	last := 0
	for _, m := range quoted.FindAllStringIndex(msg, -1) {
		b.WriteString(redactWords(msg[last:m[0]], secrets))
		q := msg[m[0]:m[1]]
		if inSecret(unquote(q), secrets, 1) {
			q = q[:1] + "…" + q[:1]
		}
		b.WriteString(q)
		last = m[1]
	}
	b.WriteString(redactWords(msg[last:], secrets))
	return b.String()
}

func redactWords(text string, secrets []string) string {
	return word.ReplaceAllStringFunc(text, func(w string) string {
		core := strings.TrimRight(w, ":;,.)]}")
		core = strings.TrimLeft(core, "([{")
		if inSecret(core, secrets, minWord) {
			return strings.Replace(w, core, "…", 1)
		}
		return w
	})
}

// unquote returns what a quoted piece says, undoing Go escapes when it is
// in Go syntax (the parser's %q), else just dropping the quotes.
func unquote(q string) string {
	if s, err := strconv.Unquote(q); err == nil {
		return s
	}
	return q[1 : len(q)-1]
}

// inSecret reports whether every line of text (at least minLen bytes in
// all) occurs in a secret line. Our own key names are not secret, so a
// message about a duplicate "account.password" key keeps saying so.
func inSecret(text string, secrets []string, minLen int) bool {
	if len(text) < minLen || knownKey(text) || !strings.ContainsFunc(text, isAlnum) {
		return false // punctuation ('"""', '=') is TOML's, and tells nothing
	}
	for _, piece := range strings.Split(text, "\n") {
		if piece != "" && !anyContains(secrets, piece) {
			return false
		}
	}
	return true
}

// knownKey reports whether k is a dotted path of our own key names.
func knownKey(k string) bool {
	for _, part := range strings.Split(k, ".") {
		switch part {
		case "default", "account", "email", "name", "host", "port", "secret_store",
			"password", "app_password_label", "app_password_created", "last_verified":
		default:
			return false
		}
	}
	return true
}

func anyContains(haystacks []string, needle string) bool {
	for _, h := range haystacks {
		if strings.Contains(h, needle) {
			return true
		}
	}
	return false
}

// secretLines returns the lines that may hold a password: any line that
// mentions one (key = value, or an inline table), any line whose key uses
// escapes (a quoted "p\u0061ssword" still decodes to the password), and the
// continuation lines of a multi-line string opened on such a line. This errs
// towards hiding too much, which only shortens a message.
func secretLines(data []byte) []string {
	var out []string
	open := "" // the multi-line string delimiter we are inside, if any
	for _, line := range strings.Split(string(data), "\n") {
		if open != "" {
			out = append(out, line)
			if strings.Count(line, open)%2 == 1 {
				open = ""
			}
			continue
		}
		if strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue // the parser never quotes a comment back
		}
		lower := strings.ToLower(line)
		if !strings.Contains(lower, "pass") && !strings.Contains(line, `\u`) && !strings.Contains(line, `\U`) {
			continue
		}
		out = append(out, line)
		for _, d := range []string{`"""`, `'''`} {
			if strings.Count(line, d)%2 == 1 {
				open = d
				break
			}
		}
	}
	return out
}

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
