package i18n

import (
	"strconv"
	"strings"
	"time"
)

// Date writes a calendar day the way the person's language does: 04/03/2025
// in Italian (day first), 2025-03-04 in English (ISO, which no English
// reader misreads as day or month first).
func (c Catalog) Date(t time.Time) string {
	if c.lang == IT {
		return t.Format("02/01/2006")
	}
	return t.Format("2006-01-02")
}

// DateTime is Date followed by the 24-hour time of day.
func (c Catalog) DateTime(t time.Time) string {
	return c.Date(t) + " " + t.Format("15:04")
}

// Decimal writes f with prec digits after the separator: a comma in
// Italian, a point in English.
func (c Catalog) Decimal(f float64, prec int) string {
	s := strconv.FormatFloat(f, 'f', prec, 64)
	if c.lang == IT {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// Seconds writes a duration as seconds with one decimal: "1,5 s" or "1.5 s".
func (c Catalog) Seconds(d time.Duration) string {
	return c.Decimal(d.Seconds(), 1) + " s"
}
