package storage

import "bytes"

// layout is where the keys and values of a setup file are, byte by byte,
// found by a scanner that knows just enough TOML to be sure or to give up.
// It lets an update change one value and leave every other byte as the
// person wrote it (comments, spacing, keys and tables we do not know), and
// lets load errors name the line of the key at fault. The scanner never
// decides what a value means: the TOML decoder does, and every edit is
// checked by decoding the result (see edit.go).
type layout struct {
	data     []byte
	sections []section
	entries  []entry
	// accounts holds, for each [[account]] element in order, the index of
	// its header in sections.
	accounts []int
	// inlineAccounts is set when the root defines accounts as a value
	// (account = [{…}]): those are not edited in place.
	inlineAccounts bool
}

// section is the root (header nil) or one table header and what follows it
// up to the next header.
type section struct {
	header []string
	array  bool // [[…]]
	start  int  // offset of the header line; 0 for the root
	end    int  // offset just after the header line; 0 for the root
	// account is the [[account]] element the section belongs to (its
	// header, or a sub-table such as [account.extra] after it), or -1.
	account int
}

// entry is one key = value line (or lines, for a multi-line value).
type entry struct {
	section   int
	key       []string // decoded parts of a dotted key
	lineStart int      // offset of the start of the key's line
	valStart  int      // offset of the value's first byte
	valEnd    int      // offset just after the value
	lineEnd   int      // offset just after the newline ending the value's last line
	indent    string   // the blanks before the key
}

// parseLayout scans data, or reports false when it meets anything it is
// not sure about (escapes in keys, odd spacing inside headers, an unclosed
// string); callers then do without a layout.
func parseLayout(data []byte) (l *layout, ok bool) {
	defer func() {
		if recover() != nil { // an index slip on odd input: give up, never crash
			l, ok = nil, false
		}
	}()
	sc := &scanner{d: data}
	l = &layout{data: data, sections: []section{{account: -1}}}
	for {
		sc.blanks()
		if sc.eof() {
			return l, true
		}
		lineStart := sc.lineStart()
		switch sc.d[sc.i] {
		case '\n', '\r':
			if !sc.newline() {
				return nil, false
			}
			continue
		case '#':
			sc.comment()
			if !sc.newline() {
				return nil, false
			}
			continue
		case '[':
			s, ok := sc.header()
			if !ok {
				return nil, false
			}
			s.start, s.end = lineStart, sc.i
			s.account = -1
			cur := len(l.accounts) - 1
			switch {
			case s.array && len(s.header) == 1 && s.header[0] == "account":
				s.account = len(l.accounts)
				l.accounts = append(l.accounts, len(l.sections))
			case len(s.header) > 1 && s.header[0] == "account" && cur >= 0:
				s.account = cur
			}
			l.sections = append(l.sections, s)
			continue
		}
		e := entry{section: len(l.sections) - 1, lineStart: lineStart}
		e.indent = string(sc.d[lineStart:sc.i])
		key, ok := sc.key()
		if !ok || !sc.byte('=') {
			return nil, false
		}
		sc.blanks()
		e.valStart = sc.i
		if !sc.value(false) {
			return nil, false
		}
		e.valEnd = sc.i
		if !sc.rest() {
			return nil, false
		}
		e.lineEnd = sc.i
		e.key = key
		if e.section == 0 && key[0] == "account" {
			l.inlineAccounts = true
		}
		l.entries = append(l.entries, e)
	}
}

// field is the entry of key (a plain key, not dotted) directly in the
// account's own table.
func (l *layout) field(acct int, key string) (entry, bool) {
	if acct < 0 || acct >= len(l.accounts) {
		return entry{}, false
	}
	return l.find(l.accounts[acct], key)
}

func (l *layout) find(sec int, key string) (entry, bool) {
	for _, e := range l.entries {
		if e.section == sec && len(e.key) == 1 && e.key[0] == key {
			return e, true
		}
	}
	return entry{}, false
}

// lastEntry is the last entry directly in section sec.
func (l *layout) lastEntry(sec int) (entry, bool) {
	for i := len(l.entries) - 1; i >= 0; i-- {
		if l.entries[i].section == sec {
			return l.entries[i], true
		}
	}
	return entry{}, false
}

// line is the 1-based line of offset off.
func (l *layout) line(off int) int {
	return 1 + bytes.Count(l.data[:min(off, len(l.data))], []byte{'\n'})
}

// accountLine is the line of key in the acct-th account, else of its
// header, else 0 (unknown).
func (l *layout) accountLine(acct int, key string) int {
	if l == nil || acct < 0 || acct >= len(l.accounts) {
		return 0
	}
	if e, ok := l.field(acct, key); ok {
		return l.line(e.lineStart)
	}
	return l.line(l.sections[l.accounts[acct]].start)
}

// scanner walks the bytes; every method leaves i after what it consumed.
type scanner struct {
	d []byte
	i int
}

func (s *scanner) eof() bool { return s.i >= len(s.d) }

func (s *scanner) peek(n int) byte {
	if s.i+n < len(s.d) {
		return s.d[s.i+n]
	}
	return 0
}

// lineStart is the offset where the current line began.
func (s *scanner) lineStart() int {
	return bytes.LastIndexByte(s.d[:s.i], '\n') + 1
}

func (s *scanner) blanks() {
	for !s.eof() && (s.d[s.i] == ' ' || s.d[s.i] == '\t') {
		s.i++
	}
}

func (s *scanner) byte(c byte) bool {
	s.blanks()
	if s.peek(0) != c {
		return false
	}
	s.i++
	return true
}

// newline consumes "\n" or "\r\n", or succeeds at the end of the data.
func (s *scanner) newline() bool {
	switch {
	case s.eof():
		return true
	case s.d[s.i] == '\n':
		s.i++
		return true
	case s.d[s.i] == '\r' && s.peek(1) == '\n':
		s.i += 2
		return true
	}
	return false
}

func (s *scanner) comment() {
	for !s.eof() && s.d[s.i] != '\n' && s.d[s.i] != '\r' {
		s.i++
	}
}

// rest consumes the end of a line: blanks, a comment, the newline.
func (s *scanner) rest() bool {
	s.blanks()
	if s.peek(0) == '#' {
		s.comment()
	}
	return s.newline()
}

// gap consumes blanks, newlines and comments, as allowed inside arrays.
func (s *scanner) gap() bool {
	for {
		s.blanks()
		switch s.peek(0) {
		case '#':
			s.comment()
		case '\n', '\r':
			if !s.newline() {
				return false
			}
		default:
			return true
		}
	}
}

func (s *scanner) header() (section, bool) {
	var sec section
	s.i++ // [
	if s.peek(0) == '[' {
		sec.array = true
		s.i++
	}
	key, ok := s.key()
	if !ok || !s.byte(']') || (sec.array && s.peek(0) != ']') {
		return sec, false
	}
	if sec.array {
		s.i++
	}
	sec.header = key
	return sec, s.rest()
}

func isBare(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
}

// key reads a dotted key. A quoted part with a backslash is refused: its
// meaning needs the decoder.
func (s *scanner) key() ([]string, bool) {
	var parts []string
	for {
		s.blanks()
		start := s.i
		switch c := s.peek(0); {
		case c == '"' || c == '\'':
			s.i++
			for !s.eof() && s.d[s.i] != c {
				if s.d[s.i] == '\\' && c == '"' || s.d[s.i] == '\n' {
					return nil, false
				}
				s.i++
			}
			if s.eof() {
				return nil, false
			}
			s.i++
			parts = append(parts, string(s.d[start+1:s.i-1]))
		case isBare(c):
			for !s.eof() && isBare(s.d[s.i]) {
				s.i++
			}
			parts = append(parts, string(s.d[start:s.i]))
		default:
			return nil, false
		}
		s.blanks()
		if s.peek(0) != '.' {
			return parts, true
		}
		s.i++
	}
}

// value reads one value of any kind; nested is true inside an array or
// inline table, where a bare value also ends at , ] and }.
func (s *scanner) value(nested bool) bool {
	switch c := s.peek(0); c {
	case '"', '\'':
		return s.str(c)
	case '[':
		s.i++
		for {
			if !s.gap() {
				return false
			}
			if s.peek(0) == ']' {
				s.i++
				return true
			}
			if !s.value(true) || !s.gap() {
				return false
			}
			switch s.peek(0) {
			case ',':
				s.i++
			case ']':
				s.i++
				return true
			default:
				return false
			}
		}
	case '{':
		s.i++
		for {
			if !s.gap() {
				return false
			}
			if s.peek(0) == '}' {
				s.i++
				return true
			}
			if _, ok := s.key(); !ok || !s.byte('=') {
				return false
			}
			s.blanks()
			if !s.value(true) || !s.gap() {
				return false
			}
			switch s.peek(0) {
			case ',':
				s.i++
			case '}':
				s.i++
				return true
			default:
				return false
			}
		}
	}
	start := s.i
	for !s.eof() {
		c := s.d[s.i]
		if c == ' ' && s.i-start == 10 && s.d[start+4] == '-' && s.peek(1) >= '0' && s.peek(1) <= '9' {
			s.i++ // the space between a date and a time
			continue
		}
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '#' ||
			(nested && (c == ',' || c == ']' || c == '}')) {
			break
		}
		if c < 0x20 || c == '"' || c == '\'' || c == '=' || c == '[' || c == '{' {
			return false
		}
		s.i++
	}
	return s.i > start
}

// str reads a basic or literal string, single- or multi-line.
func (s *scanner) str(q byte) bool {
	multi := s.peek(1) == q && s.peek(2) == q
	if multi {
		s.i += 3
	} else {
		s.i++
	}
	for !s.eof() {
		c := s.d[s.i]
		switch {
		case c == '\\' && q == '"':
			s.i += 2
			continue
		case c == '\n' && !multi:
			return false
		case c == q && !multi:
			s.i++
			return true
		case c == q && s.peek(1) == q && s.peek(2) == q:
			s.i += 3
			for n := 0; n < 2 && s.peek(0) == q; n++ {
				s.i++ // up to two quotes before the closing three belong to the text
			}
			return true
		}
		s.i++
	}
	return false
}
