package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// gitGet is `git config --file FILE --get KEY` by the real git, "" when
// unset.
func gitGet(t *testing.T, file, key string) string {
	t.Helper()
	out, _ := exec.Command("git", "config", "--file", file, "--get", key).Output()
	return strings.TrimSuffix(string(out), "\n")
}

// A ~/.gitconfig that already sends through another address is not "the
// same account" (issue 10, item 18): ours is added as the identity
// "gmail", theirs stays as it was, and the person is told how to pick ours.
func TestExportGitWriteBesideAnotherAddress(t *testing.T) {
	h, home := exportHarness(t)
	rc := filepath.Join(home, ".gitconfig")
	old := "[user]\n\tname = Mario\n\temail = mario@example.com\n[sendemail]\n\tsmtpServer = smtp.example.com\n\tsmtpUser = me@example.com\n"
	os.WriteFile(rc, []byte(old), 0o644)

	h.expect(h.run(NewExportCmd(h.env), "git", "--write"), ExitOK)
	got := string(fileBytes(t, rc))
	if !strings.HasPrefix(got, old) {
		t.Errorf("the old settings changed:\n%s", got)
	}
	for key, want := range map[string]string{
		"sendemail.smtpserver": "smtp.example.com", "sendemail.smtpuser": "me@example.com",
		"sendemail.gmail.smtpserver": "smtp.gmail.com", "sendemail.gmail.smtpuser": testEmail,
		"sendemail.gmail.smtpserverport": "465", "sendemail.gmail.smtpencryption": "ssl",
	} {
		if v := gitGet(t, rc, key); v != want {
			t.Errorf("git config --get %s = %q, want %q", key, v, want)
		}
	}
	contains(t, "stdout", h.out.String(), "git send-email --identity=gmail", "From: "+testEmail)

	// git send-email itself picks our server with --identity=gmail, and
	// keeps theirs without it.
	if gitHasSendEmail() {
		patch := filepath.Join(home, "0001.patch")
		os.WriteFile(patch, []byte("From: Mario <mario@example.com>\nSubject: [PATCH] x\nDate: Thu, 5 Mar 2026 10:00:00 +0100\n\nbody\n---\n"), 0o644)
		for args, server := range map[string]string{"--identity=gmail": "smtp.gmail.com", "--no-identity": "smtp.example.com"} {
			cmd := exec.Command("git", "send-email", "--dry-run", "--confirm=never", "--to=a@example.com", args, patch)
			cmd.Env = append(os.Environ(), "HOME="+home, "GIT_CONFIG_NOSYSTEM=1", "GIT_CONFIG_GLOBAL="+rc)
			out, err := cmd.CombinedOutput()
			if err != nil || !strings.Contains(string(out), "Server: "+server+"\n") {
				t.Errorf("git send-email --dry-run %s (%v) does not use %s:\n%s", args, err, server, out)
			}
		}
	} else {
		// Checked last: the rest of the test holds without it. A skip
		// fails CI, which installs it.
		defer t.Skip("git send-email is not installed (apt-get install git-email); CI installs it")
	}

	// A second time: ours is found in the identity and not added again.
	h.out.b.Reset()
	h.expect(h.run(NewExportCmd(h.env), "git", "--write"), ExitFailed)
	if string(fileBytes(t, rc)) != got {
		t.Error("the duplicate changed the file")
	}
	contains(t, "stderr", h.err.String(), "already has "+testEmail, "--remove-section sendemail.gmail")
}

// gitHasSendEmail reports whether git knows the send-email command.
func gitHasSendEmail() bool {
	out, err := exec.Command("git", "--exec-path").Output()
	if err != nil {
		return false
	}
	_, err = os.Stat(filepath.Join(strings.TrimSpace(string(out)), "git-send-email"))
	return err == nil
}

// The name "gmail" taken by another address gives "gmail-2".
func TestExportGitIdentityNameTaken(t *testing.T) {
	h, home := exportHarness(t)
	rc := filepath.Join(home, ".gitconfig")
	os.WriteFile(rc, []byte("[sendemail]\n\tsmtpServer = smtp.example.com\n[sendemail \"gmail\"]\n\tsmtpUser = other@gmail.com\n"), 0o644)
	h.expect(h.run(NewExportCmd(h.env), "git", "--write"), ExitOK)
	if v := gitGet(t, rc, "sendemail.gmail-2.smtpuser"); v != testEmail {
		t.Errorf("sendemail.gmail-2.smtpuser = %q\n%s", v, fileBytes(t, rc))
	}
	if v := gitGet(t, rc, "sendemail.gmail.smtpuser"); v != "other@gmail.com" {
		t.Errorf("the other identity changed: %q", v)
	}
	contains(t, "stdout", h.out.String(), "--identity=gmail-2")
}

// A [sendemail] without a server or user (confirm = always, say) is
// completed in place; one already ours, written before the credential
// helper existed, only gets the helper.
func TestExportGitWriteCompletesOwnSection(t *testing.T) {
	h, home := exportHarness(t)
	rc := filepath.Join(home, ".gitconfig")
	os.WriteFile(rc, []byte("[sendemail]\n\tconfirm = always\n"), 0o644)
	h.expect(h.run(NewExportCmd(h.env), "git", "--write"), ExitOK)
	if v := gitGet(t, rc, "sendemail.smtpuser"); v != testEmail {
		t.Errorf("sendemail.smtpuser = %q", v)
	}
	if strings.Contains(h.out.String(), "--identity") {
		t.Errorf("an identity for a section that names no server:\n%s", h.out)
	}

	h2, home2 := exportHarness(t)
	rc2 := filepath.Join(home2, ".gitconfig")
	old := "[sendemail]\n\tsmtpServer = smtp.gmail.com\n\tsmtpUser = Mario.Rossi@gmail.com\n"
	os.WriteFile(rc2, []byte(old), 0o644)
	h2.expect(h2.run(NewExportCmd(h2.env), "git", "--write"), ExitOK)
	got := string(fileBytes(t, rc2))
	if strings.Count(got, "[sendemail") != 1 || !strings.Contains(got, "[credential \"smtp://smtp.gmail.com:465\"]") {
		t.Errorf(".gitconfig:\n%s", got)
	}
	contains(t, "stdout", h2.out.String(), "only the credential helper was added")
	h2.expect(h2.run(NewExportCmd(h2.env), "git", "--write"), ExitFailed)
}

// An included file that already sends ([include] path = ~/.gitconfig.work
// with its own [sendemail]) counts as much as the file itself: a
// top-level [sendemail] added after the include would override it, and
// work patches would go out through Gmail (issue 18, item 5). git's own
// reading (git config --includes) decides: ours becomes the identity
// "gmail", and the work server stays the one git uses by default.
func TestExportGitKeepsIncludedSendemail(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed; CI installs it")
	}
	for name, include := range map[string]string{
		"tilde":    "[include]\n\tpath = ~/.gitconfig.work\n",
		"relative": "[include]\n\tpath = .gitconfig.work\n",
		"gitdir":   "[includeIf \"gitdir:/nowhere/\"]\n\tpath = ~/.gitconfig.other\n[include]\n\tpath = ~/.gitconfig.work\n",
		// Only in the work repositories: there it sends, so it counts too.
		"includeIf": "[includeIf \"gitdir:~/work/\"]\n\tpath = ~/.gitconfig.work\n",
	} {
		t.Run(name, func(t *testing.T) {
			h, home := exportHarness(t)
			rc := filepath.Join(home, ".gitconfig")
			old := "[user]\n\tname = Mario\n" + include
			os.WriteFile(rc, []byte(old), 0o644)
			os.WriteFile(filepath.Join(home, ".gitconfig.work"), []byte("[sendemail]\n\tsmtpServer = mail.work.example\n"), 0o644)

			h.expect(h.run(NewExportCmd(h.env), "git", "--write"), ExitOK)
			got := string(fileBytes(t, rc))
			if !strings.HasPrefix(got, old) {
				t.Errorf("the old settings changed:\n%s", got)
			}
			out, err := exec.Command("git", "config", "--file", rc, "--includes", "--get", "sendemail.smtpServer").Output()
			want := "mail.work.example"
			if name == "includeIf" {
				want = "" // outside ~/work/: no default server, ours only by --identity
				err = nil
			}
			if s := strings.TrimSpace(string(out)); err != nil || s != want {
				t.Errorf("git's sendemail.smtpServer = %q (%v), want the work server kept:\n%s", s, err, got)
			}
			if v := gitGet(t, rc, "sendemail.gmail.smtpuser"); v != testEmail {
				t.Errorf("sendemail.gmail.smtpuser = %q\n%s", v, got)
			}
			contains(t, "stdout", h.out.String(), "--identity=gmail")
		})
	}
}
