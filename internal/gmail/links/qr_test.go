package links

import (
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	qrcode "github.com/piglig/go-qr"
)

// qrImage paints half-block lines back into a picture, scale pixels a
// module, inside border modules of the colour around (light or dark, as a
// terminal's background may be).
func qrImage(lines []string, scale, border int, around color.Color) *image.Gray {
	w := len([]rune(lines[0]))
	h := 2 * len(lines)
	img := image.NewGray(image.Rect(0, 0, (w+2*border)*scale, (h+2*border)*scale))
	paint := func(mx, my int, c color.Color) {
		for y := 0; y < scale; y++ {
			for x := 0; x < scale; x++ {
				img.Set(mx*scale+x, my*scale+y, c)
			}
		}
	}
	for y := 0; y < h+2*border; y++ {
		for x := 0; x < w+2*border; x++ {
			paint(x, y, around)
		}
	}
	for row, l := range lines {
		for col, r := range []rune(l) {
			top := r == '█' || r == '▀'
			bottom := r == '█' || r == '▄'
			for i, dark := range []bool{top, bottom} {
				c := color.Gray{Y: 255}
				if dark {
					c = color.Gray{Y: 0}
				}
				paint(border+col, border+2*row+i, c)
			}
		}
	}
	return img
}

// decodeQRLines reads half-block lines back as a QR code.
func decodeQRLines(t *testing.T, lines []string) string {
	t.Helper()
	text, err := qrcode.Decode(qrImage(lines, 4, 4, color.White))
	if err != nil {
		t.Fatalf("the drawing does not decode: %v\n%s", err, strings.Join(lines, "\n"))
	}
	return text
}

func TestQRDrawsTheLinkInHalfBlocks(t *testing.T) {
	for _, email := range []string{"mario.rossi@gmail.com", "amministrazione.fatturazione@studiorossibianchi.it"} {
		for _, link := range []string{AppPasswords(email), AccountHome(email), TwoStepVerification(email)} {
			cands := QRCandidates(link)
			if len(cands) != 4 {
				t.Fatalf("%s: %d candidates, want full and short, each with two margins", link, len(cands))
			}
			for i, c := range cands {
				if c.Short != (i >= 2) || (c.URL == link) == c.Short {
					t.Fatalf("%s: candidate %d is %+v", link, i, c)
				}
				if c.Height() != (c.Width()+1)/2 {
					t.Errorf("%s: %d lines for %d modules: not two rows a line", c.URL, c.Height(), c.Width())
				}
				for _, l := range c.Lines {
					if n := len([]rune(l)); n != c.Width() {
						t.Fatalf("%s: a line is %d wide, want %d", c.URL, n, c.Width())
					}
					if strings.Trim(l, "▀▄█ ") != "" {
						t.Fatalf("%s: unexpected characters in %q", c.URL, l)
					}
				}
				if got := decodeQRLines(t, c.Lines); got != c.URL {
					t.Fatalf("decoded %q, want %q", got, c.URL)
				}
			}
			// Candidates get no bigger: the caller takes the first that fits.
			for i := 1; i < len(cands); i++ {
				if cands[i].Height() > cands[i-1].Height() {
					t.Errorf("%s: candidate %d is taller than %d", link, i, i-1)
				}
			}
		}
	}
}

// The App passwords link, the one people most need on a phone, fits a
// 80x24 screen whole (21 rows are left by the header and the help).
func TestAppPasswordsQRFits80x24(t *testing.T) {
	c := QRCandidates(AppPasswords("mario.rossi@gmail.com"))[0]
	if c.Short || c.Height() > 21 || c.Width() > 76 {
		t.Fatalf("App passwords QR: %dx%d, short=%v", c.Width(), c.Height(), c.Short)
	}
}

// A second, independent decoder reads the code on a dark terminal
// background, as a phone would see it; zbarimg is not always installed.
func TestQRScansOnADarkBackground(t *testing.T) {
	zbar, err := exec.LookPath("zbarimg")
	if err != nil {
		t.Skip("zbarimg is not installed")
	}
	for _, c := range QRCandidates(AppPasswords("mario.rossi+fatture@gmail.com")) {
		file := filepath.Join(t.TempDir(), "qr.png")
		f, err := os.Create(file)
		if err != nil {
			t.Fatal(err)
		}
		if err := png.Encode(f, qrImage(c.Lines, 6, 6, color.Gray{Y: 30})); err != nil {
			t.Fatal(err)
		}
		f.Close()
		out, err := exec.Command(zbar, "--quiet", "--raw", file).Output()
		if err != nil || strings.TrimSpace(string(out)) != c.URL {
			t.Fatalf("zbarimg read %q (%v), want %q (margin %d)", out, err, c.URL, c.Quiet)
		}
	}
}

func TestWithoutUser(t *testing.T) {
	if got := WithoutUser(AppPasswords("a@b.it")); got != appPasswords {
		t.Fatalf("got %q", got)
	}
	if got := WithoutUser(Logout); got != Logout {
		t.Fatalf("a link without authuser changed: %q", got)
	}
}
