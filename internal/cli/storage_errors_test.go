package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/internal/fake/testproc"
	"gmailsetup/internal/i18n"
)

// raw reports terminal controls (ESC, BEL, C1) in s.
func raw(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return r < 0x20 && r != '\n' && r != '\t' || r >= 0x7f && r <= 0x9f })
}

// writeSetup puts a hand-written setup at the harness's path.
func (h *harness) writeSetup(content string) {
	h.t.Helper()
	if err := os.MkdirAll(filepath.Dir(h.path), 0o700); err != nil {
		h.t.Fatal(err)
	}
	if err := os.WriteFile(h.path, []byte(content), 0o600); err != nil {
		h.t.Fatal(err)
	}
}

const escapedName = "[[account]]\n" +
	"email = \"" + testEmail + "\"\n" +
	"name = \"Mario\\u001b]0;owned\\u0007\\u001b[2J\"\n" + // line 3
	"host = \"smtp.gmail.com\"\nport = 465\nsecret_store = \"keyring\"\n"

// Escapes in the file's strings never reach the terminal: the file is
// refused on load, naming the file, the line and the key.
func TestEscapesInFileRefused(t *testing.T) {
	for _, lang := range i18n.Langs {
		for name, cmd := range map[string]func(*Env) []string{
			"status": func(*Env) []string { return nil },
			"forget": func(*Env) []string { return []string{"--yes"} },
		} {
			t.Run(string(lang)+"/"+name, func(t *testing.T) {
				h := newHarness(t, fakegmail.Options{}, false)
				h.env.Cat = i18n.New(lang)
				h.writeSetup(escapedName)
				c := NewStatusCmd(h.env)
				if name == "forget" {
					c = NewForgetCmd(h.env)
				}
				h.expect(h.run(c, cmd(h.env)...), ExitBroken)
				all := h.out.String() + h.err.String()
				if raw(all) || strings.Contains(all, "owned") {
					t.Errorf("the file's escapes reached the terminal: %q", all)
				}
				line := map[i18n.Lang]string{i18n.EN: ", line 3", i18n.IT: ", riga 3"}[lang]
				contains(t, "stderr", h.err.String(), h.path+line, "name")
				if string(fileBytes(t, h.path)) != escapedName {
					t.Error("the refused file was changed")
				}
			})
		}
	}
}

// Everything status and forget print goes through safetext: here the
// escapes come with the --config path.
func TestEscapesInPathCleaned(t *testing.T) {
	h := newHarness(t, fakegmail.Options{}, false)
	h.path = filepath.Join(filepath.Dir(h.path), "evil\x1b]0;owned\x07\x1b[2J", "config.toml")
	h.save(testEmail, testSecret)
	h.expect(h.run(NewStatusCmd(h.env)), ExitOK)
	h.expect(h.run(NewForgetCmd(h.env), "--yes"), ExitOK)
	all := h.out.String() + h.err.String()
	if raw(all) {
		t.Errorf("escapes from the path reached the terminal: %q", all)
	}
	contains(t, "stdout", h.out.String(), filepath.Join(filepath.Dir(filepath.Dir(h.path)), "evil", "config.toml"), testEmail)
}

// A syntax error names the key and the line in the person's language and
// never shows the value.
func TestSyntaxErrorShowsKeyNotValue(t *testing.T) {
	for _, lang := range i18n.Langs {
		t.Run(string(lang), func(t *testing.T) {
			h := newHarness(t, fakegmail.Options{}, false)
			h.env.Cat = i18n.New(lang)
			h.writeSetup("[[account]]\nemail = \"" + testEmail + "\"\ntoken = " + testSecret + "\n")
			h.expect(h.run(NewStatusCmd(h.env)), ExitBroken)
			want := map[i18n.Lang]string{i18n.EN: "key token: the value is missing", i18n.IT: "chiave token: il valore manca"}[lang]
			contains(t, "stderr", h.err.String(), h.path+":3:", want)
			if strings.Contains(h.err.String(), testSecret[:4]) {
				t.Errorf("the value is shown: %s", h.err)
			}
		})
	}
}

// Out-of-range ports and a file password that is not an app password are
// named on load, with the line, instead of surfacing as Gmail's 535.
func TestBadValuesNamedOnLoad(t *testing.T) {
	for _, c := range []struct{ name, content, want string }{
		{"port", "[[account]]\nemail = \"" + testEmail + "\"\nhost = \"smtp.gmail.com\"\nport = 99999\nsecret_store = \"keyring\"\n", "line 4, account 1, key port: the port must be 465 or 587"},
		{"password", "[[account]]\nemail = \"" + testEmail + "\"\nhost = \"smtp.gmail.com\"\nport = 465\nsecret_store = \"file\"\npassword = \"MyGmail2024!\"\n", "line 6, account 1, key password: the password is not an app password"},
		{"address", "[[account]]\nemail = \"mario rossi@gmail.com\"\nhost = \"smtp.gmail.com\"\nport = 465\nsecret_store = \"keyring\"\n", "line 2, account 1, key email: the email is not a valid address"},
	} {
		t.Run(c.name, func(t *testing.T) {
			h := newHarness(t, fakegmail.Options{}, false)
			h.writeSetup(c.content)
			h.expect(h.run(NewTestCmd(h.env)), ExitBroken)
			contains(t, "stderr", h.err.String(), h.path+", "+c.want)
			if strings.Contains(h.err.String(), "5.7.8") || strings.Contains(h.err.String(), "did not accept the app password") || strings.Contains(h.err.String(), "MyGmail") {
				t.Errorf("stderr: %s", h.err)
			}
		})
	}
}

// `gmailsetup test` notes the time of the verification in the state file
// beside the setup: the person's file, with its comments, spacing, own keys
// and an old last_verified, is left exactly as it was.
func TestTestKeepsHandEditedFile(t *testing.T) {
	h := newHarness(t, fakegmail.Options{Address: testEmail}, false)
	edited := "# my setup: do not lose this\n" +
		"[[account]]\n" +
		"  email   = \"" + testEmail + "\"   # work\n" +
		"  host = \"smtp.gmail.com\"\n" +
		"  port = 465\n" +
		"  secret_store = \"file\"\n" +
		"  password = \"" + spacedSecret + "\"\n" +
		"  last_verified = 2025-01-01T00:00:00Z # old\n" +
		"  my_note = \"invoices\"\n" +
		"\n[scripts]\nbackup = true\n"
	h.writeSetup(edited)
	h.expect(h.run(NewTestCmd(h.env)), ExitOK)
	if got := string(fileBytes(t, h.path)); got != edited {
		t.Errorf("the file changed:\n--- got\n%s\n--- want\n%s", got, edited)
	}
	names, _ := os.ReadDir(filepath.Dir(h.path))
	if len(names) != 2 || names[0].Name() != "config.toml" || names[1].Name() != "state.json" {
		t.Errorf("files next to the setup: %v, want config.toml and state.json", names)
	}
}

// A save into a folder that cannot be written says so, and names the
// folder: it is not a problem reading the file. As root this runs as
// nobody, in a helper process.
func TestReadOnlyConfigFolderNamesTheWrite(t *testing.T) {
	if testproc.AsNobody(t) {
		return
	}
	for _, lang := range i18n.Langs {
		t.Run(string(lang), func(t *testing.T) {
			h := newHarness(t, fakegmail.Options{Address: testEmail}, false)
			h.env.Cat = i18n.New(lang)
			dir := filepath.Dir(h.path)
			if err := os.MkdirAll(dir, 0o700); err != nil {
				t.Fatal(err)
			}
			if err := os.Chmod(dir, 0o500); err != nil {
				t.Fatal(err)
			}
			defer os.Chmod(dir, 0o700)
			h.runSetup(testSecret+"\n", "--insecure-storage")
			want := map[i18n.Lang]string{i18n.EN: "Cannot write " + h.path + " in the folder " + dir, i18n.IT: "Impossibile scrivere " + h.path + " nella cartella " + dir}[lang]
			contains(t, "stderr", h.err.String(), want)
			for _, wrong := range []string{"read it", "possa leggerlo"} {
				if strings.Contains(h.err.String(), wrong) {
					t.Errorf("a failed write is told as a read problem: %s", h.err)
				}
			}
		})
	}
}
