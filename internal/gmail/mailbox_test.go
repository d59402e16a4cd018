package gmail

import "testing"

func TestSameMailbox(t *testing.T) {
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"MARIO.ROSSI@GMAIL.COM", "mario.rossi@gmail.com", true},
		{"mario.rossi@gmail.com", "mariorossi@gmail.com", true},
		{"m.a.r.i.o.rossi@gmail.com", "mariorossi@googlemail.com", true},
		{"Mario.Rossi@GoogleMail.com", "mariorossi@gmail.com", true},
		{"mario@example.it", "MARIO@Example.IT", true},
		// Workspace and other domains keep their dots.
		{"mario.rossi@example.it", "mariorossi@example.it", false},
		// A +tag is not a sign-in name: never matched to the account.
		{"mario+fatture@gmail.com", "mario@gmail.com", false},
		{"mario@gmail.com", "mario@gmail.it", false},
		{"mario@gmail.com", "luigi@gmail.com", false},
		{"", "", false},
		{"mario@gmail.com", "", false},
	} {
		if got := SameMailbox(c.a, c.b); got != c.same {
			t.Errorf("SameMailbox(%q, %q) = %v, want %v", c.a, c.b, got, c.same)
		}
		if got := SameMailbox(c.b, c.a); got != c.same {
			t.Errorf("SameMailbox(%q, %q) = %v, want %v", c.b, c.a, got, c.same)
		}
	}
}
