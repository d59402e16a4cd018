package steps

import "testing"

func TestCleanPasted(t *testing.T) {
	cases := map[string]string{
		"mario@gmail.com\n":                       "mario@gmail.com",
		"mario@gmail.com\r\n":                     "mario@gmail.com",
		"ma\x1b]8;;http://x\x07rio@gmail.com\x07": "mario@gmail.com",
		"\x1b[31mmario@gmail.com\x1b[0m":          "mario@gmail.com",
		"mario\u202e@gmail.com":                   "mario@gmail.com",
	}
	for in, want := range cases {
		if got := cleanPasted(in); got != want {
			t.Errorf("cleanPasted(%q) = %q, want %q", in, got, want)
		}
	}
}
