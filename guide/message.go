package guide

import "gmailsetup/i18n"

// Message is a text to show, as a catalog key and its arguments; an
// argument that is itself a Message is put in the same language. Checks
// return messages, never strings, so each face words them from the one
// catalog.
type Message struct {
	Key  i18n.Key
	Args []any
}

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
		if inner, ok := a.(Message); ok {
			a = inner.Text(cat)
		}
		args[i] = a
	}
	return cat.T(m.Key, args...)
}
