package i18n

import (
	"testing"
	"time"
)

func TestDatesAndNumbersInTheReadersLanguage(t *testing.T) {
	day := time.Date(2025, 3, 4, 9, 5, 0, 0, time.UTC)
	cases := []struct {
		lang                 Lang
		date, when, secs, mb string
	}{
		{EN, "2025-03-04", "2025-03-04 09:05", "1.5 s", "12.3"},
		{IT, "04/03/2025", "04/03/2025 09:05", "1,5 s", "12,3"},
	}
	for _, c := range cases {
		cat := New(c.lang)
		if got := cat.Date(day); got != c.date {
			t.Errorf("%s Date = %q, want %q", c.lang, got, c.date)
		}
		if got := cat.DateTime(day); got != c.when {
			t.Errorf("%s DateTime = %q, want %q", c.lang, got, c.when)
		}
		if got := cat.Seconds(1500 * time.Millisecond); got != c.secs {
			t.Errorf("%s Seconds = %q, want %q", c.lang, got, c.secs)
		}
		if got := cat.Decimal(12.34, 1); got != c.mb {
			t.Errorf("%s Decimal = %q, want %q", c.lang, got, c.mb)
		}
	}
}
