package guide

import "gmailsetup/internal/i18n"

// Message is a text to show, as a catalog key and its arguments; an
// argument that is itself a Message is put in the same language. Checks
// return messages, never strings, so each face words them from the one
// catalog.
type Message struct {
	Key  i18n.Key
	Args []any
}

// localized is an argument worded in the message's own language: another
// Message, or a Date.
type localized interface{ Text(i18n.Catalog) string }

// Msg builds a Message.
func Msg(key i18n.Key, args ...any) Message { return Message{Key: key, Args: args} }

// IsZero reports whether m says nothing.
func (m Message) IsZero() bool { return m.Key == "" }

// Text is m in cat's language, "" for the zero Message.
func (m Message) Text(cat i18n.Catalog) string {
	if m.IsZero() {
		return ""
	}
	args := make([]any, len(m.Args))
	for i, a := range m.Args {
		if inner, ok := a.(localized); ok {
			a = inner.Text(cat)
		}
		args[i] = a
	}
	return cat.T(m.Key, args...)
}
