package storage

import (
	"errors"
	"regexp"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"
)

// decode parses the file. Every failure becomes a *SyntaxError holding only
// a position, the key when it is safe to name, and a kind of problem in our
// own words: the parser's messages quote the input ("expected value but
// found \"hunter2\" instead"), and any value may be a secret, so none of
// their text is kept.
func decode(path string, data []byte) (cfg Config, keys [][]string, err error) {
	defer func() {
		// A parser bug must not take the wizard down on a hand-edited file,
		// and the panic value may quote the input, so it is not kept.
		if r := recover(); r != nil {
			cfg, keys = Config{}, nil
			err = &SyntaxError{Path: path, Line: 1, Kind: SyntaxOther, Msg: SyntaxOther.String()}
		}
	}()
	md, err := toml.Decode(string(data), &cfg)
	if err != nil {
		return Config{}, nil, syntaxError(path, data, err)
	}
	for _, k := range md.Keys() {
		keys = append(keys, []string(k))
	}
	if err := keyCase(path, data, keys); err != nil {
		return Config{}, nil, err
	}
	return cfg, keys, nil
}

// keyCase refuses one of our keys written in other capitals. The decoder
// matches keys to fields ignoring case, so "Email" would count as email;
// but a file with both "account" and "aCCount" tables then loads as one or
// the other at random (Go's map order). Refusing the spelling, with its
// line, makes every load of a file give the same answer.
func keyCase(path string, data []byte, keys [][]string) error {
	for _, k := range keys {
		for _, part := range k {
			if knownKey(part) || !knownKey(strings.ToLower(part)) {
				continue
			}
			line := lineOfKey(data, part)
			return &SyntaxError{Path: path, Line: line, Kind: SyntaxKeyCase, Msg: SyntaxKeyCase.String(), Key: part}
		}
	}
	return nil
}

// lineOfKey is the first line that names key as a key or a table, or 1.
func lineOfKey(data []byte, key string) int {
	for i, l := range strings.Split(string(data), "\n") {
		l = strings.TrimLeft(l, " \t[")
		if strings.HasPrefix(l, key) {
			rest := strings.TrimLeft(l[len(key):], " \t")
			if strings.HasPrefix(rest, "=") || strings.HasPrefix(rest, "]") || strings.HasPrefix(rest, ".") {
				return i + 1
			}
		}
	}
	return 1
}

// linePrefix matches the location toml puts in front of the message of its
// type errors, which are plain errors without a Position.
var linePrefix = regexp.MustCompile(`^toml: (?:line (\d+) )?(?:\(last key "([^"]*)"\))?:? ?`)

func syntaxError(path string, data []byte, err error) *SyntaxError {
	se := &SyntaxError{Path: path}
	var pe toml.ParseError
	msg := err.Error()
	typeKey := ""
	if errors.As(err, &pe) {
		se.Line, se.Column, msg = pe.Position.Line, pe.Position.Col, pe.Message
	} else if m := linePrefix.FindStringSubmatch(msg); m != nil {
		se.Line, _ = strconv.Atoi(m[1])
		typeKey = m[2]
		msg = msg[len(m[0]):]
	}
	lines := strings.Count(string(data), "\n") + 1
	if se.Line < 1 || se.Line > lines {
		se.Line, se.Column = 1, 0
	}
	se.Kind = syntaxKind(msg)
	se.Msg = se.Kind.String()
	se.Key = keyOnLine(data, se.Line)
	if se.Key == "" && se.Kind == SyntaxWrongType {
		// A type error is about one of our own fields, named by the decoder.
		if parts := strings.Split(typeKey, "."); knownKey(parts[len(parts)-1]) {
			se.Key = parts[len(parts)-1]
		}
	}
	return se
}

// syntaxKind sorts the parser's message into the few problems we explain.
func syntaxKind(msg string) SyntaxKind {
	has := func(parts ...string) bool {
		for _, p := range parts {
			if strings.Contains(msg, p) {
				return true
			}
		}
		return false
	}
	switch {
	case has("control characters", "UTF-8", "NULL bytes"):
		return SyntaxBadText
	case has("incompatible types", "cannot decode", "cannot load", "type mismatch"):
		return SyntaxWrongType
	case has("already been defined", "already created", "duplicate"):
		return SyntaxDuplicate
	case has("escape", "hexadecimal digits after"):
		return SyntaxEscape
	case has("EOF"):
		return SyntaxNotClosed
	case has("datetime"):
		return SyntaxDate
	case has("out of range", "out of the safe"):
		return SyntaxRange
	case has("expected value", "float", "number", "digit", "sign"):
		return SyntaxBadValue
	case has("key", "table", "'='", "'.'"):
		return SyntaxBadKey
	}
	return SyntaxOther
}

// keyOnLine is the key a "key = value" line starts with, when it is a bare
// key (letters, digits, _ and -, dotted): that is a name the person wrote
// on purpose. A quoted key, or a line without "=", is not shown: it may be
// a secret pasted on a line of its own.
func keyOnLine(data []byte, line int) string {
	lines := strings.Split(string(data), "\n")
	if line < 1 || line > len(lines) {
		return ""
	}
	s := strings.TrimLeft(lines[line-1], " \t")
	end := 0
	for end < len(s) && (isBare(s[end]) || s[end] == '.') {
		end++
	}
	key := s[:end]
	if key == "" || end > 64 || !strings.HasPrefix(strings.TrimLeft(s[end:], " \t"), "=") ||
		strings.HasPrefix(key, ".") || strings.HasSuffix(key, ".") || strings.Contains(key, "..") {
		return ""
	}
	return key
}

// knownKey reports whether k is a dotted path of our own key names.
func knownKey(k string) bool {
	for _, part := range strings.Split(k, ".") {
		switch part {
		case "default", "account", "email", "name", "host", "port", "secret_store",
			"password", "app_password_label", "app_password_created", "last_verified",
			"auth", "client_id", "signed_in", "app_published", "refresh_token", "client_secret":
		default:
			return false
		}
	}
	return true
}
