package guide

import (
	"fmt"
	"io/fs"
	"strings"
	"testing"

	"gmailsetup/internal/i18n"
	"gmailsetup/internal/storage"
)

// Each write the store refuses for where or how much it would write is
// told in both languages, naming the file or folder, with the fix, and a
// control character in a path never reaches the terminal.
func TestWriteRefusalsHaveTexts(t *testing.T) {
	path := "/home/mario/.config/gmailsetup\x1b[2J"
	for _, c := range []struct {
		err  error
		want map[i18n.Lang][]string
	}{
		{&storage.OwnerError{Path: path, Home: true, OwnerName: "mario", UserName: "root"},
			map[i18n.Lang][]string{i18n.EN: {"home folder of mario", "sudo -H"}, i18n.IT: {"cartella home di mario", "sudo -H"}}},
		{&storage.OwnerError{Path: path, Folder: true, OwnerName: "mario", UserName: "root"},
			map[i18n.Lang][]string{i18n.EN: {"belongs to mario", "sudo -H"}, i18n.IT: {"appartiene a mario", "sudo -H"}}},
		{&storage.TooLargeError{Path: path, Size: 2 << 20, Limit: 1 << 20},
			map[i18n.Lang][]string{i18n.EN: {"1024 KiB", "nothing was saved", "gmailsetup forget"}, i18n.IT: {"1024 KiB", "non è stato salvato niente", "gmailsetup forget"}}},
		{&storage.LooseFolderError{Path: path, Mode: fs.FileMode(0o777)},
			map[i18n.Lang][]string{i18n.EN: {"mode 777", "chmod 700 '"}, i18n.IT: {"permessi 777", "chmod 700 '"}}},
	} {
		key, args, ok := Storage(fmt.Errorf("saving: %w", c.err))
		if !ok {
			t.Errorf("%T: no text", c.err)
			continue
		}
		for lang, parts := range c.want {
			text := i18n.New(lang).T(key, args...)
			for _, p := range append(parts, "/home/mario/.config/gmailsetup") {
				if !strings.Contains(text, p) {
					t.Errorf("%T in %s lacks %q: %s", c.err, lang, p, text)
				}
			}
			if strings.Contains(text, "\x1b") {
				t.Errorf("%T in %s: a raw escape reached the text: %q", c.err, lang, text)
			}
		}
	}
}
