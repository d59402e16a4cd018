//go:build unix

package cli

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gmailsetup/internal/fake/testproc"
	"gmailsetup/internal/i18n"
)

// asRoot skips outside CI when not root: only root can give a file to
// another user; CI runs as root, and fails on a skip.
func asRoot(t *testing.T) {
	t.Helper()
	if os.Geteuid() == 0 {
		return
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("CI runs as root: this test must run")
	}
	t.Skip("only root can give a file to another user; CI runs as root")
}

// giveAway chowns path (a link itself, not its target) to nobody.
func giveAway(t *testing.T, path string) {
	t.Helper()
	if err := os.Lchown(path, testproc.Nobody, testproc.Nobody); err != nil {
		t.Fatal(err)
	}
}

// sudo without -H keeps the person's HOME: export --write as root would
// turn ~/.msmtprc and ~/.gitconfig into root's files, and follow a link
// the person planted to a file of root's outside HOME (issue 18, item 1).
// Every format refuses before writing anything, says why in the person's
// language and gives the fix.
func TestExportWriteRefusesSomeoneElsesHome(t *testing.T) {
	asRoot(t)
	for _, c := range []struct {
		format, file string
		lang         i18n.Lang
		want         []string
	}{
		{"msmtp", ".msmtprc", i18n.EN, []string{"home folder of nobody", "sudo -H"}},
		{"git", ".gitconfig", i18n.IT, []string{"cartella home di nobody", "sudo -H"}},
		{"netrc", ".netrc", i18n.EN, []string{"home folder of nobody", "sudo -H"}},
	} {
		t.Run(c.format, func(t *testing.T) {
			h, home := exportHarness(t)
			h.env.Cat = i18n.New(c.lang)
			rc := filepath.Join(home, c.file)
			old := "# the person's own file\n"
			os.WriteFile(rc, []byte(old), 0o600)
			giveAway(t, rc)
			giveAway(t, home)
			out := secretOut(h)
			h.expect(h.run(NewExportCmd(h.env), c.format, "--write"), ExitBroken)
			contains(t, "stderr", h.err.String(), append(c.want, home)...)
			if string(fileBytes(t, rc)) != old {
				t.Error("the person's file changed")
			}
			if names := dirEntries(t, home); len(names) != 2 { // the file and bin
				t.Errorf("written in the home folder: %v", names)
			}
			if out.String() != "" {
				t.Errorf("stdout: %q", out)
			}
		})
	}
}

// A link planted in the person's home is not followed by root: the file
// of root's it points to, outside HOME, stays as it was.
func TestExportWriteIgnoresPlantedLink(t *testing.T) {
	asRoot(t)
	h, home := exportHarness(t)
	rootFile := filepath.Join(t.TempDir(), "shadow")
	precious := "root:*:19000:0:99999:7:::\n"
	os.WriteFile(rootFile, []byte(precious), 0o600)
	rc := filepath.Join(home, ".msmtprc")
	if err := os.Symlink(rootFile, rc); err != nil {
		t.Fatal(err)
	}
	giveAway(t, rc)
	giveAway(t, home)
	h.expect(h.run(NewExportCmd(h.env), "msmtp", "--write"), ExitBroken)
	if string(fileBytes(t, rootFile)) != precious {
		t.Fatal("root's file behind the link was replaced")
	}
	if names := dirEntries(t, filepath.Dir(rootFile)); len(names) != 1 {
		t.Errorf("backups beside root's file: %v", names)
	}
	contains(t, "stderr", h.err.String(), "sudo -H")

	// In a home of ours, a link another user planted is not followed
	// either, even to a file of ours.
	h2, home2 := exportHarness(t)
	mine := filepath.Join(home2, "dotfiles-msmtprc")
	os.WriteFile(mine, []byte(precious), 0o600)
	rc2 := filepath.Join(home2, ".msmtprc")
	if err := os.Symlink(mine, rc2); err != nil {
		t.Fatal(err)
	}
	giveAway(t, rc2)
	h2.expect(h2.run(NewExportCmd(h2.env), "msmtp", "--write"), ExitBroken)
	if string(fileBytes(t, mine)) != precious {
		t.Error("the file behind another user's link was written")
	}
	contains(t, "stderr", h2.err.String(), rc2, "not a file of yours")
}

// The --debug file is created new, but not in another user's folder.
func TestDebugFileNotInSomeoneElsesHome(t *testing.T) {
	asRoot(t)
	home := t.TempDir()
	giveAway(t, home)
	t.Setenv("HOME", home)
	path := filepath.Join(home, "debug.txt")
	_, err := CreateDebugLog(i18n.New(i18n.IT), path, "")
	if err == nil || !strings.Contains(err.Error(), "sudo -H") || !strings.Contains(err.Error(), "cartella home di nobody") {
		t.Fatalf("CreateDebugLog in another's home = %v", err)
	}
	if _, err := os.Lstat(path); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the debug file was created: %v", err)
	}
}

// setup as root with the person's HOME refuses at once: before a test
// mail is sent or a password stored, not after.
func TestSetupRefusesSomeoneElsesHomeFirst(t *testing.T) {
	asRoot(t)
	h, home := exportHarness(t)
	h.path = filepath.Join(home, ".config", "gmailsetup", "config.toml")
	giveAway(t, home)
	h.expect(h.runSetup(testSecret+"\n"), ExitBroken)
	contains(t, "stderr", h.err.String(), "home folder of nobody", "sudo -H")
	if n := len(h.fake.Messages()); n != 0 {
		t.Errorf("%d test mails sent before the refusal", n)
	}
	if _, err := os.Lstat(filepath.Join(home, ".config")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("~/.config was made: %v", err)
	}
}

// rotate as root with the person's HOME refuses before the wizard or a
// Google sign-in starts: the new secret could not be saved.
func TestRotateRefusesSomeoneElsesHomeFirst(t *testing.T) {
	asRoot(t)
	h, home := exportHarness(t)
	saved := fileBytes(t, h.path)
	h.path = filepath.Join(home, ".config", "gmailsetup", "config.toml")
	os.MkdirAll(filepath.Dir(h.path), 0o700)
	os.WriteFile(h.path, saved, 0o600)
	giveAway(t, home)
	started := false
	h.expect(h.run(NewRotateCmd(h.env, func(string) error { started = true; return nil })), ExitBroken)
	if started {
		t.Error("the wizard started")
	}
	contains(t, "stderr", h.err.String(), "home folder of nobody", "sudo -H")
}
