package cli

import (
	"strings"
)

// gitEntry is one setting of a git config file: section and key
// lower-cased (git compares them so), subsection as written, value
// unquoted.
type gitEntry struct {
	section, sub, key, value string
}

// gitEntries reads the settings of a git config file as git does, well
// enough to find sections and keys: [section], [section "sub"] (with \" and
// \\ escapes) and the old [section.sub]; # and ; comments; values in double
// quotes with git's escapes; a backslash at the end of a line continuing
// the value. Included files are not followed. A line git would refuse is
// skipped: git itself will say what is wrong with it.
func gitEntries(text []byte) []gitEntry {
	var out []gitEntry
	section, sub := "", ""
	lines := strings.Split(string(text), "\n")
	for i := 0; i < len(lines); i++ {
		line := strings.TrimLeft(strings.TrimSuffix(lines[i], "\r"), " \t")
		if strings.HasPrefix(line, "[") {
			var rest string
			var ok bool
			section, sub, rest, ok = gitSectionHeader(line)
			if !ok {
				section, sub = "", ""
				continue
			}
			line = strings.TrimLeft(rest, " \t")
		}
		if line == "" || line[0] == '#' || line[0] == ';' || section == "" {
			continue
		}
		key, rest := line, ""
		if j := strings.IndexAny(line, "= \t#;"); j >= 0 {
			key, rest = line[:j], strings.TrimLeft(line[j:], " \t")
		}
		if !strings.HasPrefix(rest, "=") {
			// "key" alone is true; anything else is not a setting.
			if rest == "" || rest[0] == '#' || rest[0] == ';' {
				out = append(out, gitEntry{section, sub, strings.ToLower(key), "true"})
			}
			continue
		}
		value, more := gitValueText(rest[1:])
		for more && i+1 < len(lines) {
			i++
			var v string
			v, more = gitValueText(strings.TrimSuffix(lines[i], "\r"))
			value += v
		}
		out = append(out, gitEntry{section, sub, strings.ToLower(key), value})
	}
	return out
}

// gitSectionHeader reads "[section]", `[section "sub"]` or "[section.sub]"
// at the start of line and returns what follows the closing bracket.
func gitSectionHeader(line string) (section, sub, rest string, ok bool) {
	s := line[1:]
	if q := strings.IndexByte(s, '"'); q >= 0 && (strings.IndexByte(s, ']') < 0 || q < strings.IndexByte(s, ']')) {
		section = strings.TrimSpace(s[:q])
		var b strings.Builder
		for i := q + 1; i < len(s); i++ {
			switch c := s[i]; {
			case c == '\\' && i+1 < len(s):
				i++
				b.WriteByte(s[i])
			case c == '"':
				if i+1 < len(s) && s[i+1] == ']' {
					return strings.ToLower(section), b.String(), s[i+2:], section != ""
				}
				return "", "", "", false
			default:
				b.WriteByte(c)
			}
		}
		return "", "", "", false
	}
	end := strings.IndexByte(s, ']')
	if end < 0 {
		return "", "", "", false
	}
	name := strings.ToLower(strings.TrimSpace(s[:end]))
	section, sub, _ = strings.Cut(name, ".")
	return section, sub, s[end+1:], section != ""
}

// gitValueText unquotes a value as git reads it, up to a comment or the end
// of the line. more is true when the line ends in a backslash, which
// continues the value on the next line.
func gitValueText(s string) (value string, more bool) {
	var b strings.Builder
	quoted := false
	pending := "" // blanks kept only if more text follows them
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\':
			if i+1 == len(s) {
				b.WriteString(pending)
				return b.String(), true
			}
			i++
			b.WriteString(pending)
			pending = ""
			switch s[i] {
			case 'n':
				b.WriteByte('\n')
			case 't':
				b.WriteByte('\t')
			case 'b':
				b.WriteByte('\b')
			default:
				b.WriteByte(s[i])
			}
		case c == '"':
			b.WriteString(pending)
			pending = ""
			quoted = !quoted
		case !quoted && (c == '#' || c == ';'):
			return b.String(), false
		case !quoted && (c == ' ' || c == '\t'):
			if b.Len() > 0 {
				pending += string(c)
			}
		default:
			b.WriteString(pending)
			pending = ""
			b.WriteByte(c)
		}
	}
	return b.String(), false
}
