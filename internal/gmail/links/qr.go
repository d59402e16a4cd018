package links

import (
	"net/url"
	"strings"

	qrcode "github.com/piglig/go-qr"
)

// QR is a link drawn as a QR code in text: each line holds two rows of
// modules in half-block characters (▀ top dark, ▄ bottom dark, █ both,
// space neither), so the code is about as tall as it is wide on screen.
// "Dark" is ink: draw the lines dark on light.
type QR struct {
	URL     string   // what the code opens
	Short   bool     // URL is the link without its authuser (it did not fit)
	Quiet   int      // modules of light margin on each side
	Modules int      // the code's size in modules, without the margin
	Lines   []string // the drawing, margin included
}

// Width is how many columns the drawing takes.
func (q QR) Width() int { return q.Modules + 2*q.Quiet }

// Height is how many lines the drawing takes.
func (q QR) Height() int { return len(q.Lines) }

// QRCandidates draws link as QR codes from the best to the smallest, for the
// caller to take the first that fits its screen: the whole link with a
// margin of two modules, then one; then the link without its authuser
// (shorter, so a smaller code), again with two and one. The standard asks
// for four modules of margin; on a screen, with nothing drawn around the
// code, two and even one scan well, and the difference is 2 to 4 lines out
// of 24. Error correction is the lowest level (raised by the library when
// that costs no size): a screen does not get dirty or torn.
func QRCandidates(link string) []QR {
	urls := []string{link}
	if short := WithoutUser(link); short != link {
		urls = append(urls, short)
	}
	var out []QR
	for i, u := range urls {
		code, err := qrcode.EncodeText(u, qrcode.Low)
		if err != nil {
			continue // too long for any QR code: nothing to offer
		}
		for _, quiet := range []int{2, 1} {
			out = append(out, QR{
				URL:     u,
				Short:   i > 0,
				Quiet:   quiet,
				Modules: code.Size(),
				Lines:   halfBlocks(code.Size(), quiet, code.Module),
			})
		}
	}
	return out
}

// halfBlocks draws a size×size matrix with a quiet margin, two rows a line.
// dark(x, y) is asked only inside the matrix.
func halfBlocks(size, quiet int, dark func(x, y int) bool) []string {
	total := size + 2*quiet
	at := func(x, y int) bool {
		x, y = x-quiet, y-quiet
		return x >= 0 && y >= 0 && x < size && y < size && dark(x, y)
	}
	var lines []string
	for y := 0; y < total; y += 2 {
		var b strings.Builder
		for x := 0; x < total; x++ {
			top, bottom := at(x, y), y+1 < total && at(x, y+1)
			switch {
			case top && bottom:
				b.WriteRune('█')
			case top:
				b.WriteRune('▀')
			case bottom:
				b.WriteRune('▄')
			default:
				b.WriteByte(' ')
			}
		}
		lines = append(lines, b.String())
	}
	return lines
}

// WithoutUser is link without its authuser parameter: the same page for
// whichever account the browser uses. It is a fallback for a QR code that
// would not fit with the address in it.
func WithoutUser(link string) string {
	u, err := url.Parse(link)
	if err != nil || !u.Query().Has("authuser") {
		return link
	}
	q := u.Query()
	q.Del("authuser")
	u.RawQuery = q.Encode()
	return u.String()
}
