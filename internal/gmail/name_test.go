package gmail

import "testing"

func TestDisplayName(t *testing.T) {
	for in, want := range map[string]string{
		"mario.rossi@gmail.com":         "Mario Rossi",
		"mario.rossi+fatture@gmail.com": "Mario Rossi",
		"anna_maria-bianchi@x.it":       "Anna Maria Bianchi",
		"info+fatture@azienda.it":       "Info",
		"élodie.dupont@gmail.com":       "Élodie Dupont",
		"m.rossi85@googlemail.com":      "M Rossi85",
		"no-at-sign":                    "No At Sign",
	} {
		if got := DisplayName(in); got != want {
			t.Errorf("DisplayName(%q) = %q, want %q", in, got, want)
		}
	}
}
