package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// gitCredential runs the real `git credential OP` with git's config in
// home only, the request on stdin; it returns stdout and stderr. Prompts
// are off, so a helper that does not answer makes fill fail.
func gitCredential(t *testing.T, home, op, request string) (string, string, error) {
	t.Helper()
	cmd := exec.Command("git", "credential", op)
	cmd.Dir = home
	cmd.Env = []string{"HOME=" + home, "PATH=" + os.Getenv("PATH"), "GIT_CONFIG_NOSYSTEM=1",
		"GIT_CONFIG_GLOBAL=" + filepath.Join(home, ".gitconfig"), "GIT_TERMINAL_PROMPT=0", "GIT_ASKPASS=", "SSH_ASKPASS="}
	cmd.Stdin = strings.NewReader(request)
	var stdout, stderr strings.Builder
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	return stdout.String(), stderr.String(), err
}

// sendEmailRequest is what git send-email asks for (Git::credential with
// protocol smtp, host SERVER:PORT and the smtpUser).
func sendEmailRequest(port, user string) string {
	return "protocol=smtp\nhost=smtp.gmail.com:" + port + "\nusername=" + user + "\n\n"
}

// After `export git --write`, the real `git credential fill` gets the app
// password from gmailsetup for both of Gmail's ports, and nothing of it is
// in git's config (issue 12, item 2). The program and the setup file sit
// in folders with hostile names, which git's config and shell must carry.
func TestGitCredentialFill(t *testing.T) {
	for name, dir := range map[string]string{"plain": "plain", "hostile": hostileDir + "\nline"} {
		t.Run(name, func(t *testing.T) {
			h, home := exportHarness(t)
			h.path = filepath.Join(t.TempDir(), dir, "config.toml")
			h.save(testEmail, testSecret)
			fakeSelf(t, filepath.Join(home, dir, "bin"))
			h.expect(h.run(NewExportCmd(h.env), "git", "--write"), ExitOK)
			if rc := string(fileBytes(t, filepath.Join(home, ".gitconfig"))); strings.Contains(rc, testSecret) {
				t.Fatalf("~/.gitconfig holds the app password:\n%s", rc)
			}
			// One mailbox, however git's smtpUser spells it.
			for port, user := range map[string]string{"465": "Mario.Rossi@gmail.com", "587": "mariorossi@gmail.com"} {
				out, stderr, err := gitCredential(t, home, "fill", sendEmailRequest(port, user))
				if err != nil || !strings.Contains(out, "\npassword="+testSecret+"\n") {
					t.Errorf("git credential fill on %s: %v\nstdout %q\nstderr %s", port, err, out, stderr)
				}
			}
		})
	}
}

// The helper answers only for smtp.gmail.com on 465 and 587, and only for
// a saved user: another host, port, protocol or user gets nothing from it.
func TestGitCredentialRefusesOtherRequests(t *testing.T) {
	h, home := exportHarness(t)
	h.expect(h.run(NewExportCmd(h.env), "git", "--write"), ExitOK)
	out, stderr, err := gitCredential(t, home, "fill", sendEmailRequest("465", "someone.else@gmail.com"))
	if err == nil || strings.Contains(out, "password=") {
		t.Errorf("fill for another user: %v %q", err, out)
	}
	contains(t, "git's stderr", stderr, `"someone.else@gmail.com"`, "is not saved")

	for _, req := range []string{
		"protocol=smtp\nhost=smtp.gmail.com:25\nusername=" + testEmail + "\n",
		"protocol=smtp\nhost=smtp.example.com:465\nusername=" + testEmail + "\n",
		"protocol=https\nhost=smtp.gmail.com:465\nusername=" + testEmail + "\n",
		"protocol=smtp\nhost=smtp.gmail.com:465\nusername=" + testEmail + "\npath=x\n",
		"protocol=smtp\nhost=smtp.gmail.com\nusername=" + testEmail + "\n",
		"protocol=smtp\nhost=smtp.gmail.com:465\n",
	} {
		// Straight to the helper, as git would call it if told to for any URL.
		out := secretOut(h)
		h.env.Stdin = strings.NewReader(req)
		code := h.run(NewCredentialCmd(h.env), "get")
		if code != ExitOK || out.String() != "" {
			t.Errorf("get %q: exit %d, stdout %q", req, code, out)
		}
	}
}

// git tells helpers "store" after a send worked and "erase" after a
// refusal. The saved password stays as it was; and helpers set for every
// URL, such as "store", are dropped for smtp.gmail.com, so the app
// password does not land in ~/.git-credentials.
func TestGitCredentialStoreAndEraseKeepTheSetup(t *testing.T) {
	h, home := exportHarness(t)
	rc := filepath.Join(home, ".gitconfig")
	os.WriteFile(rc, []byte("[credential]\n\thelper = store\n"), 0o644)
	h.expect(h.run(NewExportCmd(h.env), "git", "--write"), ExitOK)
	full := "protocol=smtp\nhost=smtp.gmail.com:465\nusername=" + testEmail + "\npassword=typedwrongpasswd\n\n"
	for _, op := range []string{"approve", "reject"} {
		if _, stderr, err := gitCredential(t, home, op, full); err != nil {
			t.Fatalf("git credential %s: %v\n%s", op, err, stderr)
		}
	}
	if secret, err := h.store().Secret(testEmail); err != nil || secret != testSecret {
		t.Errorf("after approve and reject the saved secret is %q (%v)", secret, err)
	}
	if _, err := os.Stat(filepath.Join(home, ".git-credentials")); err == nil {
		t.Errorf("git's store helper wrote ~/.git-credentials:\n%s", fileBytes(t, filepath.Join(home, ".git-credentials")))
	}
	// The person's store helper still works for everything else.
	other := "protocol=https\nhost=example.com\nusername=u\npassword=p\n\n"
	if _, stderr, err := gitCredential(t, home, "approve", other); err != nil {
		t.Fatalf("approve for example.com: %v\n%s", err, stderr)
	}
	if b := fileBytes(t, filepath.Join(home, ".git-credentials")); !strings.Contains(string(b), "example.com") {
		t.Errorf("~/.git-credentials = %q", b)
	}
}

// The helper's own protocol: only "password=" on stdout, nothing for a
// request that is not git's, nothing at a terminal.
func TestCredentialProtocol(t *testing.T) {
	h, _ := exportHarness(t)
	run := func(op, stdin string) (int, string) {
		out := secretOut(h)
		h.env.Stdin = strings.NewReader(stdin)
		return h.run(NewCredentialCmd(h.env), op), out.String()
	}
	// git may send more keys than these, and may end without a blank line.
	req := "capability[]=authtype\nprotocol=smtp\nhost=SMTP.Gmail.com:587\nusername=" + testEmail + "\nwwwauth[]=x"
	if code, out := run("get", req); code != ExitOK || out != "password="+testSecret+"\n" {
		t.Errorf("get: exit %d, stdout %q", code, out)
	}
	for _, op := range []string{"store", "erase", "frobnicate"} {
		if code, out := run(op, sendEmailRequest("465", testEmail)+"password=x\n"); code != ExitOK || out != "" {
			t.Errorf("%s: exit %d, stdout %q", op, code, out)
		}
	}
	for _, bad := range []string{"no equals sign\n", "protocol=smtp\x00\n", strings.Repeat("a=b\n", 20000)} {
		if code, out := run("get", bad); code != ExitBroken || out != "" {
			t.Errorf("get %.20q: exit %d, stdout %q", bad, code, out)
		}
	}
	contains(t, "stderr", h.err.String(), "not git's key=value lines")

	h.env.StdoutTTY = true
	if code, out := run("get", sendEmailRequest("465", testEmail)); code != ExitBroken || out != "" {
		t.Errorf("at a terminal: exit %d, stdout %q", code, out)
	}
	contains(t, "stderr", h.err.String(), "gmailsetup password --force")
	if code := h.run(NewCredentialCmd(h.env)); code == ExitOK {
		t.Error("credential without an operation was accepted")
	}
}
