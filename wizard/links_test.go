package wizard

import (
	"fmt"
	"image"
	"image/color"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	qrcode "github.com/piglig/go-qr"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/internal/gmail/links"
	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
	"gmailsetup/mailer"
	"gmailsetup/steps"
)

// linkWizard is a new setup whose pages open with opener, walked to the
// sign-in step (the first with a link) for address.
func linkWizard(t *testing.T, lang i18n.Lang, opener guide.Opener, address string, width, height int) *driver {
	t.Helper()
	r := newRig(t, fakegmail.Options{})
	m := New(Config{
		Lang: lang,
		Mode: ModeNew,
		Opts: steps.Options{AppName: "gmailsetup"},
		Deps: guide.Deps{
			Opener:   opener,
			Sender:   &mailer.Client{Server: mailer.Server(r.fake.Endpoints())},
			Store:    r.store,
			Clock:    fixedClock{fixedNow()},
			Resolver: noDNS{},
		},
	})
	d := newDriver(t, m, width, height)
	d.typeText(address)
	d.key("enter")
	if m.Current() != guide.SignIn {
		t.Fatalf("expected the sign-in step:\n%s", d.screen())
	}
	return d
}

// sshEnv is a Linux machine reached over SSH, with a display forwarded.
func sshEnv(k string) string {
	return map[string]string{"SSH_CONNECTION": "10.0.0.2 51000 10.0.0.1 22", "DISPLAY": "localhost:10.0"}[k]
}

// unwrapped is the screen with its lines trimmed and run together, so a
// link cut at the width reads whole again.
func unwrapped(scr string) string {
	var b strings.Builder
	for _, l := range strings.Split(scr, "\n") {
		b.WriteString(strings.TrimSpace(l))
	}
	return b.String()
}

// fits fails unless every line of the screen fits width x height.
func fits(t *testing.T, scr string, width, height int) {
	t.Helper()
	lines := strings.Split(scr, "\n")
	if len(lines) > height {
		t.Fatalf("%d lines, more than %d:\n%s", len(lines), height, scr)
	}
	for i, l := range lines {
		if w := ansi.StringWidth(l); w > width {
			t.Fatalf("line %d is %d wide, more than %d:\n%s", i+1, w, width, scr)
		}
	}
}

// Over SSH no browser is started: each link is on screen as text and as a
// hyperlink, the status says why and what to do, and y and r are offered.
func TestOverSSHTheLinkIsShownNotOpened(t *testing.T) {
	want := map[i18n.Lang][]string{
		i18n.EN: {"No browser here (SSH): open the link on your computer or phone — press y to copy it, r for a QR code.", "y copy link", "r QR code"},
		i18n.IT: {"Nessun browser qui (SSH): apri il link sul tuo computer o sul telefono — premi y per copiarlo, r per il codice QR.", "y copia link", "r codice QR"},
	}
	for _, lang := range i18n.Langs {
		for _, size := range [][2]int{{80, 24}, {60, 20}} {
			t.Run(fmt.Sprintf("%s/%dx%d", lang, size[0], size[1]), func(t *testing.T) {
				d := linkWizard(t, lang, links.NewOpener(sshEnv, "linux"), walkAddress, size[0], size[1])
				for _, page := range []struct {
					id  guide.ID
					url string
				}{
					{guide.SignIn, links.AccountHome(walkAddress)},
					{guide.TwoSVStatus, links.TwoStepVerification(walkAddress)},
				} {
					walkTo(t, d, page.id)
					for range 5 { // a tall step on a small window shows its end: go up to the link
						d.send(tea.KeyPressMsg{Code: tea.KeyPgUp})
					}
					d.expect(want[lang]...)
					if !strings.Contains(d.raw(), ";"+page.url+"\x07") { // OSC 8, with its id
						t.Fatalf("%s is not a hyperlink on step %d", page.url, page.id)
					}
					if !strings.Contains(unwrapped(d.screen()), page.url) {
						t.Fatalf("%s is not on screen as text:\n%s", page.url, d.screen())
					}
					fits(t, d.screen(), size[0], size[1])
				}
				walkTo(t, d, guide.AppPassword)
				for range 5 {
					d.send(tea.KeyPressMsg{Code: tea.KeyPgUp})
				}
				d.expect(want[lang][0])
				fits(t, d.screen(), size[0], size[1])
			})
		}
	}
}

// Where the browser cannot be started (nothing on PATH) or there is no
// display, the wizard still shows the link and says what to do.
func TestNoLauncherOrNoDisplayShowsTheLink(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("xdg-open and DISPLAY are Linux matters")
	}
	t.Setenv("PATH", t.TempDir()) // empty: no xdg-open, no lynx
	for _, c := range []struct {
		name   string
		opener guide.Opener
		want   map[i18n.Lang]string
	}{
		{"launcher fails", links.Browser{}, map[i18n.Lang]string{
			i18n.EN: "Could not open a browser: open the link yourself — press y to copy it, r for a QR code.",
			i18n.IT: "Impossibile aprire il browser: apri tu il link — premi y per copiarlo, r per il codice QR.",
		}},
		{"no display", links.NewOpener(func(string) string { return "" }, "linux"), map[i18n.Lang]string{
			i18n.EN: "No browser on this machine: open the link on another computer or your phone",
			i18n.IT: "Nessun browser su questo computer: apri il link su un altro computer o sul telefono",
		}},
	} {
		for _, lang := range i18n.Langs {
			t.Run(c.name+"/"+string(lang), func(t *testing.T) {
				d := linkWizard(t, lang, c.opener, walkAddress, 80, 24)
				d.expect(links.AccountHome(walkAddress), c.want[lang])
			})
		}
	}
}

// y copies the link with Bubble Tea's OSC 52 clipboard command, which
// works over SSH, and says so until the next key.
func TestCopyKeySetsTheClipboard(t *testing.T) {
	for _, lang := range i18n.Langs {
		t.Run(string(lang), func(t *testing.T) {
			d := linkWizard(t, lang, links.NewOpener(sshEnv, "linux"), walkAddress, 80, 24)
			url := links.AccountHome(walkAddress)
			// y sends tea.SetClipboard (the driver records it) and asks
			// the system clipboard; there is none here, so the notice
			// hedges.
			n := len(d.clipboard)
			d.key("y")
			if got := d.clipboard[n:]; len(got) != 1 || got[0] != url {
				t.Fatalf("y put %q on the terminal's clipboard, want %s", got, url)
			}
			copied := map[i18n.Lang]string{i18n.EN: "Link copied, if your terminal allows it", i18n.IT: "Link copiato, se il terminale lo consente"}[lang]
			d.expect(copied)
			fits(t, d.screen(), 80, 24)
			d.key("down")
			if strings.Contains(d.screen(), copied) {
				t.Fatalf("the notice outlived the next key:\n%s", d.screen())
			}
			if d.m.Current() != guide.SignIn {
				t.Fatalf("y moved the wizard to step %d", d.m.Current())
			}
			// y works on the QR code too, and says so beside it.
			d.key("r")
			n = len(d.clipboard)
			d.key("y")
			if got := d.clipboard[n:]; len(got) != 1 || got[0] != url {
				t.Fatal("y over the QR code did not copy the link")
			}
			qr, top := qrOnScreen(t, d.screen(), url)
			if !strings.Contains(caption(d.screen(), qr, top), copied) {
				t.Fatalf("no notice beside the code:\n%s", d.screen())
			}
		})
	}
}

// Once the person says another account is shown, y copies the account
// chooser's link, three rows long at 80 columns, and the screen says so
// (it told them to select it with the mouse).
func TestCopyKeyTakesTheChooserLink(t *testing.T) {
	for _, lang := range i18n.Langs {
		t.Run(string(lang), func(t *testing.T) {
			d := linkWizard(t, lang, links.NewOpener(sshEnv, "linux"), walkAddress, 80, 24)
			d.key("2") // another account is shown
			url := links.AccountChooser(walkAddress, links.AccountHome(walkAddress))
			n := len(d.clipboard)
			d.key("y")
			if got := d.clipboard[n:]; len(got) != 1 || got[0] != url {
				t.Fatalf("y on \"another account\" did not copy the chooser link %s: %q", url, got)
			}
			scr := unwrapped(d.screen())
			cat := i18n.New(lang)
			for _, want := range []string{"(y", cat.T("links.copied")} {
				if !strings.Contains(scr, want) {
					t.Errorf("the screen lacks %q:\n%s", want, d.screen())
				}
			}
			if strings.Contains(scr, "mouse") {
				t.Errorf("the screen still sends the person to the mouse:\n%s", d.screen())
			}
			fits(t, d.screen(), 80, 24)
		})
	}
}

// Where letters are typed, y and r are letters: no copy, no QR, no help.
func TestLinkKeysStayOffWhereTextIsTyped(t *testing.T) {
	r := newRig(t, fakegmail.Options{})
	d := newDriver(t, r.wizard(i18n.EN, ModeNew), 80, 24)
	d.key("y")
	d.key("r")
	d.expect("> yr")
	if strings.Contains(d.screen(), "copy link") || strings.Contains(d.screen(), "QR") {
		t.Fatalf("link keys offered on the address step:\n%s", d.screen())
	}
}

// qrOnScreen finds which drawing of url the screen shows, where the wizard
// puts it (under the top margin and the header line, after the left margin),
// and fails if none is there.
func qrOnScreen(t *testing.T, scr, url string) (qr links.QR, top int) {
	t.Helper()
	rows := strings.Split(scr, "\n")
	for _, c := range links.QRCandidates(url) {
		for top := 1; top <= 2 && top+c.Height() <= len(rows); top++ {
			match := true
			for i, l := range c.Lines {
				r := []rune(rows[top+i])
				if len(r) < margin+c.Width() || string(r[margin:margin+c.Width()]) != l {
					match = false
					break
				}
			}
			if match {
				return c, top
			}
		}
	}
	t.Fatalf("no QR code of %s on screen:\n%s", url, scr)
	return links.QR{}, 0
}

// caption is the text around the code on screen: the line above it and
// what is right of it, run together.
func caption(scr string, c links.QR, top int) string {
	rows := strings.Split(scr, "\n")
	words := strings.Fields(rows[top-1])
	for _, r := range rows[top : top+c.Height()] {
		if rr := []rune(r); len(rr) > margin+c.Width() {
			words = append(words, strings.Fields(string(rr[margin+c.Width():]))...)
		}
	}
	return strings.Join(words, " ")
}

// decodeScreenQR reads the code back from its half blocks, as a camera
// would from a light frame, with the QR library's own decoder.
func decodeScreenQR(t *testing.T, c links.QR) string {
	t.Helper()
	const px, border = 4, 4
	img := image.NewGray(image.Rect(0, 0, (c.Width()+2*border)*px, (2*c.Height()+2*border)*px))
	for i := range img.Pix {
		img.Pix[i] = 255
	}
	for row, l := range c.Lines {
		for col, r := range []rune(l) {
			for half, dark := range []bool{r == '█' || r == '▀', r == '█' || r == '▄'} {
				if !dark {
					continue
				}
				for y := 0; y < px; y++ {
					for x := 0; x < px; x++ {
						img.Set((border+col)*px+x, (border+2*row+half)*px+y, color.Gray{})
					}
				}
			}
		}
	}
	text, err := qrcode.Decode(img)
	if err != nil {
		t.Fatalf("the QR code on screen does not decode: %v", err)
	}
	return text
}

// r draws the current link as a QR code in place of the step, sized to the
// window; it decodes to the link; step keys are held while it is shown;
// esc and r close it without leaving the step.
func TestQRCodeOfTheLink(t *testing.T) {
	longAddress := "amministrazione.fatturazione.rossi@gmail.com"
	for _, lang := range i18n.Langs {
		for _, c := range []struct {
			width, height int
			address       string
			wantShort     map[guide.ID]bool // pages whose code leaves out authuser
		}{
			{80, 24, walkAddress, map[guide.ID]bool{}},
			{80, 24, longAddress, map[guide.ID]bool{guide.TwoSVStatus: true}},
			// 17 rows are left for the code: every page goes without authuser.
			{60, 20, walkAddress, map[guide.ID]bool{guide.SignIn: true, guide.TwoSVStatus: true, guide.AppPassword: true}},
		} {
			t.Run(fmt.Sprintf("%s/%dx%d/%s", lang, c.width, c.height, c.address), func(t *testing.T) {
				d := linkWizard(t, lang, links.NewOpener(sshEnv, "linux"), c.address, c.width, c.height)
				for _, page := range []struct {
					id  guide.ID
					url string
				}{
					{guide.SignIn, links.AccountHome(c.address)},
					{guide.TwoSVStatus, links.TwoStepVerification(c.address)},
					{guide.AppPassword, links.AppPasswords(c.address)},
				} {
					walkTo(t, d, page.id)
					title := d.m.shared.T(d.m.Current().Title())
					d.key("r")
					scr := d.screen()
					fits(t, scr, c.width, c.height)
					qr, top := qrOnScreen(t, scr, page.url)
					if got := decodeScreenQR(t, qr); got != qr.URL {
						t.Fatalf("decoded %q, want %q", got, qr.URL)
					}
					if qr.Short != c.wantShort[page.id] {
						t.Fatalf("step %d: short=%v (%dx%d), want %v:\n%s", page.id, qr.Short, qr.Width(), qr.Height(), c.wantShort[page.id], scr)
					}
					switch {
					case qr.Short && qr.URL != links.WithoutUser(page.url):
						t.Fatalf("short code opens %s", qr.URL)
					case !qr.Short && qr.URL != page.url:
						t.Fatalf("code opens %s, want %s", qr.URL, page.url)
					}
					// The code alone (top 1) is the last resort of a small
					// window; otherwise a short code says what it leaves out.
					note := map[i18n.Lang]string{i18n.EN: "without your address", i18n.IT: "senza il tuo indirizzo"}[lang]
					if qr.Short && top == 2 && !strings.Contains(caption(scr, qr, top), note) {
						t.Fatalf("the short code has no note %q:\n%s", note, scr)
					}
					d.expect(map[i18n.Lang]string{i18n.EN: "r/esc close QR", i18n.IT: "r/Esc chiudi QR"}[lang])
					if strings.Contains(scr, title) {
						t.Fatalf("the step's title is still drawn:\n%s", scr)
					}
					// Step keys would act unseen: they are held.
					d.key("2")
					d.key("enter")
					if d.m.Current() != page.id {
						t.Fatalf("a key went through the QR code to the step: now on %d", d.m.Current())
					}
					// esc closes the code, it does not go back a step.
					d.key("esc")
					if d.m.Current() != page.id || strings.Contains(d.screen(), "▀") {
						t.Fatalf("esc did not just close the code (step %d):\n%s", d.m.Current(), d.screen())
					}
					d.expect(title)
					d.key("r")
					qrOnScreen(t, d.screen(), page.url)
					d.key("r")
					d.expect(title)
				}
			})
		}
	}
}

// A browser launcher that hangs does not hang the wizard: keys are handled
// while the open is pending, and the open gives up within its time limit,
// long before the launcher would have returned.
func TestSlowBrowserKeepsTheWizardResponsive(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("pkg/browser runs xdg-open on Linux only")
	}
	bin := t.TempDir()
	script := "#!/bin/sh\nprintf '%s\\n' \"$1\" > " + bin + "/args\nexec sleep 10\n"
	if err := os.WriteFile(filepath.Join(bin, "xdg-open"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", bin+":/bin:/usr/bin")
	d := linkWizard(t, i18n.EN, &recordingOpener{}, walkAddress, 80, 24)
	url := links.AccountHome(walkAddress)
	d.m.shared.Deps.Opener = links.NewOpener(func(k string) string {
		return map[string]string{"DISPLAY": ":0"}[k]
	}, "linux")

	_, cmd := d.m.Update(keyMsg("o")) // open the page again
	if cmd == nil {
		t.Fatal("o returned no command")
	}
	start := time.Now()
	result := make(chan tea.Msg, 1)
	go func() { result <- cmd() }() // as Bubble Tea runs commands
	d.expect("Opening your browser")

	// While xdg-open hangs, the step and the wizard take keys.
	d.key("down")
	d.expect("› 2.")
	d.key("r")
	qrOnScreen(t, d.screen(), url)
	d.key("r")
	select {
	case <-result:
		t.Fatal("the open returned before the keys were handled: nothing was pending")
	default:
	}

	var msg tea.Msg
	select {
	case msg = <-result:
	case <-time.After(9 * time.Second):
		t.Fatal("the open did not give up before the launcher returned")
	}
	if took := time.Since(start); took > 7*time.Second {
		t.Fatalf("the open took %v", took)
	}
	addressed, _ := msg.(resultMsg)
	opened, ok := addressed.msg.(steps.LinkOpenedMsg)
	if !ok || opened.URL != url || opened.Err == nil {
		t.Fatalf("got %#v, want a timed-out LinkOpenedMsg for %s", msg, url)
	}
	d.send(msg)
	d.expect(url, "Could not open a browser", "press y to copy it")
	args, err := os.ReadFile(filepath.Join(bin, "args"))
	if err != nil || strings.TrimSpace(string(args)) != url {
		t.Fatalf("xdg-open was run with %q (%v), want %s", args, err, url)
	}
}
