package storage

import (
	"testing"

	"github.com/BurntSushi/toml"
)

// sameDoc is what proves an in-place edit changed only what it meant to:
// a difference anywhere in an array, or an array of tables, is a
// difference, and so is one kind of array standing for the other.
func TestSameDocSeesArrays(t *testing.T) {
	const base = "tags = [\"fatture\", \"pec\"]\n[[account]]\nemail = \"ada@gmail.com\"\nport = 587\n[[account]]\nemail = \"bob@gmail.com\"\nport = 465\n"
	decode := func(doc string) map[string]any {
		t.Helper()
		var m map[string]any
		if _, err := toml.Decode(doc, &m); err != nil {
			t.Fatal(err)
		}
		return m
	}
	if !sameDoc(decode(base), decode(base)) {
		t.Fatal("a document differs from itself")
	}
	for name, other := range map[string]string{
		"an array value":          "tags = [\"fatture\", \"spam\"]\n[[account]]\nemail = \"ada@gmail.com\"\nport = 587\n[[account]]\nemail = \"bob@gmail.com\"\nport = 465\n",
		"an array's length":       "tags = [\"fatture\"]\n[[account]]\nemail = \"ada@gmail.com\"\nport = 587\n[[account]]\nemail = \"bob@gmail.com\"\nport = 465\n",
		"a table in the array":    "tags = [\"fatture\", \"pec\"]\n[[account]]\nemail = \"ada@gmail.com\"\nport = 587\n[[account]]\nemail = \"bob@gmail.com\"\nport = 587\n",
		"the number of tables":    "tags = [\"fatture\", \"pec\"]\n[[account]]\nemail = \"ada@gmail.com\"\nport = 587\n",
		"the tables' order":       "tags = [\"fatture\", \"pec\"]\n[[account]]\nemail = \"bob@gmail.com\"\nport = 465\n[[account]]\nemail = \"ada@gmail.com\"\nport = 587\n",
		"an inline array instead": "tags = [\"fatture\", \"pec\"]\naccount = [{email = \"ada@gmail.com\", port = 587}, {email = \"bob@gmail.com\", port = 465}]\n",
	} {
		if sameDoc(decode(base), decode(other)) || sameDoc(decode(other), decode(base)) {
			t.Errorf("%s changed, and sameDoc did not see it", name)
		}
	}
}
