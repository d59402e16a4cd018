package guide

import (
	"strings"
	"testing"
	"time"

	"gmailsetup/internal/i18n"
)

// The client file found in Downloads is offered with the time it was
// saved, written as the person's language writes dates, in both faces.
func TestFoundClientOptionSpeaksTheLanguage(t *testing.T) {
	saved := time.Date(2026, 12, 7, 18, 28, 0, 0, time.Local)
	found := FoundClient{Path: "/home/m/Downloads/client_secret.json", Modified: saved}
	for lang, want := range map[i18n.Lang]string{i18n.EN: "2026-12-07 18:28", i18n.IT: "07/12/2026 18:28"} {
		got := ClientFound.Option("client_secret.json", found).Text(i18n.New(lang))
		if !strings.Contains(got, want) || !strings.Contains(got, "client_secret.json") {
			t.Errorf("%s: %q, want the date as %q", lang, got, want)
		}
	}
	if got := ClientTyped.Option("x", found).Text(i18n.New(i18n.IT)); strings.Contains(got, "2026") {
		t.Errorf("typing the path is offered with a date: %q", got)
	}
}
