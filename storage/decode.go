package storage

import (
	"errors"
	"regexp"
	"strconv"
	"strings"
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

// minLeak is the shortest run of a password line that redact blanks out;
// shorter runs ("a", "=") are everywhere and give nothing away.
const minLeak = 3

// maxMsg caps the parser's message: it can quote a whole oversized token, and
// redact is quadratic in the message's length.
const maxMsg = 160

// redact blanks out of msg every run of minLeak or more bytes that also
// occurs in one of the secret lines. The parser quotes the text it choked
// on ("expected value but found \"hunter\" instead", "999… is out of range")
// and that text may be part of an app password.
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
	hide := make([]bool, len(msg))
	for i := range len(msg) {
		for j := len(msg); j-i >= minLeak; j-- {
			if anyContains(secrets, msg[i:j]) {
				for k := i; k < j; k++ {
					hide[k] = true
				}
				break
			}
		}
	}
	// Emit by rune, hiding a rune if any of its bytes matched, so the result
	// stays valid UTF-8 and no half rune hints at the secret.
	var b strings.Builder
	hiding := false
	for i, r := range msg {
		h := false
		for k := i; k < i+max(utf8.RuneLen(r), 1) && k < len(msg); k++ {
			h = h || hide[k]
		}
		switch {
		case h && !hiding:
			b.WriteString("…")
		case !h:
			b.WriteRune(r)
		}
		hiding = h
	}
	return b.String()
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
