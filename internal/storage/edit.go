package storage

import (
	"bytes"
	"reflect"
	"slices"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"gmailsetup/internal/gmail"
)

// splice is one replacement of data[start:end] by text.
type splice struct {
	start, end int
	text       string
}

// editInPlace returns raw changed from the setup old to the setup new by
// touching only the values that differ: a changed value is replaced where
// it stands, a new one is added under its table's last key, an emptied one
// loses its line, a removed account loses its table, a new account is
// added at the end. Comments, spacing, unknown keys and tables stay as
// they were. It reports false when the file is laid out in a way it does
// not edit (accounts as an inline array, say) or when the result would not
// decode to exactly the old document with only those changes; the caller
// then rewrites the whole file, keeping a backup.
func editInPlace(raw []byte, old, new Config) ([]byte, bool) {
	l, ok := parseLayout(raw)
	if !ok || l.inlineAccounts || len(l.accounts) != len(old.Accounts) {
		return nil, false
	}
	var before map[string]any
	if _, err := toml.Decode(string(raw), &before); err != nil {
		return nil, false
	}
	want := deepCopy(before).(map[string]any)
	var oldTables []map[string]any
	if v, ok := want["account"]; ok {
		if oldTables, ok = v.([]map[string]any); !ok {
			return nil, false
		}
	}
	if len(oldTables) != len(old.Accounts) {
		return nil, false
	}

	var edits []splice
	setRoot := func(key string, value any, present bool) bool {
		e, has := l.find(0, key)
		lit, ok := literal(value)
		switch {
		case !present && has:
			edits = append(edits, splice{e.lineStart, e.lineEnd, ""})
			delete(want, key)
		case !present:
		case has:
			if !ok {
				return false
			}
			edits = append(edits, splice{e.valStart, e.valEnd, lit})
			want[key] = value
		default:
			if !ok {
				return false
			}
			at, prefix := len(raw), ""
			if last, ok := l.lastEntry(0); ok {
				at, prefix = last.lineEnd, last.indent
			} else if len(l.sections) > 1 {
				at = l.sections[1].start
			}
			edits = append(edits, splice{at, at, lineBreak(raw, at) + prefix + key + " = " + lit + "\n"})
			want[key] = value
		}
		return true
	}
	if old.Default != new.Default && !setRoot("default", new.Default, new.Default != "") {
		return nil, false
	}

	// Accounts: the new list is the old one with some removed, some changed
	// and some added at the end, as upsert and Forget make it.
	var tables []map[string]any
	next := 0
	var added []Account
	at := mailboxIndex(old)
	for _, a := range new.Accounts {
		j, found := at[gmail.Mailbox(a.Email)]
		if !found || a.Email == "" {
			added = append(added, a)
			continue
		}
		if j < next || len(added) > 0 {
			return nil, false // reordered: not something we do
		}
		for ; next < j; next++ {
			edits = append(edits, removeAccount(l, next))
		}
		table := oldTables[j]
		for _, f := range diffFields(old.Accounts[j], a) {
			s, ok := setField(l, j, f, table)
			if !ok {
				return nil, false
			}
			edits = append(edits, s...)
		}
		tables = append(tables, table)
		next = j + 1
	}
	for ; next < len(old.Accounts); next++ {
		edits = append(edits, removeAccount(l, next))
	}
	if len(added) > 0 {
		block, err := encodeAccounts(added)
		if err != nil {
			return nil, false
		}
		var extra map[string]any
		if _, err := toml.Decode(string(block), &extra); err != nil {
			return nil, false
		}
		ts, _ := extra["account"].([]map[string]any)
		tables = append(tables, ts...)
		sep := lineBreak(raw, len(raw))
		if len(raw) > 0 {
			sep += "\n"
		}
		edits = append(edits, splice{len(raw), len(raw), sep + string(block)})
	}
	if len(tables) > 0 {
		want["account"] = tables
	} else {
		delete(want, "account")
	}

	out := apply(raw, edits)
	var after map[string]any
	if _, err := toml.Decode(string(out), &after); err != nil {
		return nil, false
	}
	if len(tables) == 0 {
		// An empty [[account]] list decodes as no key at all.
		if v, ok := after["account"]; ok {
			if ts, ok := v.([]map[string]any); ok && len(ts) == 0 {
				delete(after, "account")
			}
		}
	}
	if !sameDoc(want, after) {
		return nil, false
	}
	return out, true
}

// lineBreak is "\n" when inserting at offset at would otherwise join the
// last line of a file that does not end in a newline.
func lineBreak(raw []byte, at int) string {
	if at == len(raw) && len(raw) > 0 && raw[len(raw)-1] != '\n' {
		return "\n"
	}
	return ""
}

// field is one account key and its new value; present false removes it.
type field struct {
	key     string
	value   any
	present bool
}

// diffFields lists the keys whose values differ between a and b, as the
// file holds them (encode.go's fileAccount: empty optional values are
// absent).
func diffFields(a, b Account) []field {
	var out []field
	str := func(key, x, y string, optional bool) {
		if x != y {
			out = append(out, field{key, y, y != "" || !optional})
		}
	}
	tm := func(key string, x, y time.Time) {
		if !x.Equal(y) || x.IsZero() != y.IsZero() {
			out = append(out, field{key, y, !y.IsZero()})
		}
	}
	str("name", a.Name, b.Name, true)
	str("host", a.Host, b.Host, false)
	if a.Port != b.Port {
		out = append(out, field{"port", int64(b.Port), true})
	}
	str("secret_store", a.SecretStore, b.SecretStore, false)
	str("password", a.Password, b.Password, true)
	str("app_password_label", a.AppPasswordLabel, b.AppPasswordLabel, true)
	tm("app_password_created", a.AppPasswordCreated, b.AppPasswordCreated)
	tm("last_verified", a.LastVerified, b.LastVerified)
	str("auth", a.Auth, b.Auth, true)
	str("client_id", a.ClientID, b.ClientID, true)
	tm("signed_in", a.SignedIn, b.SignedIn)
	if a.AppPublished != b.AppPublished || writesPublished(a) != writesPublished(b) {
		out = append(out, field{"app_published", b.AppPublished, writesPublished(b)})
	}
	str("refresh_token", a.RefreshToken, b.RefreshToken, true)
	str("client_secret", a.ClientSecret, b.ClientSecret, true)
	return out
}

// setField changes one key of account acct in place, and in table, the
// decoded form the result must match.
func setField(l *layout, acct int, f field, table map[string]any) ([]splice, bool) {
	e, has := l.field(acct, f.key)
	if !f.present {
		delete(table, f.key)
		if !has {
			return nil, true
		}
		return []splice{{e.lineStart, e.lineEnd, ""}}, true
	}
	lit, ok := literal(f.value)
	if !ok {
		return nil, false
	}
	table[f.key] = decoded(f.value)
	if has {
		return []splice{{e.valStart, e.valEnd, lit}}, true
	}
	sec := l.accounts[acct]
	at, indent := l.sections[sec].end, ""
	if last, ok := l.lastEntry(sec); ok {
		at, indent = last.lineEnd, last.indent
	}
	return []splice{{at, at, lineBreak(l.data, at) + indent + f.key + " = " + lit + "\n"}}, true
}

// removeAccount deletes the acct-th [[account]] table and its sub-tables,
// from its header to the end of its last key; comments and blank lines
// after that stay, since they may be about what follows.
func removeAccount(l *layout, acct int) splice {
	sec := l.accounts[acct]
	end := l.sections[sec].end
	for i := sec; i < len(l.sections) && (i == sec || l.sections[i].account == acct); i++ {
		end = max(end, l.sections[i].end)
		if e, ok := l.lastEntry(i); ok {
			end = max(end, e.lineEnd)
		}
	}
	return splice{l.sections[sec].start, end, ""}
}

// apply makes the splices, which do not overlap, in one pass.
func apply(raw []byte, edits []splice) []byte {
	slices.SortStableFunc(edits, func(a, b splice) int { return a.start - b.start })
	var b bytes.Buffer
	last := 0
	for _, e := range edits {
		if e.start < last {
			continue // an insertion at the end of a removed table: dropped with it
		}
		b.Write(raw[last:e.start])
		b.WriteString(e.text)
		last = e.end
	}
	b.Write(raw[last:])
	return b.Bytes()
}

// literal is v written as a TOML value, by the TOML encoder itself.
func literal(v any) (string, bool) {
	var b bytes.Buffer
	if err := toml.NewEncoder(&b).Encode(map[string]any{"v": v}); err != nil {
		return "", false
	}
	s, ok := strings.CutPrefix(b.String(), "v = ")
	if !ok {
		return "", false
	}
	s = strings.TrimSuffix(s, "\n")
	if strings.Contains(s, "\n") {
		return "", false
	}
	return s, true
}

// decoded is v as the decoder would give it back.
func decoded(v any) any {
	lit, ok := literal(v)
	if !ok {
		return nil
	}
	var m map[string]any
	if _, err := toml.Decode("v = "+lit, &m); err != nil {
		return nil
	}
	return m["v"]
}

// sameDoc compares decoded documents; times compare as instants.
func sameDoc(x, y any) bool {
	switch a := x.(type) {
	case map[string]any:
		b, ok := y.(map[string]any)
		if !ok || len(a) != len(b) {
			return false
		}
		for k, v := range a {
			w, ok := b[k]
			if !ok || !sameDoc(v, w) {
				return false
			}
		}
		return true
	case []map[string]any: // an array of tables
		b, ok := y.([]map[string]any)
		return ok && slices.EqualFunc(a, b, func(v, w map[string]any) bool { return sameDoc(v, w) })
	case []any:
		b, ok := y.([]any)
		return ok && slices.EqualFunc(a, b, sameDoc)
	case time.Time:
		b, ok := y.(time.Time)
		return ok && a.Equal(b) && a.Location().String() == b.Location().String()
	}
	return reflect.DeepEqual(x, y)
}

// deepCopy copies a decoded document, so that building the expected
// result does not change the original.
func deepCopy(v any) any {
	switch a := v.(type) {
	case map[string]any:
		m := make(map[string]any, len(a))
		for k, x := range a {
			m[k] = deepCopy(x)
		}
		return m
	case []map[string]any:
		s := make([]map[string]any, len(a))
		for i, x := range a {
			s[i] = deepCopy(x).(map[string]any)
		}
		return s
	case []any:
		s := make([]any, len(a))
		for i, x := range a {
			s[i] = deepCopy(x)
		}
		return s
	}
	return v
}
